// The intake that browser, HTTP and benchmark tests send: the one valid-intake factory
// (src/lib/intake/testing.ts) with a medicine that has a follow-up step, and the same answers as a
// step form posts them.
// The questionnaire asks the catalog's matcher (src/lib/intake/matcher.ts), as the server does.
import '../../src/lib/server/medicine-matcher';
import { buildAnswers, deepMerge, type DeepPartial } from '../../src/lib/intake/testing';
import type { IntakeAnswers } from '../../src/lib/intake/answers';
import { steps, type StepId } from '../../src/lib/intake/steps';
import type { AnyQuestion } from '../../src/lib/intake/questions';
import { NONE_VALUE } from '../../src/lib/wizard/form-data';

/** The UTC date `days` before today (YYYY-MM-DD); negative for days ahead. */
export function daysAgo(days: number): string {
	const d = new Date();
	d.setUTCDate(d.getUTCDate() - days);
	return d.toISOString().slice(0, 10);
}

/**
 * A complete, valid intake: the factory's default patient taking Percocet as needed (so the
 * medicine-details step has one follow-up), with `overrides` merged in. Throws if not valid.
 */
export function percocetAnswers(overrides: DeepPartial<IntakeAnswers> = {}): IntakeAnswers {
	const percocet: DeepPartial<IntakeAnswers> = {
		medications: {
			medications: [{ name: 'Percocet', route: 'mouth', status: 'current' }],
			supplements: [],
			noneTaken: undefined
		},
		'medication-details': {
			entries: [
				{
					list: 'medications',
					index: 0,
					name: 'Percocet',
					frequency: 'as-needed',
					lastDoseDate: daysAgo(20)
				}
			]
		}
	};
	return buildAnswers(deepMerge(percocet, overrides));
}

/** A step's answer, as the step form posts it (lists as `list[i].field`). */
export function stepForm(stepId: StepId, values: Record<string, unknown>): [string, string][] {
	const step = steps.find((s) => s.id === stepId)!;
	const out: [string, string][] = [];
	for (const q of step.questions as readonly AnyQuestion[]) {
		const value = values[q.key];
		if (value === undefined) continue;
		if (q.item && Array.isArray(value)) {
			value.forEach((row: Record<string, unknown>, i) => {
				for (const [k, v] of Object.entries(row)) out.push([`${q.key}[${i}].${k}`, String(v)]);
			});
		} else if (Array.isArray(value)) {
			if (value.length === 0) out.push([q.key, NONE_VALUE]);
			for (const v of value) out.push([q.key, String(v)]);
		} else out.push([q.key, String(value)]);
	}
	return out;
}
