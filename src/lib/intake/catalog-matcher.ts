// The medicine catalog's matcher, as the follow-up and name questions use it (follow-up.ts and
// name-check.ts take it as an argument). Server-side only in practice: the catalog is large, and
// the browser gets what it needs to know about the listed medicines as page data.
import { matchMedication } from '../screening/match';
import { closeNames } from '../screening/match/suggest';
import type { Matcher, MatchLike } from './follow-up';

// One page asks about the same names many times (which steps apply, which follow-ups, which name
// questions), and a patient posts the same list again and again: results are kept, a bounded number
// of them (the matcher is a pure function of text, route and language, like the screening's cache).
const CACHE_LIMIT = 5_000;
const cache = new Map<string, MatchLike>();

/** The catalog matcher; an unrecognised name that looks like a medicine gets close names to offer. */
export const catalogMatcher: Matcher = (text, options = {}) => {
	const { locale = 'en', route } = options;
	const key = `${locale}\u0000${route ?? ''}\u0000${text}`;
	const cached = cache.get(key);
	if (cached) return cached;
	const match = matchMedication(text, route ? { route } : {});
	let found: MatchLike = match;
	if (match.status === 'unrecognised' && match.drugLike) {
		const suggestions = closeNames(text, locale);
		if (suggestions.length > 0) found = { ...match, suggestions };
	}
	if (cache.size >= CACHE_LIMIT) cache.clear();
	cache.set(key, found);
	return found;
};
