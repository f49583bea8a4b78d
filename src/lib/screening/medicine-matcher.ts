// The medicine catalog's matcher, as the questionnaire's follow-up and name questions ask it (the
// Matcher interface of src/lib/intake/follow-up.ts; installed by src/lib/server/medicine-matcher.ts).
// Server-side only: the catalog is large, and the browser gets what it needs to know about the
// listed medicines as page data.
import type { Matcher, MatchLike } from '../intake/follow-up';
import { matchMedication } from './match';
import { closeNames } from './match/suggest';

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
