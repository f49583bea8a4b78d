// RULEBOOK §0.4: match a typed medication name to the catalog. Exact and brand names through a map,
// combination products by their ingredients, context words for the form, look-alikes before fuzzy
// matching, and a bounded Damerau-Levenshtein fallback over flag-relevant names only.
import type { MatchStatus } from '../../intake/follow-up';
import { COMMON_WORDS } from '../vocabulary/common-words';
import { LOW_DOSE_NALTREXONE_MAX_MG, catalogById, classKey } from '../catalog';
import type { CatalogEntry, MedicationClass } from '../catalog';
import { boundedDamerauLevenshtein, letterMask, popcount } from './distance';
import {
	combinations,
	fuzzyByLength,
	ingredientSetKey,
	isLookalike,
	keyHits,
	maxNameTokens,
	resolveVariant,
	askKeys,
	type Claim,
	type KeyHit
} from './lookup';
import { contextSet, normaliseName, type NormalisedName } from './normalise';
import { COMMON_NON_CATALOG, FILLER, NON_DRUG, PLACEHOLDER } from './words';

export type MatchMethod = 'exact' | 'brand' | 'alias' | 'context' | 'fuzzy' | 'none';

export interface MedicationMatch {
	/** Exactly as typed. */
	input: string;
	normalised: string;
	/**
	 * matched: a RULEBOOK catalog entry (rules read it); lookalike: a catalog look-alike (never
	 * flagged); recognised: a medicine of the vocabulary outside the catalog (no rule reads it);
	 * ambiguous: the name names no single medicine, or is as close to two that rules read
	 * differently, and the patient is asked (see `question`); unrecognised; empty.
	 */
	status: MatchStatus;
	/** For matched, lookalike and recognised (and an ambiguous lay phrase's class). */
	entry?: CatalogEntry;
	method: MatchMethod;
	/** For the clinician: "matched 'hydrocodon' → hydrocodone (fuzzy, distance 1)". */
	explanation: string;
	/** Looks like a medication name. True for every match; false for empty input, vitamins and food. */
	drugLike: boolean;
	/** Another entry the text could also mean ("T3": Tylenol #3 or liothyronine). */
	ambiguousWith?: CatalogEntry;
	/** For the clinician: what to ask the patient ("'pain pill' names no single medicine ..."). */
	question?: string;
	/** Close names to offer the patient when the text is ambiguous. */
	suggestions?: string[];
	/** A fuzzy match into a class a rule reads: the patient confirms it (shown in the wizard). */
	confirm?: boolean;
	/** The name a fuzzy match took the text for, and how many edits away. */
	fuzzy?: { name: string; distance: number };
}

/** The route the patient chose in the intake; it selects the local form ("eye" + cyclosporine → Restasis). */
export type RouteHint =
	'mouth' | 'injection' | 'infusion' | 'patch' | 'inhaled' | 'nasal' | 'eye' | 'skin' | 'other';

export interface MatchOptions {
	route?: RouteHint;
}

const ROUTE_CONTEXT: Partial<Record<RouteHint, string>> = {
	injection: 'injection',
	patch: 'patch',
	inhaled: 'inhaled',
	nasal: 'nasal',
	eye: 'eye',
	skin: 'topical'
};

const OPIOID_CLASSES: readonly MedicationClass[] = ['opioid-agonist', 'opioid-partial-agonist'];

/** An opioid for the washout rules (RULEBOOK §1 conventions): an agonist or a partial agonist, kratom included. */
export function isOpioid(entry: CatalogEntry): boolean {
	return entry.classes.some((c) => OPIOID_CLASSES.includes(c));
}

/** A span of typed tokens that names a catalog entry or an ingredient. */
interface Span {
	start: number;
	length: number;
	text: string;
	hit?: KeyHit;
	entry?: CatalogEntry;
	fuzzy?: { distance: number; name: string };
}

