// The medication matcher (RULEBOOK §0.4) and the catalog types the screening rules use.
export type { CatalogEntry, MedicationClass, Washout } from '../catalog';
export {
	isOpioid,
	matchMedication,
	type MatchMethod,
	type MatchOptions,
	type MedicationMatch,
	type RouteHint
} from './match';
export { normaliseName, nameKey, type NormalisedName } from './normalise';
