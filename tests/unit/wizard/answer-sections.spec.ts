import { describe, expect, it } from 'vitest';
import { getStep } from '$lib/intake';
import { buildAnswers, defaultAnswers } from '$lib/intake/testing';
import { answerSections, sectionTextKeys } from '$lib/intake/answer-sections';

describe('answerSections', () => {
	it('formats every shown question, leaving out conditional ones that did not apply', () => {
		const [about, health] = answerSections([getStep('about'), getStep('health')], defaultAnswers);
		expect(about?.rows.find((r) => r.key === 'preferredContact')?.answer).toEqual({
			type: 'message',
			key: 'intake_contact_email'
		});
		expect(about?.rows.find((r) => r.key === 'heardAbout')?.answer).toEqual({
			type: 'message',
			key: 'review_not_answered'
		});
		expect(health?.rows.map((r) => r.key)).not.toContain('transplantDetails');
		expect(health?.rows.map((r) => r.key)).not.toContain('ldnDoseMg');
	});

	it('heads each medicine follow-up with the medicine', () => {
		const answers = buildAnswers({
			medications: {
				medications: [{ name: 'Percocet', route: 'mouth', status: 'current' }],
				supplements: []
			},
			'medication-details': {
				entries: [{ list: 'medications', index: 0, name: 'Percocet', lastDoseDate: '2026-01-02' }]
			}
		});
		const [details] = answerSections([getStep('medication-details')], answers);
		const entry = details?.rows[0]?.entries?.[0];
		expect(entry?.name).toBe('Percocet');
		expect(entry?.answer).toEqual({
			type: 'fields',
			fields: [
				{
					labelKey: 'intake_details_last_dose_date_label',
					value: { type: 'date', iso: '2026-01-02' }
				}
			]
		});
	});
});

describe('sectionTextKeys', () => {
	it('lists the titles, labels and the options actually chosen, once each', () => {
		const keys = sectionTextKeys(
			answerSections([getStep('about'), getStep('health')], defaultAnswers)
		);
		expect(keys).toContain('intake_step_about_title');
		expect(keys).toContain('intake_about_first_name_label');
		expect(keys).toContain('intake_sex_female');
		// A number and its unit is rendered with the number, so its plural form is right.
		expect(keys).toContainEqual({ key: 'intake_unit_drinks', params: expect.anything() });
		expect(keys).toContain('review_not_answered');
		expect(keys).not.toContain('intake_sex_male');
		expect(new Set(keys.map((k) => JSON.stringify(k))).size).toBe(keys.length);
	});
});
