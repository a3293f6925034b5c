/**
 * TempEval-3 (TimeBank + AQUAINT) loading and date scoring, exactly as ../shared/data/README.md says:
 * strict and relaxed span P/R/F1 (greedy one-to-one matching), value accuracy and value F1, recall per type.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { matchSpans, microPRF, type MatchResult, type PRF } from './match';

/** A gold TIMEX3 inside `<TEXT>`. */
export interface GoldTimex {
  start: number;
  end: number;
  type: string;
  value: string;
  text: string;
}

/** One TimeML document: plain text, its creation time and its gold TIMEX3s. */
export interface TimeDoc {
  id: string;
  text: string;
  /** ISO date (or date-time) of the `<DCT>` TIMEX3. */
  dct: string;
  gold: GoldTimex[];
}

/** What a dates system returns for one text. */
export interface SystemDate {
  start: number;
  end: number;
  value: string | null;
  type: string;
}

export type DateSystem = (text: string, dct: string) => SystemDate[];

/** The figures of the dates table. */
export interface DateScores {
  strict: PRF;
  relaxed: PRF;
  /** Correct values / relaxed matches. */
  valueAccuracy: number;
  /** A relaxed match with an identical value string is a true positive. */
  value: PRF;
  /** Recall (relaxed) per gold TIMEX3 type. */
  recallByType: Record<string, { r: number; tp: number; gold: number }>;
}

/** The repository root's sibling `shared` folder. */
export function sharedRoot(): string {
  const candidates = [path.resolve(__dirname, '../../../shared'), path.resolve(__dirname, '../../shared'), path.resolve(process.cwd(), '../shared')];
  return candidates.find((c) => fs.existsSync(path.join(c, 'data'))) ?? candidates[candidates.length - 1];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntity(name: string): string | null {
  if (name in ENTITIES) return ENTITIES[name];
  const m = /^#(x[0-9a-f]+|\d+)$/i.exec(name);
  if (!m) return null;
  const code = m[1][0] === 'x' || m[1][0] === 'X' ? parseInt(m[1].slice(1), 16) : parseInt(m[1], 10);
  return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : null;
}

function attr(tag: string, name: string): string {
  const m = new RegExp(`\\b${name}="([^"]*)"`).exec(tag);
  return m ? m[1] : '';
}

/** Parses one TimeML file. */
export function parseTimeML(xml: string, id = ''): TimeDoc {
  const dctTag = /<DCT>\s*<TIMEX3([^>]*)>/.exec(xml);
  const dctValue = dctTag ? attr(dctTag[1], 'value') : '';
  const open = xml.indexOf('<TEXT>');
  const close = xml.indexOf('</TEXT>');
  const body = open >= 0 && close > open ? xml.slice(open + 6, close) : '';
  let text = '';
  const gold: GoldTimex[] = [];
  const stack: Array<{ start: number; type: string; value: string } | null> = [];
  for (let i = 0; i < body.length; ) {
    const ch = body[i];
    if (ch === '<') {
      const end = body.indexOf('>', i);
      if (end < 0) break;
      const tag = body.slice(i, end + 1);
      if (/^<TIMEX3\b/.test(tag)) stack.push({ start: text.length, type: attr(tag, 'type'), value: attr(tag, 'value') });
      else if (tag === '</TIMEX3>') {
        const t = stack.pop();
        if (t) gold.push({ start: t.start, end: text.length, type: t.type, value: t.value, text: text.slice(t.start, text.length) });
      }
      i = end + 1;
    } else if (ch === '&') {
      const semi = body.indexOf(';', i);
      const decoded = semi > i && semi - i < 10 ? decodeEntity(body.slice(i + 1, semi)) : null;
      if (decoded !== null) {
        text += decoded;
        i = semi + 1;
      } else {
        text += ch;
        i++;
      }
    } else {
      const next = body.slice(i).search(/[<&]/);
      const stop = next < 0 ? body.length : i + next;
      text += body.slice(i, stop);
      i = stop;
    }
  }
  gold.sort((a, b) => a.start - b.start);
  return { id, text, dct: dctValue, gold };
}

/** Loads every .tml of TempEval-3 TimeBank and AQUAINT (sorted by file name). */
export function loadTempEval(root: string = path.join(sharedRoot(), 'data', 'tempeval3')): TimeDoc[] {
  const docs: TimeDoc[] = [];
  for (const sub of ['TimeBank', 'AQUAINT']) {
    const dir = path.join(root, sub);
    if (!fs.existsSync(dir)) continue;
    for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.tml')).sort()) {
      docs.push(parseTimeML(fs.readFileSync(path.join(dir, f), 'utf8'), `${sub}/${f}`));
    }
  }
  return docs;
}

/** Per-document matches, exposed for error analysis. */
export interface DocMatches {
  doc: TimeDoc;
  predicted: SystemDate[];
  relaxed: MatchResult;
  strict: MatchResult;
}

/** Runs `system` on every document and matches its output to the gold, strictly and relaxedly. */
export function matchDocs(docs: TimeDoc[], system: DateSystem): DocMatches[] {
  return docs.map((doc) => {
    let predicted: SystemDate[];
    try {
      predicted = system(doc.text, doc.dct);
    } catch {
      predicted = [];
    }
    return {
      doc,
      predicted,
      relaxed: matchSpans(predicted, doc.gold),
      strict: matchSpans(predicted, doc.gold, { exact: true, text: doc.text }),
    };
  });
}

/** Scores a system on the documents. */
export function scoreDates(docs: TimeDoc[], system: DateSystem): DateScores {
  return scoreMatches(matchDocs(docs, system));
}

/** Scores already-matched documents. */
export function scoreMatches(all: DocMatches[]): DateScores {
  let valueTp = 0;
  let relaxedTp = 0;
  let predicted = 0;
  let goldN = 0;
  const byType: Record<string, { r: number; tp: number; gold: number }> = {};
  for (const m of all) {
    predicted += m.predicted.length;
    goldN += m.doc.gold.length;
    for (const g of m.doc.gold) (byType[g.type] ??= { r: 0, tp: 0, gold: 0 }).gold++;
    for (const [i, j] of m.relaxed.pairs) {
      relaxedTp++;
      const g = m.doc.gold[j];
      byType[g.type].tp++;
      if (m.predicted[i].value === g.value) valueTp++;
    }
  }
  for (const t of Object.values(byType)) t.r = t.gold ? t.tp / t.gold : 0;
  const value = microPRF([{ pairs: new Array(valueTp).fill([0, 0]), predicted, gold: goldN }]);
  return {
    strict: microPRF(all.map((m) => m.strict)),
    relaxed: microPRF(all.map((m) => m.relaxed)),
    valueAccuracy: relaxedTp ? valueTp / relaxedTp : 0,
    value,
    recallByType: byType,
  };
}

/** The columns of the dates table. */
export const DATE_HEADER = [
  'system', 'strict P', 'strict R', 'strict F1', 'relaxed P', 'relaxed R', 'relaxed F1', 'value acc', 'value F1',
  'R DATE', 'R TIME', 'R DURATION', 'R SET',
];

/** One row of the dates table. */
export function dateRow(name: string, s: DateScores): Array<string | number> {
  const r = (t: string) => s.recallByType[t]?.r ?? NaN;
  return [name, s.strict.p, s.strict.r, s.strict.f1, s.relaxed.p, s.relaxed.r, s.relaxed.f1, s.valueAccuracy, s.value.f1,
    r('DATE'), r('TIME'), r('DURATION'), r('SET')];
}
