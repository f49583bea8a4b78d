// What the catalog recognised in the patient's medication list, in plain words for the
// medication-details step: "Percocet: contains acetaminophen and oxycodone, an opioid pain
// medicine". Unrecognised names are fine and are kept; the patient is told a clinician reads them.
// The matcher is passed in (the catalog is server-side), so this module stays pure.
import type { MedicationListName } from '$lib/intake';
import type { MatchLike } from '$lib/intake/follow-up';

/** The parts of a catalog match used here (the questionnaire's MatchLike). */
export type RecognisedMatch = Pick<MatchLike, 'status' | 'entry' | 'confirm'>;

export type RecognisedMatcher = (name: string, route?: string) => RecognisedMatch;

/** Plain words for each medication class, as message keys (catalog class → key). */
export const CLASS_KEYS: Readonly<Record<string, string>> = {
	'opioid-agonist': 'wizard_class_opioid_agonist',
	'opioid-partial-agonist': 'wizard_class_opioid_partial_agonist',
	'opioid-peripheral': 'wizard_class_opioid_peripheral',
	'naltrexone-product': 'wizard_class_naltrexone_product',
	'opioid-antagonist-other': 'wizard_class_opioid_antagonist_other',
	pamora: 'wizard_class_pamora',
	'opioid-reversal': 'wizard_class_opioid_reversal',
	biologic: 'wizard_class_biologic',
	'biologic-type2': 'wizard_class_biologic_type2',
	'jak-inhibitor': 'wizard_class_jak_inhibitor',
	immunosuppressant: 'wizard_class_immunosuppressant',
	immunomodulator: 'wizard_class_immunomodulator',
	'corticosteroid-systemic': 'wizard_class_corticosteroid_systemic',
	'corticosteroid-local': 'wizard_class_corticosteroid_local',
	'thyroid-hormone': 'wizard_class_thyroid_hormone',
	antithyroid: 'wizard_class_antithyroid',
	'ms-dmt': 'wizard_class_ms_dmt',
	'label-interaction': 'wizard_class_label_interaction'
};

/** Tags that deserve their own words (kratom is a plant, not a "medicine"). */
const TAG_KEYS: Readonly<Record<string, string>> = { kratom: 'wizard_class_kratom' };

export interface Recognised {
	readonly list: MedicationListName;
	readonly name: string;
	/** Catalog ingredients (generic names), empty when not recognised. */
	readonly ingredients: readonly string[];
	/** Message key of the plain-words class, when there is one. */
	readonly classKey?: string;
}

interface EntryLike {
	readonly name: string;
	readonly route?: string;
	readonly nameChecked?: string;
}

/** One line per listed medicine or supplement, in list order. */
export function recognise(
	lists: Partial<Record<MedicationListName, readonly EntryLike[]>> | undefined,
	match: RecognisedMatcher
): Recognised[] {
	return (['medications', 'supplements'] as const).flatMap((list) =>
		(lists?.[list] ?? []).map((entry) => {
			if (typeof entry?.name !== 'string') return { list, name: '', ingredients: [] };
			const found = match(entry.name, entry.route);
			// The patient said a misspelt name is not the medicine it was read as: not recognised.
			const denied = entry.nameChecked === 'kept' && found.confirm === true;
			const catalog = found.status === 'matched' && !denied ? found.entry : undefined;
			if (!catalog) {
				// A look-alike is recognised as what it is (trazodone, not tramadol), and a medicine of the
				// vocabulary outside the catalog by its ingredients (atorvastatin), with no class words.
				const ingredients =
					!denied && (found.status === 'lookalike' || found.status === 'recognised')
						? (found.entry?.ingredients ?? [])
						: [];
				return { list, name: entry.name, ingredients };
			}
			const tagKey = catalog.tags?.map((t) => TAG_KEYS[t]).find(Boolean);
			const classKey = tagKey ?? catalog.classes.map((c) => CLASS_KEYS[c]).find(Boolean);
			return {
				list,
				name: entry.name,
				ingredients: catalog.ingredients,
				...(classKey && { classKey })
			};
		})
	);
}
