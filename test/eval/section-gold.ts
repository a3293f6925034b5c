/**
 * The "gold" section of `npm run eval`: every layer on the hand-made TASS gold files and on the seed,
 * for Article Lens (`analyze(text)`, the reference time from the article header) and for the peers
 * where they apply (given the gold file's `published` as their reference time).
 */
import { analyze } from '../../src/core';
import type { Analysis } from '../../src/core';
import { compromisePeople, compromiseQuotes, DATE_PEERS } from './baselines';
import { loadGold, type GoldDoc } from './gold';
import { exactness, ratio, scoreClaims, scoreDates, scoreOfficials, scoreQuotes, type Predicted, type Ratio, type Scored } from './section-gold-score';
import { fmt, table } from './table';

const LAYERS = ['quotes', 'dates', 'officials', 'claims'] as const;
type Layer = (typeof LAYERS)[number];

/**
 * The dates the gold annotates: DATE and TIME only, and not the vague ones a system itself values as
 * PRESENT_REF / PAST_REF / FUTURE_REF ("now", "recently": TimeML annotates them, the gold guide excludes them).
 */
export function dateOnly(ds: Array<{ start: number; end: number; value: string | null; type: string }>) {
  return ds
    .filter((d) => (d.type === 'DATE' || d.type === 'TIME') && !(d.value ?? '').endsWith('_REF'))
    .map((d) => ({ start: d.start, end: d.end, value: d.value }));
}

/** Article Lens's analysis in the shapes scored; an exception counts as no prediction and is reported. */
function articleLens(doc: GoldDoc, errors: string[]): { pred: Predicted; analysis: Analysis | null } {
  let a: Analysis;
  try {
    a = analyze(doc.text);
  } catch (err) {
    errors.push(`${doc.file}: analyze threw ${err instanceof Error ? err.message : String(err)}`);
    return { pred: { quotes: [], dates: [], officials: [], claims: [] }, analysis: null };
  }
  return {
    analysis: a,
    pred: {
      // Scare quotes the system marks as terms are not counted either way (README, PolNeAR rule).
      quotes: a.quotes.filter((q) => q.kind !== 'term').map((q) => ({ start: q.start, end: q.end, speaker: q.speaker })),
      dates: dateOnly(a.dates),
      // Officials are the people the system gives a title; mentions are the name mentions.
      officials: a.officials
        .filter((o) => o.title !== null)
        .map((o) => ({ name: o.name, title: o.title, mentions: o.mentions.filter((m) => m.kind === 'name').map((m) => ({ start: m.start, end: m.end })) })),
      claims: a.claims.map((c) => ({ start: c.start, end: c.end, cue: c.cue?.text ?? null, speaker: c.speaker })),
    },
  };
}

interface System {
  name: string;
  layers: Layer[];
  predict: (doc: GoldDoc) => Predicted;
}


const PEERS: System[] = [
  ...DATE_PEERS.map((p): System => ({
    name: p.name,
    layers: ['dates'],
    predict: (doc) => ({ dates: dateOnly(p.run(doc.text, doc.published)) }),
  })),
  { name: 'compromise', layers: ['quotes'], predict: (doc) => ({ quotes: compromiseQuotes(doc.text) }) },
  { name: 'compromise people()', layers: ['officials'], predict: (doc) => ({ people: compromisePeople(doc.text) }) },
];

const acc = (r: Ratio) => (r.n ? `${fmt(ratio(r))} (${r.ok}/${r.n})` : '—');
const trio = (x: { p: number; r: number; f1: number }) => [x.p, x.r, x.f1];

interface Run {
  set: string;
  system: string;
  layers: Layer[];
  items: Scored[];
}

function tables(runs: Run[]): string[] {
  const rows = (layer: Layer, f: (items: Scored[]) => Array<string | number>) =>
    runs.filter((r) => r.layers.includes(layer)).map((r) => [r.set, r.system, ...f(r.items)]);
  return [
    table('Gold files — direct quotes', ['data', 'system', 'exact P', 'exact R', 'exact F1', 'overlap P', 'overlap R', 'overlap F1', 'speaker acc'],
      rows('quotes', (items) => {
        const s = scoreQuotes(items);
        return [...trio(s.exact), ...trio(s.overlap), acc(s.speaker)];
      })),
    table('Gold files — dates (DATE/TIME)', ['data', 'system', 'strict P', 'strict R', 'strict F1', 'relaxed P', 'relaxed R', 'relaxed F1', 'value P', 'value R', 'value F1'],
      rows('dates', (items) => {
        const s = scoreDates(items);
        return [...trio(s.strict), ...trio(s.relaxed), ...trio(s.value)];
      })),
    table('Gold files — officials', ['data', 'system', 'mention P', 'mention R', 'mention F1', 'officials P', 'officials R', 'officials F1', 'title acc'],
      rows('officials', (items) => {
        const s = scoreOfficials(items);
        return [...trio(s.mentions), ...(s.hasOfficials ? [...trio(s.distinct), acc(s.title)] : ['—', '—', '—', '—'])];
      })),
    table('Gold files — claims', ['data', 'system', 'overlap P', 'overlap R', 'overlap F1', 'exact P', 'exact R', 'exact F1', 'cue', 'speaker'],
      rows('claims', (items) => {
        const s = scoreClaims(items);
        return [...trio(s.overlap), ...trio(s.exact), acc(s.cue), acc(s.speaker)];
      })),
  ];
}

