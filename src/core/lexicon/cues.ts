/**
 * Attribution cues: speech and cognition verbs with the stance they express, and multi-word cues
 * ("according to", "did not rule out", "expressed readiness").
 */
import type { Stance } from '../types';
import { WordTable, type HashedWord } from './filter';

/** How a cue's content attaches: after the cue ("said that X"), or the cue is prepositional ("according to"). */
export type CueKind = 'verb' | 'according';

/** One cue form as it is written (all its tokens lowercased). */
export interface CueForm {
  words: string[];
  stance: Stance;
  kind: CueKind;
  /** Base form, or the form itself for multi-word cues. */
  lemma: string;
  /** True for the bare base form ("say"), which needs a subject right before it. */
  base: boolean;
  /** True for the -s form ("reports", "claims"), which is also a plural noun. */
  plural: boolean;
  /** True for a base form that is no common noun ("indicate", not "report"). */
  verbOnly?: boolean;
}

const VERBS: Record<Stance, string> = {
  neutral:
    'say tell state note add report announce explain recall remark respond reply mention write comment describe ' +
    'inform specify clarify confirm cite quote suggest propose offer request ask expect believe think know hope ' +
    'estimate predict indicate reveal agree acknowledge admit tweet post answer conclude observe recount ' +
    'elaborate continue point forecast suppose guess assume feel fear reckon reason muse testify ' +
    'concede recommend advise invite want plan promise prefer brief notify signal wonder consider specify ' +
    'boast quip joke scoff shout exclaim retort yell chant call show find decline tout recount ' +
    'question discuss disclose characterize characterise describe label dub compare liken endorse echo praise hail ' +
    'laud welcome defend support back worry lament bemoan see seek ' +
    'express decide learn identify acknowledge thank remember admire advocate outline detail unveil ' +
    'view favor favour email retweet imply recognize recognise remind encourage portray deem hint caution applaud commend promote ' +
    'reference invoke whisper confide divulge concur disagree ponder recollect reminisce opine surmise theorize theorise posit vouch ' +
    'restate stipulate gush rave marvel brag tease mutter murmur apologize apologise regret plead beg implore exhort counsel ' +
    'order rule title read allude congratulate attribute ' +
    'wonder intend imagine understand love compliment articulate chronicle publish ' +
    'embrace press list cheer champion voice suspect credit realize frame herald confess reassure pronounce',
  emphatic:
    'stress emphasize emphasise insist underline underscore warn assert reiterate declare vow pledge urge demand ' +
    'affirm assure highlight threaten proclaim repeat guarantee swear maintain trumpet reaffirm',
  contested: 'claim allege speculate contend purport argue insinuate doubt',
  negative:
    'slam deny reject criticize criticise condemn blast accuse dismiss denounce lambast attack refute decry mock ' +
    'complain blame rebuke scold ridicule deride chide castigate downplay oppose brand blast lash refuse ' +
    'hate despise resent grill confront pan knock hammer rip trash jab challenge charge chastise dispute assail lambaste bash berate disparage belittle fault rebuff snap taunt deplore grumble object protest counter rebut',
};

