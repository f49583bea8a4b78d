import { describe, expect, it } from 'vitest';
import { formatAnswer } from './format';
import type { AnyQuestion } from './questions';
import { getStep } from './steps';

const question = (stepId: Parameters<typeof getStep>[0], key: string): AnyQuestion => {
	const found = (getStep(stepId).questions as readonly AnyQuestion[]).find((q) => q.key === key);
	if (!found) throw new Error(key);
	return found;
};

describe('formatAnswer', () => {
	it('shows choices and yes/no answers by their option label keys', () => {
		expect(formatAnswer(question('health', 'breastfeeding'), 'no')).toEqual({
			type: 'message',
			key: 'intake_option_no'
		});
		expect(formatAnswer(question('health', 'kidney'), 'ckd')).toEqual({
			type: 'message',
			key: 'intake_kidney_ckd'
		});
		expect(formatAnswer(question('consent', 'privacyNotice'), 'accepted')).toEqual({
			type: 'message',
			key: 'intake_option_accepted'
		});
	});

	it('shows "not answered" for blanks and "none" for an empty check-box list', () => {
		expect(formatAnswer(question('health', 'allergies'), '')).toEqual({
			type: 'message',
			key: 'review_not_answered'
		});
		expect(formatAnswer(question('health', 'liver'), [])).toEqual({
			type: 'message',
			key: 'intake_option_none_of_these'
		});
		expect(formatAnswer(question('health', 'sleep'), ['insomnia', 'nightmares'])).toEqual({
			type: 'list',
			items: [
				{ type: 'message', key: 'intake_sleep_insomnia' },
				{ type: 'message', key: 'intake_sleep_nightmares' }
			]
		});
	});

	it('shows numbers with their unit, states by name, and typed text as typed', () => {
		expect(formatAnswer(question('health', 'ldnDoseMg'), 4.5)).toEqual({
			type: 'message',
			key: 'intake_unit_mg',
			params: { value: 4.5 }
		});
		expect(formatAnswer(question('about', 'state'), 'TX')).toEqual({
			type: 'text',
			text: 'Texas (TX)'
		});
		expect(formatAnswer(question('about', 'firstName'), 'Ana')).toEqual({
			type: 'text',
			text: 'Ana'
		});
		// Dates go out as dates, written in the reader's language by the page (not as ISO text).
		expect(formatAnswer(question('about', 'dateOfBirth'), '1980-04-12')).toEqual({
			type: 'date',
			iso: '1980-04-12'
		});
		expect(formatAnswer(question('about', 'dateOfBirth'), 'soon')).toEqual({
			type: 'text',
			text: 'soon'
		});
	});

	it('shows each medication as its answered fields, and an empty list as none', () => {
		const meds = question('medications', 'medications');
		expect(formatAnswer(meds, [])).toEqual({ type: 'message', key: 'review_none_listed' });
		expect(
			formatAnswer(meds, [{ name: 'Norco', route: 'mouth', status: 'current', dose: '' }])
		).toEqual({
			type: 'list',
			items: [
				{
					type: 'fields',
					fields: [
						{ labelKey: 'intake_medication_name_label', value: { type: 'text', text: 'Norco' } },
						{
							labelKey: 'intake_medication_route_label',
							value: { type: 'message', key: 'intake_route_mouth' }
						},
						{
							labelKey: 'intake_medication_status_label',
							value: { type: 'message', key: 'intake_status_current' }
						}
					]
				}
			]
		});
	});

	it('hides the bookkeeping fields of a follow-up', () => {
		const entries = question('medication-details', 'entries');
		const shown = formatAnswer(entries, [
			{ list: 'medications', index: 0, name: 'Norco', lastDoseDate: '2026-01-01' }
		]);
		expect(shown).toEqual({
			type: 'list',
			items: [
				{
					type: 'fields',
					fields: [
						{
							labelKey: 'intake_details_last_dose_date_label',
							value: { type: 'date', iso: '2026-01-01' }
						}
					]
				}
			]
		});
	});
});
