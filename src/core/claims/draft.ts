/**
 * The claims layer's working objects, made by one constructor or factory each so that every
 * instance has the same fields in the same order (one hidden class: the loops that read thousands
 * of them stay monomorphic and their compiled code is not thrown away for an object of a new shape).
 */
import type { Stance } from '../types';
import type { Source } from './source';
import { TokenList } from '../people/token-list';

/** A character span. */
export interface Span {
  start: number;
  end: number;
}

/** A claim before ids and indices: content and cue as character spans. */
export class Draft {
  declare start: number;
  declare end: number;
  declare cue: Span | null;
  declare source: Source;
  declare stance: Stance;
  /** Set for the claims of a "key statements" list. */
  declare key: boolean;
  /** Character span of the unit the claim was found in (for its date). */
  declare unit: Span | null;

  constructor(start: number, end: number, cue: Span | null, source: Source, stance: Stance, key: boolean, unit: Span | null) {
    this.start = start;
    this.end = end;
    this.cue = cue;
    this.source = source;
    this.stance = stance;
    this.key = key;
    this.unit = unit;
  }
}

/** A draft of content [start, end) with its cue, source and stance (no key list, no unit yet). */
export function draft(start: number, end: number, cue: Span | null, source: Source, stance: Stance): Draft {
  return new Draft(start, end, cue, source, stance, false, null);
}

/**
 * One object of each class whose instances live only while a text is analysed (its token list, drafts),
 * kept for the life of the module: a hidden class with no live object is dropped by the next full
 * garbage collection, and all code compiled against it with it (recompiled on the next text).
 */
const KEEP_SHAPES: object[] = [new Draft(0, 0, null, { speaker: null, official: -1, anonymous: false, a: 0, b: 0, kind: 'none' }, 'neutral', false, null)];

/** An empty token list (kept: see KEEP_SHAPES), for the walks kept for their hidden classes. */
export const NO_TOKENS = TokenList.empty();
KEEP_SHAPES.push(NO_TOKENS);

/** Keeps `o` (an object of such a class) for the life of the module. */
export function keepShape(o: object): void {
  KEEP_SHAPES.push(o);
}