/** Lower is more important: when one line names several medicines, the most safety-relevant wins. */
function rank(entry: CatalogEntry): number {
	const c = entry.classes;
	if (isLookalike(entry)) return 9;
	if (c.length === 0) return 8;
	if (!entry.systemic) return 7;
	if (isOpioid(entry)) return 0;
	if (c.includes('naltrexone-product')) return 1;
	if (c.includes('opioid-antagonist-other') || c.includes('pamora')) return 2;
	if (c.includes('opioid-peripheral')) return 3;
	if (c.includes('opioid-reversal')) return 6;
	if (c.includes('biologic-type2') || c.includes('immunomodulator') || c.includes('antithyroid')) {
		return 5;
	}
	return 4;
}

const WASHOUT_ORDER = { DEPOT: 0, LA: 1, SA: 2 } as const;
const washoutRank = (e: CatalogEntry): number => (e.washout ? WASHOUT_ORDER[e.washout] : 3);

function findSpans(tokens: readonly string[]): Span[] {
	const spans: Span[] = [];
	const n = tokens.length;
	let i = 0;
	while (i < n) {
		let found: Span | undefined;
		for (let len = Math.min(maxNameTokens, n - i); len >= 1 && !found; len--) {
			let key = tokens[i]!;
			for (let j = 1; j < len; j++) key += tokens[i + j]!;
			const hit = keyHits.get(key);
			if (!hit || (hit.wholeInputOnly && (i !== 0 || len !== n))) continue;
			if (!hit.owner && !hit.ingredient) continue;
			found = { start: i, length: len, text: tokens.slice(i, i + len).join(' '), hit };
			if (hit.owner) found.entry = hit.owner;
		}
		if (found) {
			spans.push(found);
			i += found.length;
		} else {
			i++;
		}
	}
	return spans;
}

/** The most edits a fuzzy match may need: none below 4 letters, 1 up to 6, 2 from 7 (see below). */
export function fuzzyBound(length: number): number {
	return length >= 7 ? 2 : length >= 4 ? 1 : 0;
}

interface FuzzyCandidate {
	d: number;
	key: FuzzyKeyLike;
}

interface FuzzyFind {
	spans: Span[];
	/** Tokens that are common words (or common medicines), so were never fuzzy-matched. */
	guarded: boolean;
	/** A token as close to two medicines that different rules would read: the patient is asked. */
	ambiguous?: { text: string; names: string[] };
}

/** The engine classes of an entry that a rule reads: what a wrong guess would change. */
function ruleReadSignature(entry: CatalogEntry): string {
	if (isLookalike(entry)) return '';
	return entry.classes
		.filter((c) => classKey[c].rules.length > 0)
		.sort()
		.join(',');
}

/** The closest fuzzy keys to q, every one at the smallest distance (RULEBOOK §0.4 step 3). */
export function closest(q: string): FuzzyCandidate[] {
	const L = q.length;
	const qMask = letterMask(q);
	let found: FuzzyCandidate[] = [];
	let bestD = Infinity;
	const kq = fuzzyBound(L);
	for (let len = L - kq; len <= L + kq; len++) {
		const bucket = fuzzyByLength.get(len);
		if (!bucket) continue;
		const k = fuzzyBound(Math.min(L, len));
		if (k === 0 || Math.abs(L - len) > k) continue;
		for (const fk of bucket) {
			const max = Math.min(k, bestD);
			if (popcount(qMask ^ fk.mask) > 2 * max) continue;
			const d = boundedDamerauLevenshtein(q, fk.key, max);
			if (d > max) continue;
			if (d < bestD) {
				bestD = d;
				found = [{ d, key: fk }];
			} else {
				found.push({ d, key: fk });
			}
		}
	}
	return found;
}

/**
 * Settles the keys closest to one token. A look-alike among them wins against the medicines it is
 * confused with (the look-alike guard of RULEBOOK §0.4 step 3: "oxybutin" is oxybutynin, not
 * OxyContin), and asks against any other (a misspelt "pred" is not "weed"); keys that every rule would read the same way are one answer (the most
 * relevant entry, as before); keys that rules would read differently are ambiguous, and the
 * patient is asked instead of the matcher guessing.
 */
