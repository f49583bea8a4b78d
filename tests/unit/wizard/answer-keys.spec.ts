import { describe, expect, it } from 'vitest';
import { getStep } from '$lib/intake';
import { defaultAnswers } from '$lib/intake/testing';
import { answerTextKeys } from '$lib/wizard/answer-keys';

describe('answerTextKeys', () => {
	it('lists the titles, labels and the options actually chosen', () => {
		const keys = answerTextKeys([getStep('about'), getStep('health')], defaultAnswers);
		expect(keys).toContain('intake_step_about_title');
		expect(keys).toContain('intake_about_first_name_label');
		expect(keys).toContain('intake_contact_email');
		expect(keys).toContain('intake_sex_female');
		expect(keys).toContain('intake_unit_drinks');
		expect(keys).toContain('review_not_answered');
		expect(keys).not.toContain('intake_sex_male');
		expect(new Set(keys).size).toBe(keys.length);
	});
});
