/**
 * Article text is untrusted: Markdown links, `command:` URIs, HTML, `$(icon)` syntax and leading
 * `=`, `+`, `-`, `@` must reach every surface inert — hovers (Markdown rendered as VS Code would,
 * with markdown-it standing in for its renderer), tree labels and tooltips, outline, diagnostics,
 * and every export format.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import type { Analysis, Claim, DateMention, Official, Quote, TextSpan } from '../../src/core/types';
import { buildClaimsTree } from '../../src/vscode/model/claimsTree';
import { citation, csvCell, renderExport, toBrat, toCSV, toJSON, toMarkdown, toWebAnnotation, type ExportSource } from '../../src/vscode/model/exportFormats';
import { hoverAt } from '../../src/vscode/model/hover';
import { LineIndex } from '../../src/vscode/model/lineIndex';
import { buildOfficials, describeTimelineNode } from '../../src/vscode/model/otherTrees';
import { buildOutline } from '../../src/vscode/model/outline';
import { collectProblems } from '../../src/vscode/model/problems';
import { readSettings } from '../../src/vscode/model/settings';
import { csvRecords } from '../support/csv';

interface Md { render(src: string): string }
const MarkdownIt = createRequire(__filename)('markdown-it') as new (o: object) => Md;
/** The most permissive renderer: raw HTML on, bare links turned into links. */
const md = new MarkdownIt({ html: true, linkify: true });

