import { describe, expect, it } from 'vitest';
import { getStep, steps } from '$lib/intake';
import type { AnyQuestion } from '$lib/intake/questions';
import { isShown as shownWhen } from '$lib/intake/show-when';
import { isShown, questionTextKeys, toQuestionView, toStepView } from '$lib/wizard/view';

const conditional = steps.flatMap((s) =>
	(s.questions as readonly AnyQuestion[])
		.filter((q) => q.when)
		.map((q) => [`${s.id}.${q.key}`, q, s.questions as readonly AnyQuestion[]] as const)
);

describe('conditions as data', () => {
	it('every condition names a choice question of its step and answers it offers', () => {
		expect(conditional.length).toBeGreaterThan(0);
		for (const [path, q, siblings] of conditional) {
			const source = siblings.find((s) => s.key === q.when!.key);
			expect(source?.options, path).toBeDefined();
			const offered = source!.options!.map((o) => o.value);
			for (const value of q.when!.values) expect(offered, path).toContain(value);
		}
	});

	it.each(conditional)(
		'%s: shown exactly for its answers, on server and in the browser',
		(_, q, siblings) => {
			const source = siblings.find((s) => s.key === q.when!.key)!;
			const view = toQuestionView(q);
			for (const option of source.options ?? []) {
				const answer = source.kind === 'multi' ? [option.value] : option.value;
				const expected = q.when!.values.includes(option.value);
				expect(isShown(view, { [source.key]: answer }), option.value).toBe(expected);
				expect(shownWhen(q.when, { [source.key]: answer })).toBe(expected);
			}
			expect(isShown(view, {})).toBe(false);
		}
	);

	it('reads a multiple choice by any of its answers, and nothing else as an answer', () => {
		const when = { key: 'goals', values: ['other'] };
		expect(shownWhen(when, { goals: ['pain', 'other'] })).toBe(true);
		expect(shownWhen(when, { goals: ['pain'] })).toBe(false);
		expect(shownWhen(when, { goals: 'other' })).toBe(true);
		expect(shownWhen(when, { goals: { other: true } })).toBe(false);
		expect(shownWhen(undefined, {})).toBe(true);
	});
});

describe('toStepView', () => {
	it('is plain data: no schema, no functions, and survives JSON', () => {
		for (const step of steps) {
			const view = toStepView(step);
			expect(JSON.parse(JSON.stringify(view))).toEqual(view);
			expect(JSON.stringify(view)).not.toContain('schema');
		}
		const health = toStepView(getStep('health'));
		expect(health.questions.find((q) => q.key === 'transplantDetails')?.showWhen).toEqual({
			key: 'transplant',
			values: ['other']
		});
		const meds = toStepView(getStep('medications'));
		expect(meds.questions[0]?.item?.map((q) => q.key)).toEqual([
			'name',
			'dose',
			'route',
			'status',
			'reason',
			'typedName',
			'nameChecked'
		]);
	});
});

describe('the "no medicines" box', () => {
	it('is left to the step check, so the form does not mark it "(optional)"', () => {
		const box = toStepView(getStep('medications')).questions.find((q) => q.key === 'noneTaken');
		expect(box).toMatchObject({ optional: true, checkedByStep: true });
		const dose = toStepView(getStep('medications')).questions[0]?.item?.find(
			(q) => q.key === 'dose'
		);
		expect(dose?.checkedByStep).toBeUndefined();
	});
});

describe('questionTextKeys', () => {
	it('lists labels, help, options, units and list fields', () => {
		const keys = questionTextKeys(toStepView(getStep('health')).questions);
		expect(keys).toContain('intake_health_liver_label');
		expect(keys).toContain('intake_health_liver_help');
		expect(keys).toContain('intake_option_none_of_these');
		expect(keys).toContain('intake_liver_cirrhosis');
		expect(keys).toContain('intake_unit_drinks');
		const detailKeys = questionTextKeys(toStepView(getStep('medication-details')).questions);
		expect(detailKeys).toContain('intake_details_last_dose_date_label');
	});
});
