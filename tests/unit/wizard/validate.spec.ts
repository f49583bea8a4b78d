import { describe, expect, it } from 'vitest';
import { rowFieldName } from '$lib/wizard/form-data';
import { missingFollowUps, toPostedRows, validateStep } from '$lib/wizard/validate';
import { getStep } from '$lib/intake';
import type { AnyQuestion } from '$lib/intake/questions';

const form = (entries: [string, string][]) => {
	const data = new FormData();
	for (const [k, v] of entries) data.append(k, v);
	return data;
};

describe('validateStep', () => {
	it('reports the schema errors of a posted step as error keys by field', () => {
		const errors = validateStep(
			'about',
			form([
				['firstName', 'Alex'],
				['email', 'nope'],
				['phone', '12']
			])
		);
		expect(errors.firstName).toBeUndefined();
		expect(errors.lastName).toBe('error_required');
		expect(errors.email).toBe('error_invalid_email');
		expect(errors.phone).toBe('error_invalid_phone');
		expect(errors.preferredContact).toBe('error_required');
	});

	it('is empty for a valid step', () => {
		expect(
			validateStep(
				'consent',
				form([
					['privacyNotice', 'accepted'],
					['contactConsent', 'no'],
					['textConsent', 'no']
				])
			)
		).toEqual({});
	});

	it('points list errors at the rows as they are on the page', () => {
		const errors = validateStep(
			'medications',
			form([
				[rowFieldName('medications', 0, 'name'), 'Norco'],
				[rowFieldName('medications', 0, 'route'), 'mouth'],
				[rowFieldName('medications', 0, 'status'), 'current'],
				[rowFieldName('medications', 1, 'name'), ''],
				[rowFieldName('medications', 2, 'name'), 'Humira']
			])
		);
		expect(errors).toEqual({
			'medications.2.route': 'error_required',
			'medications.2.status': 'error_required'
		});
	});

	it('asks for the follow-up answers each medicine needs', () => {
		const entry = (field: string, value: string) =>
			[rowFieldName('entries', 0, field), value] as [string, string];
		const posted = form([
			entry('list', 'medications'),
			entry('index', '0'),
			entry('name', 'Norco')
		]);
		const errors = validateStep('medication-details', posted, [
			{
				fields: [
					{ field: 'frequency', required: true },
					{ field: 'lastDoseDate', required: true }
				]
			}
		]);
		expect(errors).toEqual({
			'entries.0.frequency': 'error_required',
			'entries.0.lastDoseDate': 'error_required'
		});
	});
});

describe('missingFollowUps', () => {
	it('ignores fields that may be left blank', () => {
		expect(
			missingFollowUps(
				[{ courseDays: '' }],
				[{ fields: [{ field: 'courseDays', required: false }] }]
			)
		).toEqual({});
	});
});

describe('toPostedRows', () => {
	it('leaves other paths alone', () => {
		const questions = getStep('medications').questions as readonly AnyQuestion[];
		expect(
			toPostedRows({ medications: 'error_too_many_items', x: 'y' }, questions, form([]))
		).toEqual({
			medications: 'error_too_many_items',
			x: 'y'
		});
	});
});