/** Hostile strings an article may contain (no line breaks: surfaces flatten those). */
const PAYLOADS = [
  '[click](command:workbench.action.terminal.new)',
  '<command:extension.run?%5B%22rm%22%5D>',
  'command:workbench.action.openSettings',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '![pixel](https://evil.example/p.png)',
  '$(zap) $(loading~spin)',
  '**bold** _em_ `code` ~~gone~~',
  '[ref]: command:foo',
  '=HYPERLINK("http://evil.example","x")',
  '+cmd|" /C calc"!A0',
  '-2+3',
  '@SUM(A1:A9)',
  '&lt;b&gt; &#x3C;i&#x3E;',
];

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', '#39': "'" };
/** The text a reader sees in rendered HTML. */
const visibleText = (html: string) => html.replace(/<\/?a\b[^>]*>/g, '').replace(/<[^>]*>/g, ' ').replace(/&(lt|gt|amp|quot|#39);/g, (_m, e: string) => ENTITIES[e]).replace(/\s+/g, ' ');
/** Tags the renderer produced. */
const tags = (html: string) => new Set([...html.matchAll(/<\/?([a-zA-Z][\w-]*)/g)].map((m) => m[1].toLowerCase()));
const SAFE_TAGS = new Set(['p', 'strong', 'em', 'hr', 'ul', 'li', 'blockquote', 'h1', 'br']);

/**
 * Links a renderer makes of a web address written out in the text (linkify) are what the reader
 * sees; any other link (a label hiding its target, a `command:` URI) is not.
 */
function disguisedLinks(html: string): string[] {
  const bare = (s: string) => s.replace(/^(https?:\/\/|mailto:)/, '');
  return [...html.matchAll(/<a href="([^"]*)">([^<]*)<\/a>/g)]
    .filter(([, href, label]) => !/^(https?:|mailto:)/.test(href) || bare(href) !== bare(visibleText(label).trim()))
    .map((m) => m[0]);
}

function expectInertMarkdown(markdown: string, mustShow: string[]): void {
  const html = md.render(markdown);
  for (const t of tags(html)) expect(SAFE_TAGS.has(t) || t === 'a', `tag <${t}> in ${html}`).toBe(true);
  expect(disguisedLinks(html), html).toEqual([]);
  // attributes only on autolinks: no src, no event handlers, no javascript/command targets
  for (const [tag] of html.matchAll(/<[a-z][^>]*>/gi)) expect(tag, html).toMatch(/^<([a-z0-9]+|a href="(https?:|mailto:)[^"]*")>$/i);
  const seen = visibleText(html);
  for (const p of mustShow) expect(seen, `rendered text should show ${p} literally`).toContain(p.replace(/\s+/g, ' '));
}

/** A synthetic article: one line per payload; every string field of the analysis is hostile. */
function hostile(): { text: string; analysis: Analysis } {
  const lines = PAYLOADS.map((p, i) => `${p} said ${i} ${p}`);
  const text = lines.join('\n');
  const spans: TextSpan[] = [];
  let off = 0;
  for (const l of lines) {
    spans.push({ start: off, end: off + l.length, text: l });
    off += l.length + 1;
  }
  const head = (i: number): TextSpan => ({ start: spans[i].start, end: spans[i].start + PAYLOADS[i].length, text: PAYLOADS[i] });
  const cueOf = (i: number): TextSpan => {
    const s = spans[i].start + PAYLOADS[i].length + 1;
    return { start: s, end: s + 4, text: 'said' };
  };
  const tail = (i: number): TextSpan => ({ start: spans[i].end - PAYLOADS[i].length, end: spans[i].end, text: PAYLOADS[i] });
  const officials: Official[] = PAYLOADS.map((p, i) => ({ id: `o${i}`, name: p, title: p, org: `${p} org`, mentions: [{ ...head(i), kind: 'name' }] }));
  const quotes: Quote[] = PAYLOADS.map((p, i) => ({ ...tail(i), kind: 'speech', speaker: p, open: p[0], close: null, unbalanced: true, multiParagraph: false, nested: [] }));
  const dates: DateMention[] = PAYLOADS.map((_, i) => ({ ...cueOf(i), type: 'DATE', value: i % 2 ? null : 'not-a-value', relative: false, resolution: 'none' }));
  const claims: Claim[] = PAYLOADS.map((p, i) => ({
    id: `c${i}`, ...tail(i), cue: cueOf(i), speaker: p, speakerId: i % 2 ? `o${i}` : null, source: head(i), anonymous: i % 3 === 0, stance: 'neutral', quotes: [i], date: i,
  }));
  const analysis: Analysis = {
    length: text.length, published: '2022-02-07', publishedSource: 'option',
    structure: { headline: head(0), header: null, section: null, timestamp: null, lead: null, dateline: null, boilerplate: [], paragraphs: [] },
    quotes, dates, officials, claims, notices: [],
  };
  return { text, analysis };
}

const H = hostile();
const src = (text: string, analysis: Analysis): ExportSource => ({ uri: 'file:///tmp/%5Bx%5D(command:foo).article', fileName: '[x](command:foo).article', text, lines: new LineIndex(text), analysis });

/** A real article full of hostile text, analysed by the core. */
const REAL = [
  'Kremlin rejects [claims](command:workbench.action.terminal.new) — Peskov',
  '',
  'World February 07, 2022, 21:37',
  '',
  'MOSCOW, February 7. /TASS/. Kremlin spokesman Dmitry Peskov said on Monday that "<img src=x onerror=alert(1)> is $(zap) nonsense."',
  '',
  '"=HYPERLINK(""http://evil.example"") and [more](command:foo)," Peskov told reporters.',
  '',
  'Foreign Minister Sergey Lavrov said that +cmd and @SUM(A1) were -2 "**bold** <script>x</script>".',
].join('\n');

describe('hovers: article text is inert Markdown', () => {
  it('every hover over the hostile analysis renders the payloads literally, without links, images or HTML', () => {
    const lines = new LineIndex(H.text);
    let hovers = 0;
    for (let i = 0; i < PAYLOADS.length; i++) {
      for (const offset of [H.analysis.officials[i].mentions[0].start, H.analysis.dates[i].start, H.analysis.quotes[i].start]) {
        const h = hoverAt(H.analysis, offset, lines);
        expect(h).not.toBeNull();
        expectInertMarkdown(h!.markdown, [PAYLOADS[i]]);
        hovers++;
      }
    }
    expect(hovers).toBe(PAYLOADS.length * 3);
  });

  it('hovers over a real analysed article stay inert at every offset', () => {
    const a = analyze(REAL);
    expect(a.claims.length).toBeGreaterThan(0);
    const lines = new LineIndex(REAL);
    let shown = 0;
    for (let o = 0; o < REAL.length; o++) {
      const h = hoverAt(a, o, lines);
      if (!h) continue;
      shown++;
      expectInertMarkdown(h.markdown, []);
    }
    expect(shown).toBeGreaterThan(50);
  });

  it('the adapter never trusts hover Markdown, enables HTML or theme icons, or renders icons in tree labels', () => {
    const dir = resolve(__dirname, '../../src/vscode');
    const files = readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.ts'));
    const all = files.map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
    expect(all).not.toMatch(/isTrusted\s*=\s*(true|\{)|supportHtml\s*=\s*true|supportThemeIcons\s*=\s*true|new\s+vscode\.MarkdownString\([^)]*,\s*true\)|renderLabelIcons/);
    const hover = readFileSync(join(dir, 'languageFeatures.ts'), 'utf8');
    expect(hover).toMatch(/isTrusted = false/);
    expect(hover).toMatch(/supportHtml = false/);
  });
});

describe('tree labels, tooltips, outline and diagnostics: plain text, shown as written', () => {
  // VS Code renders TreeItem labels, descriptions and string tooltips as plain text (codicons in
  // labels only with the opt-in `renderLabelIcons`), so the payload must arrive unchanged, not escaped.
  it('Claims panel', () => {
    for (const groupBy of ['speaker', 'position', 'stance'] as const) {
      const tree = buildClaimsTree(H.analysis, new LineIndex(H.text), { groupBy, sortBy: 'position', filter: '' });
      const nodes = tree.roots.flatMap((r) => (r.kind === 'group' ? [r, ...r.children] : [r]));
      for (const n of nodes) for (const s of [n.label, n.description, n.tooltip]) expect(typeof s).toBe('string');
      for (const [i, p] of PAYLOADS.entries()) {
        const node = tree.byIndex.get(i)!;
        expect(node.label).toContain(p);
        expect(node.tooltip).toContain(p);
      }
    }
  });

  it('Officials and Timeline panels', () => {
    const officials = buildOfficials(H.analysis, new LineIndex(H.text));
    PAYLOADS.forEach((p, i) => {
      const node = officials.find((o) => o.official.id === `o${i}`)!;
      expect(node.label).toBe(p);
      expect(node.tooltip).toContain(p);
      expect(node.mentions[0].label).toBe(p);
    });
    const row = describeTimelineNode({ kind: 'date', id: 'd', date: { ...H.analysis.dates[1], text: PAYLOADS[0] } }, H.text, new LineIndex(H.text));
    expect(row.tooltip).toContain(PAYLOADS[0]);
  });

  it('outline symbols and problems', () => {
    const outline = buildOutline(H.analysis);
    PAYLOADS.forEach((p) => expect(outline.some((o) => o.name.includes(p))).toBe(true));
    const problems = collectProblems(H.analysis, readSettings(() => undefined).diagnostics);
    expect(problems.some((p) => p.message.includes(PAYLOADS[0]))).toBe(true);
  });
});

describe('exports: escaped, formula-safe, structurally intact', () => {
  const exports = [src(H.text, H.analysis), src(REAL, analyze(REAL))];

  it('CSV: no cell starts a formula; the content survives behind the guard', () => {
    for (const s of exports) {
      const rows = csvRecords(toCSV(s));
      expect(rows.length).toBe(s.analysis.claims.length + 1);
      for (const row of rows) {
        expect(row.length).toBe(rows[0].length);
        for (const cell of row) expect(cell, `cell ${JSON.stringify(cell)}`).not.toMatch(/^[=+\-@\t\r]/);
      }
    }
    const rows = csvRecords(toCSV(exports[0]));
    const content = rows[0].indexOf('content');
    PAYLOADS.forEach((p, i) => expect(rows[i + 1][content]).toBe(/^[=+\-@]/.test(p) ? `'${p}` : p));
    for (const v of ['=1+1', '+1', '-1', '@a', '\t=1', '\r=1', '=a,"b"\n']) expect(csvCell(v).replace(/^"|"$/g, '').replace(/""/g, '"').startsWith("'")).toBe(true);
  });

  it('JSON and JSON-LD: parse back to the exact text', () => {
    for (const s of exports) {
      const json = JSON.parse(toJSON(s));
      expect(json.claims.map((c: { content: string }) => c.content)).toEqual(s.analysis.claims.map((c) => c.text));
      const ld = JSON.parse(toWebAnnotation(s));
      expect(ld.first.items).toHaveLength(s.analysis.claims.length);
      ld.first.items.forEach((item: { target: { selector: { exact?: string }[] } }, i: number) => expect(item.target.selector[0].exact).toBe(s.analysis.claims[i].text));
    }
  });

  it('Markdown: renders the payloads literally, without links, images or HTML', () => {
    expectInertMarkdown(toMarkdown(exports[0]), PAYLOADS);
    expectInertMarkdown(toMarkdown(exports[1]), []);
    expect(citation(exports[0], 0)).toContain(PAYLOADS[0]);
  });

  it('brat: one annotation per line, no line injected by the text or the speaker', () => {
    const nasty = hostile();
    nasty.analysis.officials[1].name = 'Evil\nT99\tClaim 0 1\tx';
    nasty.analysis.claims[2].speaker = 'Evil\rA99\tStance T1 negative';
    for (const s of [...exports, src(nasty.text, nasty.analysis)]) {
      for (const line of toBrat(s).trimEnd().split('\n')) {
        expect(line).toMatch(/^(T\d+\t(Claim|Cue|Source) \d+ \d+(;\d+ \d+)*\t[^\t\r\n]*|A\d+\t(Stance|Anonymous) T\d+( \w+)?|R\d+\t(Cue|Source) Arg1:T\d+ Arg2:T\d+|#\d+\tAnnotatorNotes T\d+\t[^\r\n]*)$/);
      }
    }
  });

  it('every format renders the hostile analysis without throwing', () => {
    for (const f of ['json', 'csv', 'markdown', 'webannotation', 'brat'] as const) expect(renderExport(f, exports[0]).length).toBeGreaterThan(0);
  });
});
