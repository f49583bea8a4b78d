// Helpers that turn the rulebook tables (RULEBOOK §2) into typed catalog entries, and the context
// words that select one form of a drug over another (RULEBOOK §0.4 step 4).
import type { CatalogEntry, CatalogSection } from './types';

export type RowInput = Omit<
	CatalogEntry,
	'sections' | 'brands' | 'aliases' | 'systemic' | 'ingredients'
> & {
	ingredients?: readonly string[];
	brands?: readonly string[];
	aliases?: readonly string[];
	systemic?: boolean;
	/** A second section that lists the same row (natalizumab: 2.5 and 2.10). */
	alsoIn?: readonly CatalogSection[];
};

/** "acetaminophen / oxycodone (extended-release)" → ['acetaminophen', 'oxycodone']. */
export function ingredientsOf(generic: string): string[] {
	return generic
		.replace(/\s*\([^)]*\)/g, '')
		.split(' / ')
		.map((part) => part.trim());
}

/** Rows of one rulebook section; rows with `variantOf` are forms split off a row and carry no section. */
export function defineRows(section: CatalogSection, rows: readonly RowInput[]): CatalogEntry[] {
	return rows.map(({ alsoIn, ...row }) => ({
		...row,
		ingredients: row.ingredients ?? ingredientsOf(row.generic),
		brands: row.brands ?? [],
		aliases: row.aliases ?? [],
		systemic: row.systemic ?? true,
		sections: row.variantOf ? [] : [section, ...(alsoIn ?? [])]
	}));
}

// Context words. The matcher compares them with the normalised tokens and with adjacent token pairs
// joined together, so "intra-articular" is 'intraarticular' and "knee injection" is 'kneeinjection'.

/** Extended-release markers: "oxycodone ER", "Nucynta ER", "morphine extended release". */
export const EXTENDED_RELEASE = [
	'er',
	'xr',
	'sr',
	'cr',
	'xl',
	'extended',
	'controlled',
	'sustained',
	'longacting'
] as const;

export const TOPICAL = ['topical', 'cream', 'ointment', 'lotion', 'gel', 'skin', 'foam'] as const;
export const RECTAL = ['rectal', 'suppository', 'suppositories', 'enema'] as const;
export const EYE = ['eye', 'eyes', 'drop', 'drops', 'ophthalmic', 'emulsion'] as const;
export const INHALED_OR_NASAL = [
	'inhaler',
	'inhaled',
	'inhalation',
	'inhale',
	'neb',
	'nebulizer',
	'nebuliser',
	'nebulized',
	'respules',
	'nasal',
	'nose',
	'spray',
	'puffer',
	'puff',
	'puffs',
	'mdi'
] as const;
export const PATCH = ['patch', 'patches', 'transdermal'] as const;
export const INJECTION = ['injection', 'injections', 'injectable', 'shot', 'shots', 'im'] as const;

/** A joint injection: "intra-articular", "knee injection", "shot in the shoulder". */
export const INTRA_ARTICULAR = [
	'intraarticular',
	...['joint', 'knee', 'shoulder', 'hip'].flatMap((site) => [
		`${site}injection`,
		`injection${site}`,
		`${site}shot`,
		`shot${site}`
	])
];
