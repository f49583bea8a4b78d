// RULEBOOK §0.4: match a typed medication name to the catalog. Exact and brand names through a map,
// combination products by their ingredients, context words for the form, look-alikes before fuzzy
// matching, and a bounded Damerau-Levenshtein fallback over flag-relevant names only.
import { LOW_DOSE_NALTREXONE_MAX_MG, catalogById } from '../catalog';
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
	status: 'matched' | 'lookalike' | 'unrecognised' | 'empty';
	/** For matched and lookalike. */
	entry?: CatalogEntry;
	method: MatchMethod;
	/** For the clinician: "matched 'hydrocodon' → hydrocodone (fuzzy, distance 1)". */
	explanation: string;
	/** Looks like a medication name. True for every match; false for empty input, vitamins and food. */
	drugLike: boolean;
	/** Another entry the text could also mean ("T3": Tylenol #3 or liothyronine). */
	ambiguousWith?: CatalogEntry;
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

interface FuzzyFind {
	span: Span;
	lookalike: boolean;
	guarded: boolean;
}

/** Fuzzy match the tokens no span covers (RULEBOOK §0.4 step 3). Look-alikes win ties. */
function fuzzySpans(tokens: readonly string[], spans: readonly Span[]): FuzzyFind | undefined {
	const covered = new Uint8Array(tokens.length);
	for (const s of spans) covered.fill(1, s.start, s.start + s.length);
	let best:
		{ d: number; key: FuzzyKeyLike; start: number; length: number; text: string } | undefined;
	let guarded = false;

	const consider = (q: string, start: number, length: number) => {
		if (COMMON_NON_CATALOG.has(q)) {
			guarded = true;
			return;
		}
		const L = q.length;
		const qMask = letterMask(q);
		for (let len = L - 2; len <= L + 2; len++) {
			const bucket = fuzzyByLength.get(len);
			if (!bucket) continue;
			const minLen = Math.min(L, len);
			const k = minLen >= 6 ? 2 : minLen >= 4 ? 1 : 0;
			if (k === 0 || Math.abs(L - len) > k) continue;
			for (const fk of bucket) {
				if (popcount(qMask ^ fk.mask) > 2 * k) continue;
				const d = boundedDamerauLevenshtein(q, fk.key, best ? Math.min(k, best.d) : k);
				if (d > k || (best && !better(d, fk, best))) continue;
				best = { d, key: fk, start, length, text: tokens.slice(start, start + length).join(' ') };
			}
		}
	};

	for (let i = 0; i < tokens.length; i++) {
		if (covered[i]) continue;
		const t = tokens[i]!;
		if (COMMON_NON_CATALOG.has(t)) guarded = true;
		else if (isFuzzyCandidate(t)) consider(t, i, 1);
		const next = tokens[i + 1];
		if (next !== undefined && !covered[i + 1] && /^[a-z]+$/.test(t) && /^[a-z]+$/.test(next)) {
			const pair = t + next;
			if (pair.length >= 6 && !NON_DRUG.has(t) && !NON_DRUG.has(next)) consider(pair, i, 2);
		}
	}
	if (!best) return guarded ? { span: emptySpan, lookalike: false, guarded } : undefined;
	const span: Span = {
		start: best.start,
		length: best.length,
		text: best.text,
		entry: best.key.entry,
		fuzzy: { distance: best.d, name: best.key.name }
	};
	return { span, lookalike: best.key.lookalike, guarded };
}

type FuzzyKeyLike = { key: string; entry: CatalogEntry; name: string; lookalike: boolean };
const emptySpan: Span = { start: 0, length: 0, text: '' };

function better(d: number, fk: FuzzyKeyLike, best: { d: number; key: FuzzyKeyLike }): boolean {
	if (d !== best.d) return d < best.d;
	if (fk.lookalike !== best.key.lookalike) return fk.lookalike;
	const r = rank(fk.entry) - rank(best.key.entry);
	if (r !== 0) return r < 0;
	return fk.key.length > best.key.key.length;
}

function isFuzzyCandidate(token: string): boolean {
	return (
		token.length >= 4 &&
		/^[a-z]+$/.test(token) &&
		!NON_DRUG.has(token) &&
		!FILLER.has(token) &&
		!COMMON_NON_CATALOG.has(token)
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
	let resolution = resolveSpans(spans);
	let guarded = false;
	if (!resolution || isLookalike(resolution.entry)) {
		const found = fuzzySpans(n.tokens, spans);
		if (found) guarded = found.guarded;
		if (found?.span.entry && (!found.lookalike || !resolution)) {
			spans = [...spans, found.span].sort((a, b) => a.start - b.start);
			resolution = resolveSpans(spans);
		}
	}

	if (!resolution) {
		const drugLike = isDrugLike(n, guarded);
		const why = guarded
			? 'a common medicine outside the screening catalog'
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
		status: lookalike ? 'lookalike' : 'matched',
		entry,
		method,
		explanation,
		drugLike: true
	};
	if (ambiguousWith) result.ambiguousWith = ambiguousWith;
	return result;
}
