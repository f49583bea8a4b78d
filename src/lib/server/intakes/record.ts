// How a validated, screened intake becomes rows: the denormalised columns the dashboard lists,
// searches and exports, and one intake_flags row per fired rule. Shared by submission and the
// demo/benchmark seed so both store intakes exactly the same way.
import type { IntakeAnswers } from '../../intake';
import type { ScreeningResult } from '../../screening';
import type { intakeFlags, intakes } from '../db/schema';

type IntakeInsert = typeof intakes.$inferInsert;
type FlagInsert = Omit<typeof intakeFlags.$inferInsert, 'intakeId'>;

/** The columns copied from the "About you" answers (saved step by step, or a whole intake). */
export function aboutColumns(about: Readonly<Record<string, unknown>>) {
	const text = (key: string) => String(about[key] ?? '');
	return {
		firstName: text('firstName'),
		lastName: text('lastName'),
		email: text('email').toLowerCase(),
		phone: phoneDigits(text('phone')),
		dateOfBirth: text('dateOfBirth') || null,
		usState: text('state') || null
	} satisfies Partial<IntakeInsert>;
}

/** Contact and consent columns copied from the answers, for lists, search and export. */
export function contactColumns(answers: IntakeAnswers) {
	return {
		...aboutColumns(answers.about),
		contactConsent: answers.consent.contactConsent,
		textConsent: answers.consent.textConsent
	} satisfies Partial<IntakeInsert>;
}

/** Screening columns of the intake row. */
export function screeningColumns(result: ScreeningResult) {
	return {
		triage: result.triage,
		flagRules: [...new Set(result.flags.map((f) => f.rule))],
		contraindicationCount: result.flags.filter((f) => f.severity === 'contraindication').length,
		cautionCount: result.flags.filter((f) => f.severity === 'caution').length,
		rulesetVersion: result.rulesetVersion,
		eligibleFrom: result.eligibleFrom ?? null
	} satisfies Partial<IntakeInsert>;
}

/** One row per fired rule, with the exact answers that triggered it. */
export function flagRows(result: ScreeningResult): FlagInsert[] {
	return result.flags.map((f) => ({
		ruleId: f.rule,
		severity: f.severity,
		rulesetVersion: result.rulesetVersion,
		evidence: f.evidence
	}));
}

/** Phone numbers are stored as digits (no country code) so that search ignores punctuation. */
export function phoneDigits(phone: string): string {
	const digits = phone.replace(/\D/g, '');
	return digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits;
}