const IRREGULAR: Record<string, string[]> = {
  say: ['said', 'says', 'saying'],
  tell: ['told', 'tells', 'telling'],
  write: ['wrote', 'writes', 'writing'],
  speak: ['spoke', 'speaks', 'speaking'],
  think: ['thought', 'thinks', 'thinking'],
  know: ['knew', 'knows'],
  find: ['found', 'finds'],
  seek: ['sought', 'seeks', 'seeking'],
  agree: ['agreed', 'agrees', 'agreeing'],
  see: ['saw', 'sees'],
  feel: ['felt', 'feels', 'feeling'],
  swear: ['swore', 'sworn', 'swears'],
  forecast: ['forecast', 'forecasts', 'forecasting'],
  read: ['read', 'reads'],
};
const DOUBLE = new Set(['pan', 'rip', 'jab', 'slam', 'admit', 'regret', 'commit', 'refer', 'rebut', 'dub', 'quip', 'beg', 'snap']);
/** Base forms accepted without an inflection ("officials say", "they believe"). */
const BASE_OK = new Set(['see', 'show', 'support', 'say', 'tell', 'believe', 'think', 'know', 'argue', 'insist', 'warn', 'expect', 'fear', 'want', 'claim', 'stress', 'note', 'add', 'agree', 'hope', 'oppose', 'worry', 'deny', 'reject', 'endorse', 'back', 'criticize', 'praise', 'urge', 'demand', 'predict', 'estimate', 'suggest', 'accuse', 'blame', 'consider', 'acknowledge', 'admit', 'question', 'call', 'describe', 'view', 'see', 'ask', 'feel', 'promise', 'refuse', 'favor', 'prefer', 'recognize']);
/** Base forms that are also common nouns ("a report", "the answer", "his pledge"): cues only after an auxiliary. */
const NOUN_BASES = new Set('counsel advocate suspect caution report comment answer respond reply mention request estimate guess forecast question post plan call claim order rule title list press voice frame credit cheer champion support back view favor favour feel fear hope demand promise pledge vow attack charge challenge blame counter object protest dispute praise welcome release share address jab rip trash snap rebuff taunt fault bash decline offer quote cite tweet email brief signal review note add state tell show find point continue joke quip shout yell chant boast tease murmur whisper plead beg reference reason muse concern regret worry lament outline detail compare label dub echo hail retort remark recount guarantee repeat maintain trumpet doubt mock slam blast lash dismiss reject deny refute condemn condemnation scold ridicule deride downplay brand refuse purport insinuate speculate contend argue allege claim highlight threaten proclaim swear assure urge demand pledge vow declare warn insist stress emphasize emphasise underline underscore assert reiterate affirm read attribute'.split(' '));
/** Verbs that are never cues on their own in these forms. */
const SKIP = new Set(['told', 'spoke', 'point', 'post', 'plan', 'invite']);
/** Forms that are mostly nouns or adjectives in news ("Clinton's emails", "encouraging signs", "the favored candidate"). */
const SKIP_FORMS = new Set(['emails', 'encouraging', 'favored', 'favoured', 'rules', 'ruling', 'issues', 'issuing', 'releasing', 'titles', 'titling', 'orders']);

function inflect(v: string): string[] {
  if (IRREGULAR[v]) return IRREGULAR[v];
  const out: string[] = [];
  if (v.endsWith('e')) out.push(v + 'd', v + 's', v.slice(0, -1) + 'ing');
  else if (/[^aeiou]y$/.test(v)) out.push(v.slice(0, -1) + 'ied', v.slice(0, -1) + 'ies', v + 'ing');
  else if (DOUBLE.has(v)) out.push(v + v.slice(-1) + 'ed', v + 's', v + v.slice(-1) + 'ing');
  else if (/(s|sh|ch|x|z)$/.test(v)) out.push(v + 'ed', v + 'es', v + 'ing');
  else out.push(v + 'ed', v + 's', v + 'ing');
  return out;
}

/** Adjectival cues, entered in MULTI as verbs: their subject stands before a form of "be" (ADJECTIVE_CUES). */
const ADJECTIVES: Array<[string, Stance]> = [
  ['critical of', 'negative'],
  ['skeptical of', 'contested'],
  ['sceptical of', 'contested'],
  ['wary of', 'contested'],
  ['supportive of', 'neutral'],
  ['proud of', 'emphatic'],
  ['confident that', 'emphatic'],
  ['convinced that', 'emphatic'],
  ['opposed to', 'negative'],
  ['concerned about', 'neutral'],
  ['concerned that', 'neutral'],
  ['optimistic about', 'neutral'],
  ['optimistic that', 'neutral'],
  ['pessimistic about', 'neutral'],
  ['hopeful that', 'neutral'],
  ['certain that', 'emphatic'],
  ['adamant that', 'emphatic'],
  ['unhappy with', 'negative'],
  ['angry about', 'negative'],
  ['angry at', 'negative'],
  ['frustrated with', 'negative'],
  ['reluctant to', 'neutral'],
  ['enthusiastic about', 'neutral'],
  ['passionate about', 'neutral'],
  ['clear that', 'emphatic'],
  ['afraid that', 'neutral'],
  ['afraid of', 'neutral'],
  ['fearful of', 'neutral'],
  ['fearful that', 'neutral'],
  ['unsure whether', 'neutral'],
  ['unsure about', 'neutral'],
  ['happy with', 'neutral'],
];

