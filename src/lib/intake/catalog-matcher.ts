// The medicine catalog's matcher, as the follow-up questions use it (follow-up.ts takes it as an
// argument). Server-side only in practice: the catalog is large, and the browser gets what it needs
// to know about the listed medicines as page data.
import { matchMedication } from '../screening/match';
import type { Matcher } from './follow-up';

/** The catalog matcher. */
export const catalogMatcher: Matcher = (text, options) => matchMedication(text, options);
