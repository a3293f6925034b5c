/**
 * PolNeAR loader (brat standoff, ../shared/data/polnear): one annotator's attributions per article.
 * Offsets in the `.ann` files are code-point offsets; this loader converts them to UTF-16 indices.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

/** A half-open UTF-16 span into the article text. */
export interface PolnearSpan {
  start: number;
  end: number;
}

/** One attribution: Source (speaker), Cue and Content, each possibly discontiguous. */
export interface PolnearAttribution {
  source: PolnearSpan[] | null;
  cue: PolnearSpan[] | null;
  content: PolnearSpan[];
  sourceText: string;
  cueText: string;
  contentText: string;
}

/** One article with the attributions of the annotator file that was used. */
export interface PolnearDoc {
  id: string;
  text: string;
  /** The annotator id of the `.ann` file used (the lowest one when several exist). */
  annotator: string;
  attributions: PolnearAttribution[];
}

/** The repository root (the folder holding package.json), found from this file or the bundle. */
export function repoRoot(): string {
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    dir = path.dirname(dir);
  }
  return process.cwd();
}

/** ../shared beside the repository root. */
export function sharedRoot(): string {
  return path.resolve(repoRoot(), '../shared');
}

/** Maps code-point offsets to UTF-16 indices for one text. */
export function codePointMapper(text: string): (cp: number) => number {
  const map: number[] = [];
  for (let i = 0; i < text.length; i++) {
    map.push(i);
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
  }
  map.push(text.length);
  return (cp) => (cp <= 0 ? 0 : cp >= map.length ? text.length : map[cp]);
}

interface TextBound {
  label: string;
  spans: PolnearSpan[];
}

function parseSpans(field: string, toU16: (cp: number) => number): PolnearSpan[] | null {
  const spans: PolnearSpan[] = [];
  for (const part of field.split(';')) {
    const [a, b] = part.trim().split(/\s+/).map(Number);
    if (!Number.isInteger(a) || !Number.isInteger(b)) return null;
    spans.push({ start: toU16(a), end: toU16(b) });
  }
  return spans;
}

const joinText = (text: string, spans: PolnearSpan[] | null) => (spans ?? []).map((s) => text.slice(s.start, s.end)).join(' … ');

/** Parses one `.ann` file against its text. Lines starting with neither T nor E are skipped. */
export function parseAnn(ann: string, text: string): PolnearAttribution[] {
  const toU16 = codePointMapper(text);
  const bounds = new Map<string, TextBound>();
  const events: string[] = [];
  for (const line of ann.split(/\r?\n/)) {
    if (line.startsWith('T')) {
      const [id, spec] = line.split('\t');
      if (!spec) continue;
      const sp = spec.indexOf(' ');
      const spans = sp > 0 ? parseSpans(spec.slice(sp + 1), toU16) : null;
      if (spans) bounds.set(id, { label: spec.slice(0, sp), spans });
    } else if (line.startsWith('E')) {
      events.push(line.split('\t')[1] ?? '');
    }
  }
  const out: PolnearAttribution[] = [];
  for (const ev of events) {
    const roles: Record<string, PolnearSpan[] | null> = { Source: null, Cue: null, Content: null };
    for (const arg of ev.split(/\s+/)) {
      const [role, ref] = arg.split(':');
      const role0 = role.replace(/\d+$/, '');
      if (role0 in roles && bounds.has(ref)) roles[role0] = [...(roles[role0] ?? []), ...bounds.get(ref)!.spans];
    }
    if (!roles.Content) continue;
    const content = [...roles.Content].sort((a, b) => a.start - b.start);
    out.push({
      source: roles.Source,
      cue: roles.Cue,
      content,
      sourceText: joinText(text, roles.Source),
      cueText: joinText(text, roles.Cue),
      contentText: joinText(text, content),
    });
  }
  return out;
}

/**
 * Loads a PolNeAR split. For articles with several annotator files (`<name>_<annotator>.ann`) only
 * the lowest annotator id is used, as ../shared/data/README.md prescribes.
 */
export function loadPolnear(split: 'dev' | 'train', root: string = path.join(sharedRoot(), 'data/polnear')): PolnearDoc[] {
  const annDir = path.join(root, split, 'attributions');
  const txtDir = path.join(root, split, 'text');
  const chosen = new Map<string, string>();
  for (const f of fs.readdirSync(annDir).sort()) {
    const m = /^(.*)_([^_]+)\.ann$/.exec(f);
    if (!m) continue;
    const [, name, annotator] = m;
    const prev = chosen.get(name);
    if (prev === undefined || annotator < prev) chosen.set(name, annotator);
  }
  const docs: PolnearDoc[] = [];
  for (const [name, annotator] of [...chosen].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const txtPath = path.join(txtDir, `${name}.txt`);
    if (!fs.existsSync(txtPath)) continue;
    const text = fs.readFileSync(txtPath, 'utf8').replace(/^\uFEFF/, '');
    const ann = fs.readFileSync(path.join(annDir, `${name}_${annotator}.ann`), 'utf8');
    docs.push({ id: name, text, annotator, attributions: parseAnn(ann, text) });
  }
  return docs;
}