/** Multi-word cues, lowercased, with their stance. */
const MULTI: Array<[string, Stance, CueKind]> = [
  ['according to', 'neutral', 'according'],
  ['expressed readiness', 'neutral', 'verb'],
  ['expressed hope', 'neutral', 'verb'],
  ['expressed confidence', 'emphatic', 'verb'],
  ['expressed concern', 'neutral', 'verb'],
  ['expressed regret', 'neutral', 'verb'],
  ['did not rule out', 'neutral', 'verb'],
  ['does not rule out', 'neutral', 'verb'],
  ['didn’t rule out', 'neutral', 'verb'],
  ["didn't rule out", 'neutral', 'verb'],
  ['ruled out', 'negative', 'verb'],
  ['pointed out', 'neutral', 'verb'],
  ['points out', 'neutral', 'verb'],
  ['pointing out', 'neutral', 'verb'],
  ['spoke about', 'neutral', 'verb'],
  ['spoke of', 'neutral', 'verb'],
  ['echoing claims about', 'contested', 'verb'],
  ['echoing claims that', 'contested', 'verb'],
  ['echoed claims that', 'contested', 'verb'],
  ['echoed claims about', 'contested', 'verb'],
  ['went on to say', 'neutral', 'verb'],
  ['made clear', 'emphatic', 'verb'],
  ['made it clear', 'emphatic', 'verb'],
  ['called for', 'emphatic', 'verb'],
  ['calls for', 'emphatic', 'verb'],
  ['called on', 'emphatic', 'verb'],
  ['calls on', 'emphatic', 'verb'],
  ['spoke', 'neutral', 'verb'],
  ['talked', 'neutral', 'verb'],
  ['in the words of', 'neutral', 'according'],
  ['in his words', 'neutral', 'according'],
  ['in her words', 'neutral', 'according'],
  ['in his opinion', 'neutral', 'according'],
  ['in her opinion', 'neutral', 'according'],
  ['in his view', 'neutral', 'according'],
  ['in her view', 'neutral', 'according'],
  ['as quoted by', 'neutral', 'according'],
  ['referring to', 'neutral', 'verb'],
  ['calling for', 'emphatic', 'verb'],
  ['calling on', 'emphatic', 'verb'],
  ['call for', 'emphatic', 'verb'],
  ['talked about', 'neutral', 'verb'],
  ['talks about', 'neutral', 'verb'],
  ['talking about', 'neutral', 'verb'],
  ['pointed to', 'neutral', 'verb'],
  ['points to', 'neutral', 'verb'],
  ['made the case', 'emphatic', 'verb'],
  ['makes the case', 'emphatic', 'verb'],
  ['expressed support for', 'neutral', 'verb'],
  ['raised questions about', 'contested', 'verb'],
  ['raising questions about', 'contested', 'verb'],
  ['cast doubt on', 'contested', 'verb'],
  ['casting doubt on', 'contested', 'verb'],
  ['took aim at', 'negative', 'verb'],
  ['takes aim at', 'negative', 'verb'],
  ['weighed in', 'neutral', 'verb'],
  ['pushed for', 'emphatic', 'verb'],
  ['put it', 'neutral', 'verb'],
  ['made the point', 'emphatic', 'verb'],
  ['makes the point', 'emphatic', 'verb'],
  ['made the observation', 'neutral', 'verb'],
  ['puts it', 'neutral', 'verb'],
  ['focused on', 'neutral', 'verb'],
  ['focuses on', 'neutral', 'verb'],
  ['posted', 'neutral', 'verb'],
  ['pushing for', 'emphatic', 'verb'],
  ['voted against', 'negative', 'verb'],
  ['plans to', 'neutral', 'verb'],
  ['planning to', 'neutral', 'verb'],
  ['referred to', 'neutral', 'verb'],
  ['refers to', 'neutral', 'verb'],
  ['voted for', 'neutral', 'verb'],
  ['votes for', 'neutral', 'verb'],
  ['voting for', 'neutral', 'verb'],
  ...ADJECTIVES.map(([words, stance]): [string, Stance, CueKind] => [words, stance, 'verb']),
  ['laid out', 'neutral', 'verb'],
  ['lays out', 'neutral', 'verb'],
  ['laying out', 'neutral', 'verb'],
  ['railed against', 'negative', 'verb'],
  ['rails against', 'negative', 'verb'],
  ['railing against', 'negative', 'verb'],
  ['shrugged off', 'negative', 'verb'],
  ['shrugs off', 'negative', 'verb'],
  ['sided with', 'neutral', 'verb'],
  ['sides with', 'neutral', 'verb'],
  ['siding with', 'neutral', 'verb'],
  ['went after', 'negative', 'verb'],
  ['goes after', 'negative', 'verb'],
  ['going after', 'negative', 'verb'],
  ['shot back', 'negative', 'verb'],
  ['shoots back', 'negative', 'verb'],
  ['shooting back', 'negative', 'verb'],
  ['took issue with', 'negative', 'verb'],
  ['takes issue with', 'negative', 'verb'],
  ['taking issue with', 'negative', 'verb'],
  ['took credit for', 'neutral', 'verb'],
  ['takes credit for', 'neutral', 'verb'],
  ['taking credit for', 'neutral', 'verb'],
  ['stood by', 'emphatic', 'verb'],
  ['stands by', 'emphatic', 'verb'],
  ['standing by', 'emphatic', 'verb'],
  ['came out against', 'negative', 'verb'],
  ['comes out against', 'negative', 'verb'],
  ['coming out against', 'negative', 'verb'],
  ['came out in favor of', 'neutral', 'verb'],
  ['comes out in favor of', 'neutral', 'verb'],
  ['coming out in favor of', 'neutral', 'verb'],
  ['doubled down on', 'emphatic', 'verb'],
  ['doubles down on', 'emphatic', 'verb'],
  ['doubling down on', 'emphatic', 'verb'],
  ['hit back at', 'negative', 'verb'],
  ['hits back at', 'negative', 'verb'],
  ['hitting back at', 'negative', 'verb'],
  ['pushed back against', 'negative', 'verb'],
  ['pushes back against', 'negative', 'verb'],
  ['pushing back against', 'negative', 'verb'],
  ['pushed back on', 'negative', 'verb'],
  ['pushes back on', 'negative', 'verb'],
  ['pushing back on', 'negative', 'verb'],
  ['lashed out at', 'negative', 'verb'],
  ['lashes out at', 'negative', 'verb'],
  ['lashing out at', 'negative', 'verb'],
  ['sounded the alarm', 'emphatic', 'verb'],
  ['sounds the alarm', 'emphatic', 'verb'],
  ['sounding the alarm', 'emphatic', 'verb'],
  ['voiced support for', 'neutral', 'verb'],
  ['voices support for', 'neutral', 'verb'],
  ['voicing support for', 'neutral', 'verb'],
  ['voiced concern', 'neutral', 'verb'],
  ['voices concern', 'neutral', 'verb'],
  ['voicing concern', 'neutral', 'verb'],
  ['voiced concerns', 'neutral', 'verb'],
  ['voices concerns', 'neutral', 'verb'],
  ['voicing concerns', 'neutral', 'verb'],
  ['raised concerns', 'neutral', 'verb'],
  ['raises concerns', 'neutral', 'verb'],
  ['raising concerns', 'neutral', 'verb'],
  ['raised the possibility', 'neutral', 'verb'],
  ['raises the possibility', 'neutral', 'verb'],
  ['raising the possibility', 'neutral', 'verb'],
  ['made no secret of', 'emphatic', 'verb'],
  ['makes no secret of', 'emphatic', 'verb'],
  ['making no secret of', 'emphatic', 'verb'],
];

