// Builds the zod object for a group of questions (a step, or one entry of a list): the single place
// where `when` (conditional questions) and date ranges are enforced, so every step behaves alike.
import { z } from 'zod';
import { addDays, ageOn, isIsoDate, todayIso } from './dates';
import { ERROR_KEYS as E } from './errors';
import type { AnyQuestion, DateRange } from './questions';
import { isShown } from './show-when';
import { LIMITS } from './values';

export type ShapeOf<Qs extends readonly AnyQuestion[]> = {
	[Q in Qs[number] as Q['key']]: Q['schema'];
};

/**
 * One zod object for a group of questions. A question with `when` is required while its condition
 * holds, and its answer is dropped while the condition does not hold (so a no-JS form that still
 * posts a hidden field stores nothing stale). Dates are checked against today (dates.ts).
 */
export function objectOf<const Qs extends readonly AnyQuestion[]>(questions: Qs) {
	const shape = Object.fromEntries(questions.map((q) => [q.key, q.schema])) as ShapeOf<Qs>;
	const checkAnswers = z.superRefine(
		(values: object, ctx) => {
			if (typeof values !== 'object' || values === null) return;
			const record = values as Record<string, unknown>;
			for (const q of questions) {
				const value = record[q.key];
				const shown = isShown(q.when, record);
				if (q.when && shown && !q.optional && isBlank(value)) {
					ctx.addIssue({ code: 'custom', path: [q.key], message: E.required });
				}
				if (shown && q.dateRange && typeof value === 'string' && isIsoDate(value)) {
					const problem = dateProblem(q.dateRange, value, todayIso());
					if (problem) ctx.addIssue({ code: 'custom', path: [q.key], message: problem });
				}
			}
		},
		// Run even when other answers have problems, so the patient sees every error at once.
		{ when: () => true }
	);
	return z
		.object(shape)
		.check(checkAnswers)
		.overwrite((values) => {
			const record = values as Record<string, unknown>;
			const kept = { ...record };
			for (const q of questions) if (!isShown(q.when, record)) delete kept[q.key];
			return kept as typeof values;
		});
}

/** True for an unanswered value: missing or blank text. */
export function isBlank(value: unknown): boolean {
	return (
		value === undefined || value === null || (typeof value === 'string' && value.trim() === '')
	);
}

/**
 * Why `iso` is not acceptable for `range` on `today`, as an error key, or null. 'future' allows
 * yesterday because the server's UTC date can be a day ahead of the patient's.
 */
export function dateProblem(range: DateRange, iso: string, today: string): string | null {
	// A year typed with 2 digits ("041280") reaches us as 0080: say how to write it.
	if (Number(iso.slice(0, 4)) < 1000) return E.dateYearDigits;
	if (range === 'future') {
		if (iso < addDays(today, -1)) return E.dateInPast;
		return ageOn(today, iso) > LIMITS.futureYears ? E.dateImplausible : null;
	}
	if (iso > today) return E.dateInFuture;
	if (range === 'birth') {
		const age = ageOn(iso, today);
		if (age < 1 || age > LIMITS.oldestAgeYears) return E.dateOfBirthImplausible;
	}
	return ageOn(iso, today) > LIMITS.oldestAgeYears ? E.dateImplausible : null;
}
