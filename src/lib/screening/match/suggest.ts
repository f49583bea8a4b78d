// Medicine names to offer a patient (issue 12, item 3): completions while typing, and close names
// for a name the matcher did not recognise. Offering is not matching: nothing here decides what a
// name means or raises a flag. A name reaches the screening only when the patient picks it, and
// then it is matched like any other typed name. Server-side only, like the vocabulary.
import { catalog } from '../catalog';
import { vocabulary } from '../vocabulary';
import { COMMON_WORDS } from '../vocabulary/common-words';
import { boundedDamerauLevenshtein, letterMask, popcount } from './distance';
import { normaliseName } from './normalise';
import { COMMON_NON_CATALOG, FILLER, NON_DRUG } from './words';

interface Offered {
	/** As shown to the patient ("Lipitor", "atorvastatin"). */
	name: string;
	/** Lower case, accents and spacing removed: what typed text is compared with ("lipitor"). */
	folded: string;
	/** Each word of the name folded, for completions that start inside a name ("acid" → "folic acid"). */
	words: string[];
	/** The matcher's key of the whole name (its name tokens joined), for close names. */
	key: string;
	mask: number;
	/** The language of the name (catalog names and brands count as English). */
	lang: 'en' | 'es';
	/** The medicine it names, as its ingredients: a name and its other-language spelling share it. */
	medicine: string;
}

/** Lower case without accents or punctuation: "Ácido fólico" → "acido folico". */
export function fold(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();
}

function offeredNames(): Offered[] {
	const seen = new Map<string, Offered>();
	const add = (raw: string, lang: 'en' | 'es', ingredients: readonly string[]) => {
		const name = raw.replace(/\s*\(disc\.\)\s*$/i, '').trim();
		const folded = fold(name);
		if (folded === '' || seen.has(folded)) return;
		const key = normaliseName(name).tokens.join('');
		const medicine = ingredients.length > 0 ? [...ingredients].sort().join('+') : folded;
		const words = folded.split(' ');
		seen.set(folded, { name, folded, words, key, mask: letterMask(key), lang, medicine });
	};
	for (const entry of catalog) {
		if (entry.variantOf) continue;
		for (const name of [entry.generic, ...entry.brands]) add(name, 'en', entry.ingredients);
	}
	for (const row of vocabulary) add(row.name, row.lang, row.ingredients);
	return [...seen.values()].sort(
		(a, b) => a.folded.length - b.folded.length || a.folded.localeCompare(b.folded)
	);
}

let offered: Offered[] | undefined;
let byKeyLength: Map<number, Offered[]> | undefined;

function names(): Offered[] {
	offered ??= offeredNames();
	return offered;
}

function keyBuckets(): Map<number, Offered[]> {
	if (!byKeyLength) {
		byKeyLength = new Map();
		for (const o of names()) {
			if (o.key.length < 3 || /[^a-z]/.test(o.key)) continue;
			const bucket = byKeyLength.get(o.key.length);
			if (bucket) bucket.push(o);
			else byKeyLength.set(o.key.length, [o]);
		}
	}
	return byKeyLength;
}

/** The shortest text completions are offered for (fewer letters match too much to help). */
export const COMPLETION_MIN_LENGTH = 2;

/**
 * Names that start with what was typed, then names with a word that does ("vitamin d3" for "d3"),
 * shortest first; at most `max`. Accents and case do not matter ("acido" finds "ácido fólico").
 */
export function completions(typed: string, max = 8): string[] {
	const q = fold(typed);
	if (q.length < COMPLETION_MIN_LENGTH) return [];
	const starts: string[] = [];
	const inside: string[] = [];
	for (const o of names()) {
		if (o.folded.startsWith(q)) {
			starts.push(o.name);
			if (starts.length >= max) break;
		} else if (inside.length < max && o.words.some((w, i) => i > 0 && w.startsWith(q))) {
			inside.push(o.name);
		}
	}
	return [...starts, ...inside].slice(0, max);
}

/** How far a close name may be: looser than the matcher's own bound, since the patient chooses. */
export function closeBound(length: number): number {
	return length >= 9 ? 3 : length >= 5 ? 2 : length >= 4 ? 1 : 0;
}

/** A word that can be a misspelt medicine name (not a common word, filler or food word). */
function mayBeMisspeltName(word: string): boolean {
	return (
		word.length >= 4 &&
		/^[a-z]+$/.test(word) &&
		!COMMON_WORDS.has(word) &&
		!COMMON_NON_CATALOG.has(word) &&
		!NON_DRUG.has(word) &&
		!FILLER.has(word)
	);
}

/**
 * Up to `max` medicine names close to a typed name the matcher did not recognise ("atorvstatn" →
 * atorvastatin), closest first. Each name word is compared on its own and, for two words, joined
 * ("lip itor").
 */
export function closeNames(typed: string, locale: 'en' | 'es' = 'en', max = 4): string[] {
	const tokens = normaliseName(typed).tokens;
	const queries = new Set<string>();
	// One word alone in a medicine field is meant as a name, even a word of its own ("alegra" for
	// Allegra): offering names is safe, the patient chooses. Among several words, only the ones
	// that are no common word are compared ("my heart pill" offers nothing).
	const single = tokens.length === 1 && /^[a-z]{4,}$/.test(tokens[0] ?? '');
	tokens.forEach((t, i) => {
		if (single || mayBeMisspeltName(t)) queries.add(t);
		const next = tokens[i + 1];
		if (next !== undefined && /^[a-z]+$/.test(t + next) && (t + next).length >= 5) {
			if (mayBeMisspeltName(t) || mayBeMisspeltName(next)) queries.add(t + next);
		}
	});
	const best = new Map<Offered, number>();
	const buckets = keyBuckets();
	for (const q of queries) {
		const k = closeBound(q.length);
		const mask = letterMask(q);
		for (let len = q.length - k; len <= q.length + k; len++) {
			for (const o of buckets.get(len) ?? []) {
				const bound = closeBound(Math.min(q.length, len));
				if (bound === 0 || popcount(mask ^ o.mask) > 2 * bound) continue;
				const d = boundedDamerauLevenshtein(q, o.key, bound);
				if (d > bound) continue;
				const previous = best.get(o);
				if (previous === undefined || d < previous) best.set(o, d);
			}
		}
	}
	// The closest names, and those one edit further (a name and its other spelling): never a list
	// of everything within reach ("sertaline" is sertraline, not betaine).
	// A medicine named in the page's language is offered in it alone (atorvastatin, not also
	// atorvastatina, on the English page).
	const closest = Math.min(...best.values());
	const inLocale = new Set(
		[...best.keys()].filter((o) => o.lang === locale).map((o) => o.medicine)
	);
	return [...best.entries()]
		.filter(([o, d]) => d <= closest + 1 && (o.lang === locale || !inLocale.has(o.medicine)))
		.sort(
			([a, da], [b, db]) => da - db || a.name.length - b.name.length || a.name.localeCompare(b.name)
		)
		.slice(0, max)
		.map(([o]) => o.name);
}