/** Base forms that are cues only after an auxiliary ("did not mention", "would not comment"): not in CUES, where they would read as nouns ("a report"). */
const AUX_BASES: Map<string, CueForm[]> = new Map();

/** The base-form cue of a word right after an auxiliary, or undefined. */
export function auxBaseCue(w: string): CueForm[] | undefined {
  return AUX_BASES.get(w);
}

/** Base forms that are no common noun ("indicate", "endorse"), outside BASE_OK: cues after any subject (claimCuesForToken). */
const VERB_BASES: Map<string, CueForm[]> = new Map();

/** First lowercased token → every cue form that starts with it (longest first). */
export const CUES: Map<string, CueForm[]> = new Map();

function addCue(f: CueForm): void {
  const list = CUES.get(f.words[0]) ?? [];
  list.push(f);
  list.sort((a, b) => b.words.length - a.words.length);
  CUES.set(f.words[0], list);
}

for (const stance of Object.keys(VERBS) as Stance[]) {
  for (const v of VERBS[stance].split(' ')) {
    if (SKIP.has(v)) continue;
    const forms = inflect(v);
    for (const f of forms) if (!SKIP_FORMS.has(f)) addCue({ words: [f], stance, kind: 'verb', lemma: v, base: false, plural: f.endsWith('s') && !f.endsWith('ss') });
    if (BASE_OK.has(v)) addCue({ words: [v], stance, kind: 'verb', lemma: v, base: true, plural: false, verbOnly: !NOUN_BASES.has(v) });
    else if (!CUES.has(v)) {
      const base: CueForm[] = [{ words: [v], stance, kind: 'verb', lemma: v, base: true, plural: false, verbOnly: !NOUN_BASES.has(v) }];
      AUX_BASES.set(v, base);
      // kept apart from CUES, whose other readers (people's name evidence) look at inflected forms only
      if (!NOUN_BASES.has(v)) VERB_BASES.set(v, base);
    }
  }
}
for (const [w, stance, kind] of MULTI) {
  const words = w.split(' ');
  addCue({ words, stance, kind, lemma: w, base: false, plural: words[0] === 'plans' });
}

