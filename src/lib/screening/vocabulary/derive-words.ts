// Derives the common-word guard (./common-words.ts) from word lists: every English or Spanish word
// that a fuzzy match could take for a medicine name (within the edit bound of one, RULEBOOK §0.4
// step 3) and that is not itself a medicine name. Only those words matter to the matcher, so the
// guard ships a few thousand words instead of two dictionaries (190,000 words, ~15 MB as a Set).
// `npm run vocabulary:words` runs it over Debian's wamerican and wspanish lists; a spec checks that
// the shipped list is current.
import { closest } from '../match/match';
import { keyHits } from '../match/lookup';

/** A dictionary word as the matcher sees a token: lower case, accents dropped, letters only. */
export function wordKey(word: string): string | undefined {
	const key = word
		.replace(/['’]s$/, '')
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '');
	return /^[a-z]+$/.test(key) ? key : undefined;
}

/** The words of the lists that need guarding, sorted and without duplicates. */
export function guardedWords(lists: Iterable<Iterable<string>>): string[] {
	const out = new Set<string>();
	for (const list of lists) {
		for (const word of list) {
			const key = wordKey(word.trim());
			if (!key || key.length < 4 || out.has(key)) continue;
			if (keyHits.get(key)?.owner) continue; // a medicine name: found exactly
			if (closest(key).length > 0) out.add(key);
		}
	}
	return [...out].sort();
}
