// Builders for screening specs: a valid intake (via the intake's buildAnswers, so specs cannot drift
// from the schema) with medication entries and their follow-up answers written side by side.
import { addDays, type IntakeAnswers } from '../../../src/lib/intake';
import {
	buildAnswers,
	buildUncheckedAnswers,
	type DeepPartial
} from '../../../src/lib/intake/testing';
import { screen, type ScreenOptions, type ScreeningResult } from '../../../src/lib/screening';

export const TODAY = '2026-11-20';

/** The date `days` days before TODAY. */
export const ago = (days: number): string => addDays(TODAY, -days);
/** The date `days` days after TODAY. */
export const ahead = (days: number): string => addDays(TODAY, days);

export interface MedSpec {
	name: string;
	list?: 'medications' | 'supplements';
	route?:
		'mouth' | 'injection' | 'infusion' | 'patch' | 'inhaled' | 'nasal' | 'eye' | 'skin' | 'other';
	status?: 'current' | 'stopped';
	dose?: string;
	reason?: string;
	/** Set by the name questions of the medicine-details step (name-check.ts). */
	typedName?: string;
	nameChecked?: 'kept';
	frequency?: 'scheduled' | 'as-needed';
	lastDoseDate?: string;
	dailyAmountMg?: number;
	courseDays?: number;
}

/** Overrides for the medications and medication-details steps from flat entry specs. */
export function withMeds(...specs: MedSpec[]): DeepPartial<IntakeAnswers> {
	const lists = { medications: [] as object[], supplements: [] as object[] };
	const entries: object[] = [];
	for (const spec of specs) {
		const {
			list = 'medications',
			frequency,
			lastDoseDate,
			dailyAmountMg,
			courseDays,
			...rest
		} = spec;
		const entry = { route: 'mouth', status: 'current', ...rest };
		const followUp = { frequency, lastDoseDate, dailyAmountMg, courseDays };
		const defined = Object.fromEntries(Object.entries(followUp).filter(([, v]) => v !== undefined));
		if (Object.keys(defined).length > 0) {
			entries.push({ list, index: lists[list].length, ...defined });
		}
		lists[list].push(entry);
	}
	return {
		medications: lists,
		...(entries.length > 0 ? { 'medication-details': { entries } } : {})
	} as DeepPartial<IntakeAnswers>;
}

/** Merges override objects left to right (one level deep per step). */
export function combine(...parts: DeepPartial<IntakeAnswers>[]): DeepPartial<IntakeAnswers> {
	const out: Record<string, Record<string, unknown>> = {};
	for (const part of parts) {
		for (const [step, value] of Object.entries(part)) {
			out[step] = { ...(out[step] ?? {}), ...(value as Record<string, unknown>) };
		}
	}
	return out as DeepPartial<IntakeAnswers>;
}

export function answersWith(overrides: DeepPartial<IntakeAnswers> = {}): IntakeAnswers {
	return buildAnswers(overrides, { today: TODAY });
}

export function run(
	overrides: DeepPartial<IntakeAnswers> = {},
	options: Partial<ScreenOptions> = {}
): ScreeningResult {
	return screen(answersWith(overrides), { today: TODAY, ...options });
}

export type Overrides = DeepPartial<IntakeAnswers>;

/** An it.each table of [name, overrides, the complete set of rule ids expected to fire]. */
export const table = (rows: [string, Overrides, string[]][]) => rows;

/** The rule ids that fired, in result order. */
export function fired(overrides: DeepPartial<IntakeAnswers> = {}): string[] {
	return run(overrides).flags.map((f) => f.rule);
}

/**
 * Screens answers the current schema would refuse (e.g. an opioid without its last-dose date):
 * intakes stored under an older questionnaire, or documents given to the CLI, still have to be
 * screened on the safe side.
 */
export function runUnchecked(overrides: DeepPartial<IntakeAnswers> = {}): ScreeningResult {
	return screen(buildUncheckedAnswers(overrides), { today: TODAY });
}