/** Adjectival cues ("is critical of X"): the subject stands before a form of "be". */
export const ADJECTIVE_CUES = new Set(ADJECTIVES.map(([words]) => words));

/** Lemmas whose content starts at a following "to"-infinitive or "that" when present ("offered him to …"). */
export const OBJECT_FIRST = new Set(['offer', 'propose', 'suggest', 'urge', 'ask', 'request', 'invite', 'advise', 'promise', 'recommend', 'tell', 'inform', 'assure', 'notify', 'brief', 'warn', 'call on']);

/** Shape pre-filters over a word list: (first letter, last letter, length), then (second letter, last but one, length), both ASCII. */
export class ShapeFilter {
  private readonly outer = new Uint8Array(32 * 32 * 24);
  private readonly inner = new Uint8Array(32 * 32 * 24);

  constructor(keys: Iterable<string>) {
    for (const k of keys) {
      const i = shapeIndex(k);
      if (i >= 0) this.outer[i] = 1;
      const c1 = k.charCodeAt(1);
      const c2 = k.charCodeAt(k.length - 2);
      if (k.length >= 2 && k.length <= 23 && c1 < 128 && c2 < 128) this.inner[(bucket(c1) * 32 + bucket(c2)) * 24 + k.length] = 1;
    }
  }

