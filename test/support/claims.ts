/** Claims of short test texts, analysed with one fixed reference time (shared by the claims unit tests). */
import { analyze } from '../../src/core';
import type { Claim } from '../../src/core/types';

/** The reference time the claims tests analyse with. */
export const PUBLISHED = '2022-02-07T21:37';

/** Every claim of `text`. */
export const claimsOf = (text: string): Claim[] => analyze(text, { published: PUBLISHED }).claims;

/** The claim of `text` whose content is exactly `content`, if any. */
export const claimWith = (text: string, content: string): Claim | undefined => claimsOf(text).find((c) => c.text === content);
