// Lookup tables built once when the module loads: every catalog name (generic, brand, alias) by key,
// ingredient names for combination products, and the fuzzy-match key list bucketed by length.
import { catalog, catalogById } from '../catalog';
import type { CatalogEntry } from '../catalog';
import { letterMask } from './distance';
import { contextSet, normaliseName } from './normalise';
import { WHOLE_INPUT_ONLY } from './words';

export type ClaimKind = 'generic' | 'brand' | 'alias';

/** One catalog name that normalises to a key. */
export interface Claim {
	entry: CatalogEntry;
	kind: ClaimKind;
	/** The name as the catalog spells it ("OxyContin"). */
	name: string;
	context: ReadonlySet<string>;
}

export interface KeyHit {
	key: string;
	/** The entry a name with this key resolves to before context is applied. */
	owner?: CatalogEntry;
	claims: Claim[];
	/** Set when the key is an ingredient name ("promethazine", "apap"). */
	ingredient?: string;
	/** Street words and one-letter aliases match only as the whole name. */
	wholeInputOnly: boolean;
}

export interface FuzzyKey {
	key: string;
	mask: number;
	entry: CatalogEntry;
	name: string;
	lookalike: boolean;
}

/** Names that mean an ingredient of a combination product: "oxycodone/APAP", "Tylenol and tramadol". */
const INGREDIENT_SYNONYMS: Readonly<Record<string, string>> = {
	apap: 'acetaminophen',
	paracetamol: 'acetaminophen',
	tylenol: 'acetaminophen',
	asa: 'aspirin',
	advil: 'ibuprofen',
	motrin: 'ibuprofen',
	soma: 'carisoprodol',
	phenergan: 'promethazine',
	mucinex: 'guaifenesin',
	robitussin: 'guaifenesin',
	dm: 'dextromethorphan',
	dxm: 'dextromethorphan',
	zyprexa: 'olanzapine',
	celebrex: 'celecoxib'
};

/** Follows an entry's context variants (RULEBOOK §0.4 step 4): the first variant whose word is present. */
export function resolveVariant(entry: CatalogEntry, context: ReadonlySet<string>): CatalogEntry {
	if (!entry.variants) return entry;
	for (const variant of entry.variants) {
		for (const word of variant.when) {
			if (context.has(word)) return catalogById.get(variant.id) ?? entry;
		}
	}
	return entry;
}

export const isLookalike = (entry: CatalogEntry): boolean =>
	entry.classes.includes('lookalike-no-flag');

function build() {
	const hits = new Map<string, KeyHit>();
	const problems: string[] = [];
	const hitFor = (key: string): KeyHit => {
		let hit = hits.get(key);
		if (!hit) {
			hit = { key, claims: [], wholeInputOnly: key.length <= 2 || WHOLE_INPUT_ONLY.has(key) };
			hits.set(key, hit);
		}
		return hit;
	};

	for (const entry of catalog) {
		const names: [ClaimKind, string][] = [
			['generic', entry.generic],
			...entry.brands.map((b): [ClaimKind, string] => ['brand', b]),
			...entry.aliases.map((a): [ClaimKind, string] => ['alias', a])
		];
		for (const [kind, name] of names) {
			const normalised = normaliseName(name);
			const key = normalised.tokens.join('');
			if (key === '' || normalised.fallback) {
				problems.push(`${entry.id}: the name '${name}' has no name words left after normalising`);
				continue;
			}
			hitFor(key).claims.push({ entry, kind, name, context: contextSet(normalised) });
		}
	}

	// Ingredient names, so that "oxycodone and acetaminophen" finds the combination product.
	const ingredientKeys = new Map<string, string>();
	for (const entry of catalog) {
		for (const ingredient of entry.ingredients) ingredientKeys.set(keyOf(ingredient), ingredient);
	}
	for (const [word, ingredient] of Object.entries(INGREDIENT_SYNONYMS)) {
		ingredientKeys.set(keyOf(word), ingredient);
	}
	for (const [key, ingredient] of ingredientKeys) hitFor(key).ingredient = ingredient;

	// The owner of a key: the entry from which every claim on the key is reached through its variants.
	for (const hit of hits.values()) {
		if (hit.claims.length === 0) continue;
		const candidates = [...new Set(hit.claims.map((c) => c.entry))];
		hit.owner = candidates.find((owner) =>
			hit.claims.every((c) => resolveVariant(owner, c.context) === c.entry)
		);
		if (!hit.owner) {
			problems.push(
				`'${hit.key}' is claimed by ${candidates.map((e) => e.id).join(', ')} and no context tells them apart`
			);
		}
	}

	// Combination products by their ingredient set.
	const combinations = new Map<string, CatalogEntry>();
	for (const entry of catalog) {
		if (entry.ingredients.length < 2) continue;
		const key = ingredientSetKey(entry.ingredients);
		const existing = combinations.get(key);
		if (existing && !entry.variantOf && !existing.variantOf) {
			problems.push(`${existing.id} and ${entry.id} have the same ingredients`);
		}
		if (!existing || existing.variantOf) combinations.set(key, entry);
	}

	// Fuzzy keys: names of four letters or more, bucketed by length.
	const fuzzyByLength = new Map<number, FuzzyKey[]>();
	for (const hit of hits.values()) {
		const owner = hit.owner;
		if (!owner || hit.wholeInputOnly || hit.key.length < 4 || /[^a-z]/.test(hit.key)) continue;
		const own = hit.claims.filter((c) => c.entry === owner);
		const claim =
			own.find((c) => c.kind === 'generic') ??
			own.find((c) => c.kind === 'brand') ??
			own[0] ??
			hit.claims[0]!;
		const fuzzy: FuzzyKey = {
			key: hit.key,
			mask: letterMask(hit.key),
			entry: owner,
			name: claim.kind === 'generic' ? owner.generic : claim.name,
			lookalike: isLookalike(owner)
		};
		const bucket = fuzzyByLength.get(hit.key.length);
		if (bucket) bucket.push(fuzzy);
		else fuzzyByLength.set(hit.key.length, [fuzzy]);
	}

	let maxTokens = 1;
	for (const entry of catalog) {
		for (const name of [entry.generic, ...entry.brands, ...entry.aliases]) {
			maxTokens = Math.max(maxTokens, normaliseName(name).tokens.length);
		}
	}

	return { hits, combinations, fuzzyByLength, maxTokens, problems };
}

function keyOf(name: string): string {
	return normaliseName(name).tokens.join('');
}

export function ingredientSetKey(ingredients: Iterable<string>): string {
	return [...new Set(ingredients)].sort().join(' + ');
}

const tables = build();

export const keyHits: ReadonlyMap<string, KeyHit> = tables.hits;
export const combinations: ReadonlyMap<string, CatalogEntry> = tables.combinations;
export const fuzzyByLength: ReadonlyMap<number, readonly FuzzyKey[]> = tables.fuzzyByLength;
/** The most tokens in any catalog name: the longest word sequence worth looking up. */
export const maxNameTokens: number = tables.maxTokens;
/** Catalog names that collide or normalise to nothing. The catalog spec requires this to be empty. */
export const lookupProblems: readonly string[] = tables.problems;
