// Test builder for intake answers: a valid default intake, deep-merged with overrides and parsed by
// intakeSchema, so tests cannot drift from the schema. Plain objects merge; arrays and other values
// replace; a key set to `undefined` is removed (e.g. `{ 'medication-details': undefined }`).
import { intakeSchema, type IntakeAnswers } from './answers';
import { todayIso, validatingOn } from './dates';

export type DeepPartial<T> = T extends readonly unknown[]
	? T
	: T extends object
		? { [K in keyof T]?: DeepPartial<T[K]> }
		: T;

/** A valid intake: an adult in Texas with fibromyalgia, no medicines, no flags expected. */
export const defaultAnswers: IntakeAnswers = {
	consent: { privacyNotice: 'accepted', contactConsent: 'yes', textConsent: 'yes' },
	about: {
		firstName: 'Alex',
		lastName: 'Rivera',
		email: 'alex.rivera@example.com',
		phone: '512-555-0134',
		preferredContact: 'email',
		dateOfBirth: '1980-04-12',
		sexAtBirth: 'female',
		state: 'TX'
	},
	conditions: { conditions: ['fibromyalgia'], duration: '1-5-years' },
	medications: { medications: [], supplements: [], noneTaken: 'yes' },
	health: {
		pregnancy: 'none',
		breastfeeding: 'no',
		liver: [],
		kidney: 'none',
		transplant: 'none',
		allergyNaltrexone: 'no',
		opioidMisuseHistory: 'no',
		opioidTreatmentCurrent: 'no',
		kratomUse: 'no',
		alcoholDrinksPerWeek: 2,
		alcoholMaxPerDay: 1,
		alcoholUseDisorder: 'no',
		mentalHealth: [],
		sleep: [],
		procedurePlanned: 'no',
		ldnCurrent: 'no'
	},
	goals: { goals: ['less-pain', 'more-energy'], trialAcknowledged: 'yes' }
};

function isPlainObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `base` with `overrides` deep-merged over it (see the module note for the merge rules). */
export function deepMerge<T>(base: T, overrides: unknown): T {
	if (!isPlainObject(base) || !isPlainObject(overrides)) return (overrides ?? base) as T;
	const merged: Record<string, unknown> = { ...base };
	for (const [key, value] of Object.entries(overrides)) {
		if (value === undefined) delete merged[key];
		else merged[key] = isPlainObject(value) ? deepMerge(merged[key], value) : value;
	}
	return merged as T;
}

/**
 * A valid intake with `overrides` merged in, parsed by intakeSchema as of `today` (default: the
 * real today). Throws the zod error if the result is not a valid intake.
 */
export function buildAnswers(
	overrides: DeepPartial<IntakeAnswers> = {},
	{ today = todayIso() }: { today?: string } = {}
): IntakeAnswers {
	const merged = deepMerge(defaultAnswers, overrides);
	return validatingOn(today, () => intakeSchema.parse(merged));
}

/**
 * The default intake with `overrides` merged in, NOT validated. Only for testing how the rules
 * treat answers the questionnaire itself would refuse (hand-written or older JSON), such as an
 * opioid without a last-dose date (RULEBOOK D8). Prefer buildAnswers everywhere else.
 */
export function buildUncheckedAnswers(overrides: DeepPartial<IntakeAnswers> = {}): IntakeAnswers {
	return deepMerge(defaultAnswers, overrides);
}