function settle(found: FuzzyCandidate[]): FuzzyCandidate | 'ambiguous' | undefined {
	if (found.length === 0) return undefined;
	const lookalike = found.find((c) => c.key.lookalike);
	if (lookalike) {
		// A look-alike wins only against the medicines it is known to be confused with.
		// (any form of them: oxybutynin is confused with oxycodone, so with OxyContin too).
		const confused = (lookalike.key.entry.confusedWith ?? []).map((id) =>
			catalogById.get(id)?.ingredients.join()
		);
		const others = found.filter((c) => !c.key.lookalike);
		return others.every(
			(c) => c.key.entry.vocabulary || confused.includes(c.key.entry.ingredients.join())
		)
			? lookalike
			: 'ambiguous';
	}
	const signatures = new Set(found.map((c) => ruleReadSignature(c.key.entry)));
	if (signatures.size > 1) return 'ambiguous';
	let best = found[0]!;
	for (const c of found) if (better(c.d, c.key, best)) best = c;
	return best;
}

/**
 * Fuzzy-matches every token no exact name covers (RULEBOOK §0.4 step 3), each on its own, so that
 * "buprenorfine/naloxone" finds buprenorphine beside the exact naloxone. A token is never
 * fuzzy-matched when it is part of a name found exactly, a common English or Spanish word, a common
 * medicine, a vitamin or food word, or filler; two adjacent tokens are tried joined ("oxy contn")
 * only when neither is such a word.
 */
function fuzzySpans(tokens: readonly string[], spans: readonly Span[]): FuzzyFind {
	const covered = new Uint8Array(tokens.length);
	for (const s of spans) covered.fill(1, s.start, s.start + s.length);
	const found: FuzzyFind = { spans: [], guarded: false };
	for (let i = 0; i < tokens.length; i++) {
		if (covered[i]) continue;
		const t = tokens[i]!;
		if (isGuarded(t)) found.guarded = true;
		const single = isFuzzyCandidate(t) ? settle(closest(t)) : undefined;
		const next = tokens[i + 1];
		let pair: FuzzyCandidate | 'ambiguous' | undefined;
		if (
			next !== undefined &&
			!covered[i + 1] &&
			/^[a-z]{2,}$/.test(t) &&
			/^[a-z]{2,}$/.test(next) &&
			!isGuarded(t) &&
			!isGuarded(next) &&
			!NON_DRUG.has(t) &&
			!NON_DRUG.has(next) &&
			!FILLER.has(next) &&
			(t + next).length >= 6
		) {
			pair = settle(closest(t + next));
		}
		const usePair =
			pair !== undefined &&
			(single === undefined ||
				(pair !== 'ambiguous' && (single === 'ambiguous' || pair.d < single.d)));
		const chosen = usePair ? pair : single;
		const length = usePair ? 2 : 1;
		const text = tokens.slice(i, i + length).join(' ');
		if (chosen === 'ambiguous') {
			const names = [
				...new Set(closest(length === 2 ? t + next! : t).map((c) => c.key.name))
			].sort();
			found.ambiguous ??= { text, names };
		} else if (chosen) {
			found.spans.push({
				start: i,
				length,
				text,
				entry: chosen.key.entry,
				fuzzy: { distance: chosen.d, name: chosen.key.name }
			});
		}
		if (usePair) i++;
	}
	return found;
}

type FuzzyKeyLike = { key: string; entry: CatalogEntry; name: string; lookalike: boolean };

function better(d: number, fk: FuzzyKeyLike, best: { d: number; key: FuzzyKeyLike }): boolean {
	if (d !== best.d) return d < best.d;
	if (fk.lookalike !== best.key.lookalike) return fk.lookalike;
	const r = rank(fk.entry) - rank(best.key.entry);
	if (r !== 0) return r < 0;
	return fk.key.length > best.key.key.length;
}

/** A common English or Spanish word, or a common medicine outside the catalog: never fuzzy-matched. */
function isGuarded(token: string): boolean {
	return COMMON_WORDS.has(token) || COMMON_NON_CATALOG.has(token);
}

