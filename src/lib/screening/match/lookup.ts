// Lookup tables built once when the module loads: every catalog name (generic, brand, alias) by key,
// ingredient names for combination products, and the fuzzy-match key list bucketed by length.
import { catalog, catalogById } from '../catalog';
import type { CatalogEntry } from '../catalog';
import { letterMask } from './distance';
import { vocabulary, type VocabularyName } from '../vocabulary';
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

const vocabularyEntryId = (row: VocabularyName): string =>
	`vocabulary:${row.ingredients.length > 0 ? row.ingredients.join('+') : row.class.code}${row.ask ? ':ask' : ''}`;

/** The entry the vocabulary adds for a medicine (or a lay class) the RULEBOOK catalog does not list. */
function vocabularyEntry(row: VocabularyName): CatalogEntry {
	const label = row.ingredients.length > 0 ? row.ingredients.join(' / ') : row.class.name;
	return {
		id: vocabularyEntryId(row),
		generic: label.toLowerCase() === label ? label : label.charAt(0).toLowerCase() + label.slice(1),
		ingredients: [...row.ingredients],
		brands: [],
		aliases: [],
		classes: [],
		systemic: true,
		sections: [],
		vocabulary: { class: row.class.code, className: row.class.name, ...(row.ask && { ask: true }) }
	};
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

/**
 * Builds every lookup table from the catalog and the given vocabulary rows. Run once when the
 * module loads; exported so that the benchmark can measure what the vocabulary adds.
 */
export function buildLookup(vocabularyRows: readonly VocabularyName[] = vocabulary) {
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

	// The vocabulary (RULEBOOK catalog first: a vocabulary name can add a name to a catalog entry but
	// never take a catalog name elsewhere). A name whose ingredients are a catalog entry's becomes an
	// alias of it; any other name resolves to an entry of its own, with no engine class.
	const catalogBySet = new Map<string, CatalogEntry>();
	for (const entry of catalog) {
		const key = ingredientSetKey(entry.ingredients);
		if (!entry.variantOf && !catalogBySet.has(key)) catalogBySet.set(key, entry);
	}
	const vocabularyEntries = new Map<string, CatalogEntry>();
	const vocabularyKeys = new Set<string>();
	const askKeys = new Set<string>();
	const layKeys = new Set<string>();
	let vocabularyTokens = 1;
	const ingredientKey = (name: string) => {
		let key = ingredientKeyCache.get(name);
		if (key === undefined) ingredientKeyCache.set(name, (key = keyOf(name)));
		return key;
	};
	const ingredientKeyCache = new Map<string, string>();
	for (const row of vocabularyRows) {
		const normalised = normaliseName(row.name);
		const key = normalised.tokens.join('');
		const where = `vocabulary line ${row.line} ('${row.name}')`;
		if (key === '' || normalised.fallback) {
			problems.push(`${where}: no name words left after normalising`);
			continue;
		}
		if (normalised.tokens.length > vocabularyTokens) vocabularyTokens = normalised.tokens.length;
		const single = row.ingredients.length === 1 ? ingredientKey(row.ingredients[0]!) : undefined;
		let entry =
			row.ask && row.ingredients.length === 0
				? undefined
				: catalogEntryFor(row.ingredients, single, hits, catalogBySet);
		if (!entry) {
			const id = vocabularyEntryId(row);
			entry = vocabularyEntries.get(id);
			if (!entry) vocabularyEntries.set(id, (entry = vocabularyEntry(row)));
		}
		const hit = hitFor(key);
		const catalogClaims = hit.claims.filter((c) => !c.entry.vocabulary);
		if (catalogClaims.length > 0) {
			const owner = hit.owner;
			if (!owner || resolveVariant(owner, contextSet(normalised)) !== entry) {
				if (!owner || !sameMedicine(owner, entry)) {
					problems.push(
						`${where}: the catalog reads '${key}' as ${owner?.id ?? '(no entry)'}, the vocabulary as ${entry.id}`
					);
				}
			}
			continue;
		}
		if (hit.claims.some((c) => c.entry !== entry)) {
			problems.push(
				`${where}: '${key}' is also ${hit.claims.map((c) => `${c.entry.id} ('${c.name}')`).join(', ')}`
			);
			continue;
		}
		const kind: ClaimKind =
			single === key
				? 'generic'
				: row.lang === 'en' && row.ingredients.length > 0 && !row.ask
					? 'brand'
					: 'alias';
		hit.claims.push({ entry, kind, name: row.name, context: contextSet(normalised) });
		hit.owner = entry;
		vocabularyKeys.add(key);
		if (row.ask) askKeys.add(key);
		if (row.ingredients.length === 0 || row.ask) layKeys.add(key);
		if (row.ingredients.length === 1 && !hit.ingredient) hit.ingredient = row.ingredients[0];
	}
	for (const entry of vocabularyEntries.values()) {
		if (entry.ingredients.length < 2) continue;
		const key = ingredientSetKey(entry.ingredients);
		const existing = catalogBySet.get(key);
		if (existing)
			problems.push(`${entry.id} has the ingredients of the catalog entry ${existing.id}`);
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
	for (const entry of vocabularyEntries.values()) {
		if (entry.ingredients.length < 2) continue;
		const key = ingredientSetKey(entry.ingredients);
		if (!combinations.has(key)) combinations.set(key, entry);
	}

	// Fuzzy keys: names of four letters or more, bucketed by length.
	const fuzzyByLength = new Map<number, FuzzyKey[]>();
	for (const hit of hits.values()) {
		const owner = hit.owner;
		if (!owner || hit.wholeInputOnly || hit.key.length < 4 || /[^a-z]/.test(hit.key)) continue;
		// Fuzzy matching is for medicine names: never toward a lay phrase ("water pill" is 'water').
		if (layKeys.has(hit.key)) continue;
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

	maxTokens = Math.max(maxTokens, vocabularyTokens);
	return {
		hits,
		combinations,
		fuzzyByLength,
		maxTokens,
		problems,
		vocabularyKeys,
		askKeys,
		vocabularyEntries
	};
}

/**
 * The catalog entry a vocabulary row's ingredients name: the entry the catalog itself gives the
 * bare ingredient name ("fentanyl", "cyclosporine"), else the one entry with that ingredient set.
 */
function catalogEntryFor(
	ingredients: readonly string[],
	singleKey: string | undefined,
	hits: ReadonlyMap<string, KeyHit>,
	bySet: ReadonlyMap<string, CatalogEntry>
): CatalogEntry | undefined {
	if (ingredients.length === 0) return undefined;
	if (singleKey !== undefined) {
		const owner = hits.get(singleKey)?.owner;
		if (owner && !owner.vocabulary && owner.ingredients.length === 1) return owner;
	}
	return bySet.get(ingredientSetKey(ingredients));
}

/** Two entries for the same medicine: one is a form (variant) of the other's ingredients. */
function sameMedicine(a: CatalogEntry, b: CatalogEntry): boolean {
	return ingredientSetKey(a.ingredients) === ingredientSetKey(b.ingredients);
}

function keyOf(name: string): string {
	return normaliseName(name).tokens.join('');
}

export function ingredientSetKey(ingredients: Iterable<string>): string {
	return [...new Set(ingredients)].sort().join(' + ');
}

const tables = buildLookup();

export const keyHits: ReadonlyMap<string, KeyHit> = tables.hits;
export const combinations: ReadonlyMap<string, CatalogEntry> = tables.combinations;
export const fuzzyByLength: ReadonlyMap<number, readonly FuzzyKey[]> = tables.fuzzyByLength;
/** The most tokens in any catalog name: the longest word sequence worth looking up. */
export const maxNameTokens: number = tables.maxTokens;
/** Catalog and vocabulary names that collide or normalise to nothing. The specs require none. */
export const lookupProblems: readonly string[] = tables.problems;
/** Keys that only the vocabulary names. */
export const vocabularyKeys: ReadonlySet<string> = tables.vocabularyKeys;
/** Keys of names that name no single medicine ("pain pill"): the matcher asks which one. */
export const askKeys: ReadonlySet<string> = tables.askKeys;
/** The entries the vocabulary adds, by id. */
export const vocabularyEntries: ReadonlyMap<string, CatalogEntry> = tables.vocabularyEntries;
