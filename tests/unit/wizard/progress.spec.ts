import { describe, expect, it } from 'vitest';
import type { DraftAnswers } from '$lib/intake';
import { defaultAnswers } from '$lib/intake/testing';
import { pagePath } from '$lib/wizard/links';
import {
	firstToDo,
	nextPage,
	previousPage,
	progressOf,
	redirectFor
} from '$lib/server/wizard/progress';

const withPercocet: DraftAnswers = {
	...defaultAnswers,
	medications: {
		medications: [{ name: 'Percocet', route: 'mouth', status: 'current' }],
		supplements: []
	},
	'medication-details': {
		entries: [
			{
				list: 'medications',
				index: 0,
				name: 'Percocet',
				frequency: 'as-needed',
				lastDoseDate: '2026-01-01'
			}
		]
	}
};

describe('firstToDo', () => {
	it('is the first applicable step not done, or review', () => {
		expect(firstToDo({})).toBe('consent');
		expect(firstToDo({ consent: defaultAnswers.consent })).toBe('about');
		expect(firstToDo(defaultAnswers)).toBe('review');
		expect(firstToDo(withPercocet)).toBe('review');
	});

	it('sends the patient back to the medicine details when the list changed since', () => {
		const renamed: DraftAnswers = {
			...withPercocet,
			medications: {
				medications: [{ name: 'Norco', route: 'mouth', status: 'current' }],
				supplements: []
			}
		};
		expect(firstToDo(renamed)).toBe('medication-details');
	});
});

describe('redirectFor', () => {
	const started: DraftAnswers = { consent: defaultAnswers.consent };
	it('lets a patient open any page up to the first one still to do', () => {
		expect(redirectFor(started, 'consent')).toBeNull();
		expect(redirectFor(started, 'about')).toBeNull();
		expect(redirectFor(defaultAnswers, 'about')).toBeNull();
		expect(redirectFor(defaultAnswers, 'review')).toBeNull();
	});

	it('sends a later page to the first one still to do', () => {
		expect(redirectFor(started, 'health')).toBe('about');
		expect(redirectFor(started, 'review')).toBe('about');
	});

	it('sends a step that does not apply to the next one to do', () => {
		expect(redirectFor(defaultAnswers, 'medication-details')).toBe('review');
		expect(redirectFor(started, 'medication-details')).toBe('about');
	});
});

describe('previousPage, nextPage and progressOf', () => {
	it('skip the steps that do not apply and count the review page', () => {
		expect(previousPage(defaultAnswers, 'consent')).toBeNull();
		expect(previousPage(defaultAnswers, 'health')).toBe('medications');
		expect(previousPage(withPercocet, 'health')).toBe('medication-details');
		expect(previousPage(defaultAnswers, 'review')).toBe('goals');
		expect(nextPage(defaultAnswers, 'medications')).toBe('health');
		expect(nextPage(withPercocet, 'medications')).toBe('medication-details');
		expect(nextPage(defaultAnswers, 'goals')).toBe('review');
		// The count never changes under the patient: 8 from the start, with or without details.
		expect(progressOf({}, 'consent')).toEqual({ current: 1, total: 8 });
		expect(progressOf(defaultAnswers, 'medications')).toEqual({ current: 4, total: 8 });
		expect(progressOf(withPercocet, 'medications')).toEqual({ current: 4, total: 8 });
		expect(progressOf(withPercocet, 'medication-details')).toEqual({ current: 5, total: 8 });
		expect(progressOf(defaultAnswers, 'health')).toEqual({ current: 6, total: 8 });
		expect(progressOf(defaultAnswers, 'review')).toEqual({ current: 8, total: 8 });
		expect(pagePath('review')).toBe('/intake/review');
		expect(pagePath('medication-details')).toBe('/intake/medication-details');
	});
});