  /** Whether a word of this shape may be a key (a non-ASCII inner letter passes). */
  passes(t: { len: number; firstCode: number; lastCode: number; code(i: number): number }): boolean {
    const len = t.len;
    return len >= 2 && len <= 23 && this.passesCodes(len, t.firstCode, t.lastCode, t.code(1), t.code(len - 2));
  }

  /** The same from a word's length (2 to 23), lowercased first and last codes and its second and last-but-one code units. */
  passesCodes(len: number, fc: number, lc: number, c1: number, c2: number): boolean {
    const f = fc - 96;
    const l = lc - 96;
    if (f < 0 || f > 31 || l < 0 || l > 31 || this.outer[(f * 32 + l) * 24 + len] === 0) return false;
    return !(c1 < 128 && c2 < 128 && this.inner[(bucket(c1) * 32 + bucket(c2)) * 24 + len] === 0);
  }

  /** The same for a lowercased string. */
  passesWord(w: string): boolean {
    const i = shapeIndex(w);
    return i >= 0 && this.outer[i] === 1;
  }
}

function shapeIndex(w: string): number {
  const f = (w.charCodeAt(0) | 32) - 96;
  const l = (w.charCodeAt(w.length - 1) | 32) - 96;
  if (f < 0 || f > 31 || l < 0 || l > 31 || w.length > 23) return -1;
  return (f * 32 + l) * 24 + w.length;
}
const bucket = (c: number) => {
  const b = (c | 32) - 96;
  return b >= 0 && b < 32 ? b : 0;
};
const CUE_SHAPES = new ShapeFilter(CUES.keys());
const CLAIM_SHAPES = new ShapeFilter([...CUES.keys(), ...VERB_BASES.keys()]);
const AUX_SHAPES = new ShapeFilter(AUX_BASES.keys());
/** The same maps probed by token: an ASCII word is compared by its code units, no lowercased string built for it. */
const CUE_TABLE = new WordTable(CUES);
const CLAIM_TABLE = new WordTable(new Map([...VERB_BASES, ...CUES]));
type CueToken = HashedWord & { firstCode: number; lastCode: number };
/** cueShapeBits(): a CUES word's shape, a claims cue word's, a base form's read after an auxiliary (their lookups find nothing for other words). */
export const [CUE_SHAPE, CLAIM_SHAPE, AUX_SHAPE] = [1, 2, 4];
/** The shape bits of a word of length 2 to 23 from its codes (as ShapeFilter.passesCodes reads them). */
export function cueShapeBits(len: number, fc: number, lc: number, c1: number, c2: number): number {
  return (CUE_SHAPES.passesCodes(len, fc, lc, c1, c2) ? CUE_SHAPE : 0) | (CLAIM_SHAPES.passesCodes(len, fc, lc, c1, c2) ? CLAIM_SHAPE : 0) | (AUX_SHAPES.passesCodes(len, fc, lc, c1, c2) ? AUX_SHAPE : 0);
}

/** The cue forms starting with a lowercased word, or undefined (fast for the many words that are no cue). */
export function cuesFor(w: string): CueForm[] | undefined {
  return CUE_SHAPES.passesWord(w) ? CUES.get(w) : undefined;
}

/** The same for a token, reading its shape without building its string. */
export function cuesForToken(t: CueToken): CueForm[] | undefined {
  return CUE_SHAPES.passes(t) ? CUE_TABLE.get(t) : undefined;
}

/** For the claims layer: the cue forms of a token, and the base form of a cue verb that is no common noun ("indicate", "endorse"), which the other readers of CUES do not want. */
export function claimCuesForToken(t: CueToken): CueForm[] | undefined {
  return CLAIM_SHAPES.passes(t) ? CLAIM_TABLE.get(t) : undefined;
}

/** Whether a token is the base form of a cue verb that is no common noun ("reveal", "endorse"). */
export function isVerbOnlyBase(t: CueToken): boolean {
  const f = claimCuesForToken(t);
  if (!f) return false;
  for (const x of f) if (x.base && x.verbOnly === true) return true;
  return false;
}
