// The medicine catalog's matcher, as the follow-up and name questions use it (follow-up.ts and
// name-check.ts take it as an argument). Server-side only in practice: the catalog is large, and
// the browser gets what it needs to know about the listed medicines as page data.
import { matchMedication } from '../screening/match';
import { closeNames } from '../screening/match/suggest';
import type { Matcher } from './follow-up';

const CLOSE_CACHE_LIMIT = 2_000;
const closeCache = new Map<string, readonly string[]>();

/** Close names for an unrecognised name, kept: a page asks about the same names several times. */
function cachedCloseNames(text: string, locale: 'en' | 'es'): readonly string[] {
	const key = `${locale}\u0000${text}`;
	let found = closeCache.get(key);
	if (!found) {
		if (closeCache.size >= CLOSE_CACHE_LIMIT) closeCache.clear();
		found = closeNames(text, locale);
		closeCache.set(key, found);
	}
	return found;
}

/** The catalog matcher; an unrecognised name that looks like a medicine gets close names to offer. */
export const catalogMatcher: Matcher = (text, options = {}) => {
	const { locale = 'en', ...matchOptions } = options;
	const found = matchMedication(text, matchOptions);
	if (found.status !== 'unrecognised' || !found.drugLike) return found;
	const suggestions = cachedCloseNames(text, locale);
	return suggestions.length > 0 ? { ...found, suggestions: [...suggestions] } : found;
};