function isFuzzyCandidate(token: string): boolean {
	return (
		token.length >= 4 &&
		/^[a-z]+$/.test(token) &&
		!NON_DRUG.has(token) &&
		!FILLER.has(token) &&
		!isGuarded(token)
	);
}

interface Resolution {
	entry: CatalogEntry;
	spans: Span[];
	combination: boolean;
	others: CatalogEntry[];
}

/** Several names on one line: a combination product if their ingredients make one, else the most relevant. */
function resolveSpans(spans: readonly Span[]): Resolution | undefined {
	if (spans.length === 1) {
		const only = spans[0]!;
		return only.entry
			? { entry: only.entry, spans: [only], combination: false, others: [] }
			: undefined;
	}
	if (spans.length >= 2) {
		const ingredients = new Set<string>();
		for (const s of spans) {
			if (s.hit?.ingredient) ingredients.add(s.hit.ingredient);
			else if (s.entry) for (const i of s.entry.ingredients) ingredients.add(i);
		}
		if (ingredients.size >= 2) {
			const combo = combinations.get(ingredientSetKey(ingredients));
			if (combo) return { entry: combo, spans: [...spans], combination: true, others: [] };
		}
	}
	let best: Span | undefined;
	for (const s of spans) {
		if (!s.entry) continue;
		if (
			!best ||
			rank(s.entry) < rank(best.entry!) ||
			(rank(s.entry) === rank(best.entry!) && washoutRank(s.entry) < washoutRank(best.entry!))
		) {
			best = s;
		}
	}
	if (!best) return undefined;
	const others = [
		...new Set(spans.filter((s) => s.entry && s.entry !== best.entry).map((s) => s.entry!))
	];
	return { entry: best.entry!, spans: [best], combination: false, others };
}

/** The first strength in mg (or a bare number) in the text: "naltrexone 4.5mg" → 4.5. */
function strengthMg(text: string): number | undefined {
	const m = /(\d+(?:\.\d+)?)\s*(mg|milligrams?|mcg|ug|µg|micrograms?)?/i.exec(text);
	if (!m || (m[2] && !/^mg|^milli/i.test(m[2]))) return undefined;
	return Number(m[1]);
}

/** Placeholders start with n (none, n/a, nothing, not applicable), x, or punctuation. */
const MAY_BE_PLACEHOLDER = /^[nNxX.?-]/;

const q = (s: string) => `'${s}'`;

/** The catalog name a span matched, preferring the spelling the patient typed ("Kenalog-40"). */
/** The catalog name a span matched, preferring the spelling the patient typed ("Kenalog-40"). */
function claimFor(span: Span, entry: CatalogEntry, typed: string): Claim | undefined {
	const claims = span.hit?.claims;
	if (!claims) return undefined;
	let first: Claim | undefined;
	let count = 0;
	for (const c of claims) {
		if (c.entry !== entry) continue;
		first ??= c;
		count++;
	}
	if (count <= 1) return first;
	const lower = typed.trim().toLowerCase();
	for (const c of claims) if (c.entry === entry && c.name.toLowerCase() === lower) return c;
	return first;
}

function describeSpan(span: Span, entry: CatalogEntry, shown: string, claim?: Claim): string {
	if (span.fuzzy) {
		const { name, distance } = span.fuzzy;
		const generic = name.toLowerCase() === entry.generic ? '' : ` = ${entry.generic}`;
		return `matched ${q(shown)} → ${name} (fuzzy, distance ${distance})${generic}`;
	}
	if (!claim) return `matched ${q(shown)} → ${entry.generic}`;
	if (claim.kind === 'generic') return `matched ${q(shown)} → ${entry.generic} (generic name)`;
	if (claim.kind === 'brand') {
		return `matched ${q(shown)} → ${claim.name} (brand) = ${entry.generic}`;
	}
	return `matched ${q(shown)} → ${entry.generic} (alias ${q(claim.name)})`;
}