/** Exact reproduction per layer, and a short list of what differs per file. */
function reproduction(label: string, items: Scored[], verbose: boolean): string[] {
  const diffs = items.map(({ doc, pred }) => ({ file: doc.file.replace(/\.(article|txt)$/, ''), d: exactness(doc, pred) }));
  const exact = (l: Layer) => diffs.filter((x) => x.d[l].length === 0).length;
  const out =
    items.length === 1
      ? [`${label} reproduced exactly: ${LAYERS.map((l) => `${l} ${exact(l) ? 'yes' : 'no'}`).join(', ')}`]
      : [`${label} files reproduced exactly: ${LAYERS.map((l) => `${l} ${exact(l)}/${items.length}`).join(', ')}`];
  if (!verbose) return out;
  // Until quotes get speakers, one line says so instead of a speaker difference per quote.
  const speakers = items.some((i) => i.pred.quotes?.some((q) => q.speaker));
  if (!speakers && items.some((i) => i.doc.quotes.length)) out.push('- quotes: no speakers yet');
  for (const l of LAYERS) {
    if (!items.some((i) => (i.pred[l]?.length ?? 0) > 0)) {
      out.push(`- ${l}: no predictions yet`);
      continue;
    }
    for (const { file, d } of diffs) {
      const list = l === 'quotes' && !speakers ? d[l].filter((x) => !x.startsWith('speaker of')) : d[l];
      if (!list.length) continue;
      const more = list.length > 3 ? `; (+${list.length - 3} more)` : '';
      out.push(`- ${file} ${l}: ${list.slice(0, 3).join('; ')}${more}`);
    }
  }
  return out;
}

/** Runs the section; returns Markdown. */
export async function run(): Promise<string> {
  const docs = loadGold();
  const errors: string[] = [];
  const sets = [
    { key: 'tass' as const, label: 'TASS' },
    { key: 'seed' as const, label: 'seed' },
  ]
    .map((s) => ({ ...s, docs: docs.filter((d) => d.set === s.key) }))
    .filter((s) => s.docs.length > 0);
  const runs: Run[] = [];
  const notes: string[] = [];
  const details: string[] = [];
  for (const s of sets) {
    const data = `${s.label} (${s.docs.length})`;
    const lens = s.docs.map((doc) => ({ doc, ...articleLens(doc, errors) }));
    runs.push({ set: data, system: 'Article Lens', layers: [...LAYERS], items: lens.map(({ doc, pred }) => ({ doc, pred })) });
    for (const p of PEERS) runs.push({ set: data, system: p.name, layers: p.layers, items: s.docs.map((doc) => ({ doc, pred: p.predict(doc) })) });
    const header = lens.filter((x) => x.analysis?.publishedSource === 'header');
    const agree = header.filter((x) => x.analysis?.published === x.doc.published);
    notes.push(`${s.label}: header timestamp found in ${header.length}/${s.docs.length}, equal to the gold's published in ${agree.length}/${s.docs.length}.`);
    details.push(...reproduction(s.label, lens, true), '');
  }
  const problems = docs.flatMap((d) => d.problems.map((p) => `${d.file}: ${p}`));
  const sizes = sets.map((s) => `${s.label} ${s.docs.length} files, ${s.docs.reduce((n, d) => n + d.quotes.length, 0)} quotes, ` +
    `${s.docs.reduce((n, d) => n + d.dates.length, 0)} dates, ${s.docs.reduce((n, d) => n + d.officials.length, 0)} officials ` +
    `(${s.docs.reduce((n, d) => n + d.officials.reduce((k, o) => k + o.mentions.length, 0), 0)} mentions), ${s.docs.reduce((n, d) => n + d.claims.length, 0)} claims`);
  return [
    '## All layers on the gold files',
    '',
    `Gold: ${sizes.join('; ')}. Article Lens reads the reference time from the header; the peers get the gold's \`published\`. ` +
      'Quotes Article Lens marks as terms are not scored, nor dates it values as vague (*_REF: "now", "recently"; the guide excludes them); officials are the people it gives a title, mentions their name mentions; ' +
      'speakers agree when equal or one name ends the other ("Putin" / "Vladimir Putin").',
    '',
    ...tables(runs),
    ...notes,
    '',
    ...details,
    ...(problems.length ? ['Gold spans not found:', ...problems.map((p) => `- ${p}`), ''] : []),
    ...(errors.length ? ['Errors:', ...errors.map((e) => `- ${e}`), ''] : []),
  ].join('\n');
}
