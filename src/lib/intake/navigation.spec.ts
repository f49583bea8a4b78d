import { describe, expect, it } from 'vitest';
import { applicableSteps, firstIncompleteStep, nextStepId, type DraftAnswers } from './answers';
import { defaultAnswers } from './testing';

const noMedicines: DraftAnswers = { ...defaultAnswers };

describe('applicableSteps', () => {
	it('skips medication details when no medicine is listed', () => {
		expect(applicableSteps(noMedicines).map((s) => s.id)).toEqual([
			'consent',
			'about',
			'conditions',
			'medications',
			'health',
			'goals'
		]);
		expect(applicableSteps({}).map((s) => s.id)).not.toContain('medication-details');
	});
});

describe('nextStepId', () => {
	it('walks the applicable steps in order and ends at the review page', () => {
		expect(nextStepId({}, 'consent')).toBe('about');
		expect(nextStepId(noMedicines, 'medications')).toBe('health');
		expect(nextStepId(noMedicines, 'health')).toBe('goals');
		expect(nextStepId(noMedicines, 'goals')).toBeNull();
	});
});

describe('firstIncompleteStep', () => {
	it('is the first step with no answers, or with answers that no longer pass', () => {
		expect(firstIncompleteStep({})).toBe('consent');
		expect(firstIncompleteStep({ consent: defaultAnswers.consent })).toBe('about');
		expect(firstIncompleteStep(noMedicines)).toBeNull();
		const { conditions: _conditions, ...skipped } = defaultAnswers;
		expect(firstIncompleteStep(skipped)).toBe('conditions');
		const stale = { ...defaultAnswers, health: { ...defaultAnswers.health, kidney: 'gone' } };
		expect(firstIncompleteStep(stale as DraftAnswers)).toBe('health');
	});
});
