// The wizard while answering a request for more information: only the reopened pages (and those
// the patient's changes make necessary), then the review page; and the clinician's "What changed".
import { describe, expect, it } from 'vitest';
import {
	editableSteps,
	reopenableSteps,
	sameAnswers,
	type DraftAnswers,
	type ReopenedIntake
} from '$lib/intake';
import { defaultAnswers } from '$lib/intake/testing';
import { answerChanges, changeTextKeys } from '$lib/intake/answer-diff';
import {
	reopenFirstToDo,
	reopenNext,
	reopenPrevious,
	reopenProgress,
	reopenRedirect
} from '$lib/server/wizard/reopen';

const sent: DraftAnswers = defaultAnswers;
const reopened: ReopenedIntake = { steps: ['medications', 'goals'], before: sent };
const percocet = {
	medications: [{ name: 'Percocet', route: 'mouth' as const, status: 'current' as const }],
	supplements: []
};
const withPercocet: DraftAnswers = { ...sent, medications: percocet };
const details = {
	entries: [
		{
			list: 'medications' as const,
			index: 0,
			name: 'Percocet',
			frequency: 'as-needed' as const,
			lastDoseDate: '2026-01-01'
		}
	]
};

describe('which pages a request can reopen, and which the patient may open', () => {
	it('never reopens the consent, nor a page that does not apply', () => {
		expect(reopenableSteps(sent)).toEqual([
			'about',
			'conditions',
			'medications',
			'health',
			'goals'
		]);
		expect(reopenableSteps({ ...withPercocet, 'medication-details': details })).toContain(
			'medication-details'
		);
	});

	it('opens the reopened pages, then those the changes made necessary or changed', () => {
		expect(editableSteps(sent, reopened)).toEqual(['medications', 'goals']);
		expect(editableSteps(withPercocet, reopened)).toEqual([
			'medications',
			'medication-details',
			'goals'
		]);
		const answered = { ...withPercocet, 'medication-details': details };
		expect(editableSteps(answered, reopened)).toEqual([
			'medications',
			'medication-details',
			'goals'
		]);
		// Back to the list as sent: the details no longer apply, so the page closes again.
		expect(editableSteps({ ...answered, medications: sent.medications }, reopened)).toEqual([
			'medications',
			'goals'
		]);
	});

	it('compares answers whatever the order of their keys', () => {
		expect(sameAnswers({ a: 1, b: [{ c: 2, d: 3 }] }, { b: [{ d: 3, c: 2 }], a: 1 })).toBe(true);
		expect(sameAnswers({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
	});
});

describe('moving through a reopened intake', () => {
	it('sends any closed page to the first open one, and waits for pages still to do', () => {
		expect(reopenRedirect(sent, reopened, 'about')).toBe('medications');
		expect(reopenRedirect(sent, reopened, 'consent')).toBe('medications');
		expect(reopenRedirect(sent, reopened, 'goals')).toBeNull();
		expect(reopenRedirect(sent, reopened, 'review')).toBeNull();
		expect(reopenRedirect(withPercocet, reopened, 'review')).toBe('medication-details');
		expect(reopenRedirect(withPercocet, reopened, 'health')).toBe('medication-details');
		expect(reopenFirstToDo(withPercocet, reopened)).toBe('medication-details');
		expect(reopenFirstToDo(sent, reopened)).toBe('review');
	});

	it('goes forward and back among the open pages, counting only them', () => {
		expect(reopenNext(sent, reopened, 'medications')).toBe('goals');
		expect(reopenNext(withPercocet, reopened, 'medications')).toBe('medication-details');
		expect(reopenNext(sent, reopened, 'goals')).toBe('review');
		expect(reopenPrevious(sent, reopened, 'goals')).toBe('medications');
		expect(reopenPrevious(sent, reopened, 'medications')).toBeNull();
		expect(reopenPrevious(sent, reopened, 'review')).toBe('goals');
		expect(reopenProgress(sent, reopened, 'medications')).toEqual({ current: 1, total: 3 });
		expect(reopenProgress(withPercocet, reopened, 'review')).toEqual({ current: 4, total: 4 });
	});
});

describe('what changed', () => {
	it('lists each changed question once, before → after, in questionnaire order', () => {
		const after: DraftAnswers = {
			...sent,
			medications: percocet,
			'medication-details': details,
			health: { ...sent.health!, sleep: ['insomnia'], alcoholDrinksPerWeek: 2 }
		};
		const changed = answerChanges(sent, after);
		expect(changed.map((s) => [s.id, s.changes.map((c) => c.key)])).toEqual([
			// The default intake's "none to list" goes when a medicine is listed.
			['medications', ['medications', 'noneTaken']],
			['medication-details', ['entries']],
			['health', ['sleep']]
		]);
		const [meds] = changed[0]!.changes;
		expect(meds!.before?.answer).toEqual({ type: 'message', key: 'review_none_listed' });
		expect(JSON.stringify(meds!.after)).toContain('Percocet');
		expect(changed[1]!.changes[0]!.before).toBeNull();
		expect(changeTextKeys(changed)).toEqual(
			expect.arrayContaining([
				'intake_step_medications_title',
				'intake_health_sleep_label',
				'intake_sleep_insomnia',
				'review_none_listed'
			])
		);
	});

	it('is empty when nothing changed', () => {
		expect(answerChanges(sent, structuredClone(sent))).toEqual([]);
	});
});
