import { describe, expect, it } from 'vitest';
import { getStep, steps } from '$lib/intake';
import type { AnyQuestion } from '$lib/intake/questions';
import { conditionOf, isShown, questionTextKeys, toStepView } from '$lib/wizard/view';

const conditional = steps.flatMap((s) =>
	(s.questions as readonly AnyQuestion[])
		.filter((q) => q.when)
		.map((q) => [`${s.id}.${q.key}`, q, s.questions as readonly AnyQuestion[]] as const)
);

describe('conditionOf', () => {
	it('finds a data form for every conditional question of the questionnaire', () => {
		expect(conditional.length).toBeGreaterThan(0);
		for (const [, q, siblings] of conditional) expect(conditionOf(q, siblings)).toBeDefined();
	});

	it.each(conditional)(
		'%s: the data form agrees with `when` for every answer',
		(_, q, siblings) => {
			const condition = conditionOf(q, siblings)!;
			const source = siblings.find((s) => s.key === condition.key)!;
			for (const option of source.options ?? []) {
				const answer = source.kind === 'multi' ? [option.value] : option.value;
				const view = { ...q, showWhen: condition };
				expect(isShown(view, { [source.key]: answer }), option.value).toBe(
					q.when!({ [source.key]: answer })
				);
			}
			expect(isShown({ ...q, showWhen: condition }, {})).toBe(false);
		}
	);

	it('leaves out a condition that does not depend on a choice of the step', () => {
		const q = { ...getStep('goals').questions[1], when: () => false } as AnyQuestion;
		expect(conditionOf(q, getStep('goals').questions)).toBeUndefined();
		const always = { ...q, when: () => true } as AnyQuestion;
		expect(conditionOf(always, getStep('goals').questions)).toBeUndefined();
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
