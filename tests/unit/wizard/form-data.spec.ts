import { describe, expect, it } from 'vitest';
import { getStep, steps } from '$lib/intake';
import type { AnyQuestion } from '$lib/intake/questions';
import { buildAnswers } from '$lib/intake/testing';
import {
	NONE_VALUE,
	fieldId,
	parseStepForm,
	postedRowCounts,
	postedRows,
	ROW_SLACK,
	rowFieldName,
	rowsOutOfRange
} from '$lib/wizard/form-data';
import { toFormData } from './encode';

const questionsOf = (id: Parameters<typeof getStep>[0]) =>
	getStep(id).questions as readonly AnyQuestion[];
const form = (entries: [string, string][]) => {
	const data = new FormData();
	for (const [k, v] of entries) data.append(k, v);
	return data;
};

const complete = buildAnswers(
	{
		medications: {
			medications: [
				{ name: 'Percocet', route: 'mouth', status: 'current', dose: '5/325 mg' },
				{ name: 'Humira', route: 'injection', status: 'stopped', reason: 'Crohn' }
			],
			supplements: [{ name: 'kratom', route: 'mouth', status: 'current' }]
		},
		'medication-details': {
			entries: [
				{
					list: 'medications',
					index: 0,
					name: 'Percocet',
					frequency: 'as-needed',
					lastDoseDate: '2026-01-02'
				},
				{
					list: 'supplements',
					index: 0,
					name: 'kratom',
					frequency: 'scheduled',
					lastDoseDate: '2026-01-03'
				}
			]
		},
		health: {
			liver: ['cirrhosis'],
			ldnCurrent: 'yes',
			ldnDoseMg: 4.5,
			ldnForm: 'capsule',
			ldnFiller: 'unknown'
		}
	},
	{ today: '2026-06-01' }
);

describe('parseStepForm', () => {
	it.each(steps.map((s) => [s.id, s] as const))(
		'reads back what the %s form posts, so the schema sees the same answers',
		(id, step) => {
			const values = complete[id as keyof typeof complete] as Record<string, unknown>;
			const questions = step.questions as readonly AnyQuestion[];
			expect(parseStepForm(questions, toFormData(questions, values))).toEqual(values);
		}
	);

	it('reads blank inputs as unanswered, so the schema says "required"', () => {
		const parsed = parseStepForm(
			questionsOf('about'),
			form([
				['firstName', '  '],
				['state', '']
			])
		);
		expect(parsed).toEqual({});
		const result = getStep('about').schema.safeParse(parsed);
		expect(result.error?.issues.find((i) => i.path[0] === 'firstName')?.message).toBe(
			'error_required'
		);
	});

	it('reads numbers, a decimal comma included, and keeps what is not a number as typed', () => {
		const health = questionsOf('health');
		const read = (value: string) =>
			parseStepForm(health, form([['alcoholDrinksPerWeek', value]])).alcoholDrinksPerWeek;
		expect(read('3')).toBe(3);
		expect(read(' 4,5 ')).toBe(4.5);
		expect(read('0.5')).toBe(0.5);
		expect(read('two')).toBe('two');
		expect(read('1e3')).toBe('1e3');
		expect(read('')).toBeUndefined();
	});

	it('reads check-box groups: "None of these" is [], real options win, nothing ticked is unanswered', () => {
		const health = questionsOf('health');
		const liver = (...ticked: string[]) =>
			parseStepForm(health, form(ticked.map((v) => ['liver', v]))).liver;
		expect(liver()).toBeUndefined();
		expect(liver(NONE_VALUE)).toEqual([]);
		expect(liver('cirrhosis', NONE_VALUE)).toEqual(['cirrhosis']);
		// A group without a "None of these" box reads as [] when nothing is ticked.
		expect(parseStepForm(questionsOf('conditions'), form([])).conditions).toEqual([]);
	});

	it('drops blank list rows and keeps the others in order', () => {
		const meds = questionsOf('medications');
		const posted = form([
			[rowFieldName('medications', 0, 'name'), ''],
			[rowFieldName('medications', 0, 'dose'), ''],
			[rowFieldName('medications', 1, 'name'), 'Norco'],
			[rowFieldName('medications', 2, 'route'), 'mouth'],
			[rowFieldName('medications', 10, 'name'), 'Tylenol']
		]);
		expect(parseStepForm(meds, posted)).toEqual({
			medications: [{ name: 'Norco' }, { route: 'mouth' }, { name: 'Tylenol' }],
			supplements: []
		});
		expect(postedRows(meds[0]!, posted).map((r) => r.index)).toEqual([1, 2, 10]);
		expect(postedRowCounts(meds, posted)).toEqual({ medications: 4, supplements: 0 });
	});
});

describe('fieldId', () => {
	it('turns an answer path into an element id', () => {
		expect(fieldId('medications.2.name')).toBe('f-medications-2-name');
	});
});

describe('rowsOutOfRange', () => {
	const medications = questionsOf('medications');
	it('lets through the rows a form of ours can post, blank ones and a few past the limit', () => {
		expect(rowsOutOfRange(medications, form([['medications[0].name', 'a']]))).toBe(false);
		const last = 30 + ROW_SLACK - 1;
		expect(rowsOutOfRange(medications, form([[`supplements[${last}].name`, '']]))).toBe(false);
	});
	it('refuses a post naming rows no page shows, in any list', () => {
		expect(rowsOutOfRange(medications, form([[`medications[${30 + ROW_SLACK}].name`, 'a']]))).toBe(
			true
		);
		expect(
			rowsOutOfRange(medications, form([['supplements[99999999999999999999].dose', '']]))
		).toBe(true);
		const details = questionsOf('medication-details');
		expect(rowsOutOfRange(details, form([['entries[64].frequency', 'scheduled']]))).toBe(false);
		expect(rowsOutOfRange(details, form([['entries[65].frequency', 'scheduled']]))).toBe(true);
	});
});
