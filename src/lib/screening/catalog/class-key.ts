// RULEBOOK §2.0 class key: which rules each medication class feeds, and its washout semantics.
import type { MedicationClass } from './types';

export interface ClassKeyRow {
	/** Rule numbers as the rulebook writes them ('R01'); empty when the class feeds no rule. */
	rules: readonly string[];
	/** The washout tags an entry of this class may carry (opioid classes only). */
	washouts: readonly ('SA' | 'LA' | 'DEPOT')[];
	note: string;
}

const R01_R05 = ['R01', 'R02', 'R03', 'R04', 'R05'] as const;

export const classKey: Readonly<Record<MedicationClass, ClassKeyRow>> = {
	'opioid-agonist': {
		rules: R01_R05,
		washouts: ['SA', 'LA'],
		note: 'short-acting or long-acting (14 d)'
	},
	'opioid-partial-agonist': {
		rules: [...R01_R05, 'R06', 'R10'],
		washouts: ['SA', 'LA', 'DEPOT'],
		note: 'R06 for OUD products; R10 for kratom; depot buprenorphine 180 d'
	},
	'opioid-peripheral': { rules: ['R11', 'R12'], washouts: [], note: 'no washout' },
	'naltrexone-product': { rules: ['R08', 'R34'], washouts: [], note: 'R34 for LDN; Vivitrol 30 d' },
	'opioid-antagonist-other': { rules: ['R09'], washouts: [], note: 'samidorphan' },
	pamora: { rules: ['R09'], washouts: [], note: 'implies opioid therapy' },
	'opioid-reversal': { rules: [], washouts: [], note: 'no rule (note only)' },
	biologic: { rules: ['R21'], washouts: [], note: '180-day lookback' },
	'biologic-type2': {
		rules: ['R24'],
		washouts: [],
		note: 'type-2/allergy biologics (Decision D5)'
	},
	'jak-inhibitor': { rules: ['R22'], washouts: [], note: 'systemic only' },
	immunosuppressant: { rules: ['R23'], washouts: [], note: 'systemic only; also context for R20' },
	immunomodulator: { rules: ['R24'], washouts: [], note: 'not broadly immunosuppressive' },
	'corticosteroid-systemic': { rules: ['R25'], washouts: [], note: 'never stop abruptly' },
	'corticosteroid-local': { rules: [], washouts: [], note: 'no rule' },
	'thyroid-hormone': { rules: ['R27', 'R28'], washouts: [], note: '' },
	antithyroid: { rules: ['R28'], washouts: [], note: '' },
	'ms-dmt': { rules: ['R26'], washouts: [], note: '+R21 if also biologic' },
	'label-interaction': { rules: ['R35'], washouts: [], note: '' },
	'lookalike-no-flag': { rules: [], washouts: [], note: 'none; blocks false fuzzy matches' }
};

export const medicationClasses = Object.keys(classKey) as MedicationClass[];