function methodOf(span: Span, claim?: Claim): MatchMethod {
	if (span.fuzzy) return 'fuzzy';
	const kind = claim?.kind;
	return kind === 'brand' ? 'brand' : kind === 'alias' ? 'alias' : 'exact';
}

function isDrugLike(n: NormalisedName, guarded: boolean): boolean {
	if (guarded) return true;
	if (n.fallback) return false;
	return n.tokens.some((t) => t.length >= 3 && /[a-z]{3}/.test(t) && !NON_DRUG.has(t));
}

/**
 * Match one typed medication or supplement name to the catalog (RULEBOOK §0.4). Pure: the lookup
 * tables are built once when the module loads, and a call allocates only its result. The screening
 * engine keeps its own bounded cache of results (src/lib/screening/context.ts).
 */
export function matchMedication(text: string, options: MatchOptions = {}): MedicationMatch {
	const trimmed = text.trim();
	if (
		trimmed === '' ||
		(trimmed.length <= 40 &&
			MAY_BE_PLACEHOLDER.test(trimmed) &&
			PLACEHOLDER.test(trimmed.toLowerCase().replace(/\s+/g, ' ')))
	) {
		return {
			input: text,
			normalised: trimmed.toLowerCase(),
			status: 'empty',
			method: 'none',
			explanation: trimmed === '' ? 'no medication name given' : `${q(trimmed)} means none`,
			drugLike: false
		};
	}

	const n = normaliseName(text);
	if (n.tokens.length === 0) {
		return {
			input: text,
			normalised: '',
			status: 'empty',
			method: 'none',
			explanation: `no medication name in ${q(trimmed)}`,
			drugLike: false
		};
	}

	let spans = findSpans(n.tokens);
	let coveredTokens = 0;
	for (const s of spans) coveredTokens += s.length;
	const found: FuzzyFind =
		coveredTokens === n.tokens.length ? { spans: [], guarded: false } : fuzzySpans(n.tokens, spans);
	if (found.spans.length > 0) spans = [...spans, ...found.spans].sort((a, b) => a.start - b.start);
	const resolution = resolveSpans(spans);
	const guarded = found.guarded;

	if (!resolution) {
		if (found.ambiguous) {
			const { text: part, names } = found.ambiguous;
			return {
				input: text,
				normalised: n.display,
				status: 'ambiguous',
				method: 'fuzzy',
				explanation: `no single match for ${q(part)}: as close to ${names.join(' as to ')}`,
				drugLike: true,
				question: `'${text.trim()}' is as close to ${names.join(' as to ')}; ask which one is meant.`,
				suggestions: names
			};
		}
		const drugLike = isDrugLike(n, guarded);
		const why = guarded
			? 'a common word or a common medicine, never fuzzy-matched'
			: drugLike
				? 'looks like a medication name'
				: 'not a medication name';
		return {
			input: text,
			normalised: n.display,
			status: 'unrecognised',
			method: 'none',
			explanation: `no catalog match for ${q(n.display)} (${why})`,
			drugLike
		};
	}

	// Context: form words in the text, or the route the patient chose (RULEBOOK §0.4 step 4).
	const first = resolution.entry;
	let entry = first;
	let context: Set<string> | undefined;
	if (first.variants) {
		context = contextSet(n);
		const routeWord = options.route ? ROUTE_CONTEXT[options.route] : undefined;
		if (routeWord) context.add(routeWord);
		entry = resolveVariant(first, context);
	}
	const notes: string[] = [];
	if (entry !== first) {
		const word = [...(context ?? [])].find((w) => first.variants?.some((v) => v.when.includes(w)));
		notes.push(`context ${q(word ?? '')} → ${entry.generic}`);
	}
	if (entry.tags?.includes('naltrexone-oral')) {
		const mg = strengthMg(text);
		const ldn = catalogById.get('naltrexone-ldn');
		if (mg !== undefined && mg <= LOW_DOSE_NALTREXONE_MAX_MG && ldn) {
			entry = ldn;
			notes.push(`strength ${mg} mg (≤ ${LOW_DOSE_NALTREXONE_MAX_MG} mg) → ${ldn.generic}`);
		}
	}

	const mainSpan = resolution.spans[0]!;
	let method: MatchMethod;
	let explanation: string;
	if (resolution.combination) {
		method = resolution.spans.some((s) => s.fuzzy) ? 'fuzzy' : 'exact';
		const parts = resolution.spans.map((s) =>
			s.fuzzy ? `${q(s.text)} (fuzzy, distance ${s.fuzzy.distance})` : q(s.text)
		);
		explanation = `matched ingredients ${parts.join(' + ')} → ${first.generic}`;
	} else {
		const whole = mainSpan.start === 0 && mainSpan.length === n.tokens.length;
		const claim = mainSpan.fuzzy ? undefined : claimFor(mainSpan, first, text);
		method = methodOf(mainSpan, claim);
		explanation = describeSpan(mainSpan, first, whole ? n.display : mainSpan.text, claim);
	}

	let ambiguousWith: CatalogEntry | undefined;
	const readsTylenol =
		(n.t3 !== undefined || n.tylenolNumber !== undefined) &&
		resolution.spans.some((s) => s.hit?.key.startsWith('tylenolcodeine'));
	if (n.t3 === 'codeine' && readsTylenol) {
		ambiguousWith = catalogById.get('liothyronine');
		notes.unshift(`read 'T3' as Tylenol #3 (could also mean liothyronine, T3 thyroid hormone)`);
	} else if (n.t3 === 'thyroid') {
		notes.unshift(`read 'T3' as liothyronine (thyroid context)`);
	} else if (n.tylenolNumber && readsTylenol) {
		notes.unshift(`read '#${n.tylenolNumber}' after Tylenol as Tylenol with codeine`);
	}
	if (notes.length > 0 && method !== 'fuzzy') method = 'context';
	if (notes.length > 0) explanation += `; ${notes.join('; ')}`;

	const vocabularyClass = entry.vocabulary;
	if (vocabularyClass) {
		const code = vocabularyClass.class.startsWith('X-') ? '' : `ATC ${vocabularyClass.class}: `;
		explanation += `; ${code}${vocabularyClass.className}, outside the screening catalog (no rule)`;
	}
	let question: string | undefined;
	if (vocabularyClass?.ask || resolution.spans.some((s) => s.hit && askKeys.has(s.hit.key))) {
		question = `'${text.trim()}' names no single medicine (${vocabularyClass?.className ?? entry.generic}); ask which one.`;
	} else if (found.ambiguous) {
		question = `'${found.ambiguous.text}' in '${text.trim()}' is as close to ${found.ambiguous.names.join(' as to ')}; ask which one is meant.`;
	}
	const lookalike = isLookalike(entry);
	if (lookalike) {
		const confused = (entry.confusedWith ?? [])
			.map((id) => catalogById.get(id)?.generic)
			.filter((g): g is string => g !== undefined);
		explanation += `; look-alike, never flagged${confused.length > 0 ? ` (not ${confused.join(', not ')})` : ''}`;
	}
	if (resolution.others.length > 0) {
		explanation += `; also names ${resolution.others.map((e) => e.generic).join(', ')}`;
	}

	const result: MedicationMatch = {
		input: text,
		normalised: n.display,
		status: vocabularyClass?.ask
			? 'ambiguous'
			: vocabularyClass
				? 'recognised'
				: lookalike
					? 'lookalike'
					: 'matched',
		entry,
		method,
		explanation,
		drugLike: true
	};
	if (ambiguousWith) result.ambiguousWith = ambiguousWith;
	if (question) result.question = question;
	const fuzzySpan = resolution.spans.find((s) => s.fuzzy);
	if (fuzzySpan?.fuzzy) {
		result.fuzzy = { ...fuzzySpan.fuzzy };
		if (result.status === 'matched' && ruleReadSignature(entry) !== '') result.confirm = true;
	}
	return result;
}
