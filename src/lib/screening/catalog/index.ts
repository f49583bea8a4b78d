// The medication catalog of RULEBOOK §2 as one list, with lookups by id and the §2.12 counts.
import { antagonists } from './antagonists';
import { biologics } from './biologics';
import { immunosuppressants } from './immunosuppressants';
import { labelInteractions } from './interactions';
import { jakInhibitors } from './jak';
import { lookalikes } from './lookalikes';
import { msTherapies } from './ms';
import { opioidAgonists, opioidPartialAgonists, peripheralOpioids } from './opioids';
import { corticosteroids } from './steroids';
import { thyroidDrugs } from './thyroid';
import type { CatalogEntry, CatalogSection } from './types';

export type {
	CatalogEntry,
	CatalogSection,
	CatalogVariant,
	MedicationClass,
	Washout
} from './types';
export { classKey, medicationClasses, type ClassKeyRow } from './class-key';
export { LOW_DOSE_NALTREXONE_MAX_MG } from './antagonists';
export {
	antagonists,
	biologics,
	corticosteroids,
	immunosuppressants,
	jakInhibitors,
	labelInteractions,
	lookalikes,
	msTherapies,
	opioidAgonists,
	opioidPartialAgonists,
	peripheralOpioids,
	thyroidDrugs
};
export {
	conditions,
	conditionById,
	conditionIds,
	evidenceGrades,
	type Condition,
	type ConditionId,
	type EvidenceGrade
} from './conditions';

/** Every entry once, in rulebook order: §2.1-2.11, then the §2.13 look-alikes. */
export const catalog: readonly CatalogEntry[] = [
	...opioidAgonists,
	...opioidPartialAgonists,
	...peripheralOpioids,
	...antagonists,
	...biologics,
	...jakInhibitors,
	...immunosuppressants,
	...corticosteroids,
	...thyroidDrugs,
	...msTherapies,
	...labelInteractions,
	...lookalikes
];

export const catalogById: ReadonlyMap<string, CatalogEntry> = new Map(
	catalog.map((entry) => [entry.id, entry])
);

export function getEntry(id: string): CatalogEntry | undefined {
	return catalogById.get(id);
}

/** RULEBOOK §2.12: table rows per section (natalizumab counts in 2.5 and 2.10), 208 in all. */
export const RULEBOOK_ROW_COUNTS: Readonly<Record<CatalogSection, number>> = {
	'2.1': 44,
	'2.2': 10,
	'2.3': 3,
	'2.4': 11,
	'2.5': 45,
	'2.6': 9,
	'2.7': 22,
	'2.8': 19,
	'2.9': 6,
	'2.10': 20,
	'2.11': 2,
	'2.13': 17
};
