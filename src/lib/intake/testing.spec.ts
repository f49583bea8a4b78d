import { describe, expect, it } from 'vitest';
import type { IntakeAnswers } from './answers';
import {
	buildAnswers,
	buildUncheckedAnswers,
	deepMerge,
	defaultAnswers,
	type DeepPartial
} from './testing';

describe('buildAnswers', () => {
	it('deep-merges overrides over a valid intake: objects merge, arrays replace', () => {
		const answers = buildAnswers({
			about: { state: 'FL' },
			health: {
				sleep: ['insomnia'],
				ldnCurrent: 'yes',
				ldnDoseMg: 3,
				ldnForm: 'capsule',
				ldnFiller: 'unknown'
			}
		});
		expect(answers.about.state).toBe('FL');
		expect(answers.about.firstName).toBe(defaultAnswers.about.firstName);
		expect(answers.health.sleep).toEqual(['insomnia']);
		expect(answers.health.ldnDoseMg).toBe(3);
	});

	it('removes a key set to undefined and throws for an invalid intake', () => {
		expect(deepMerge({ a: 1, b: { c: 2 } }, { b: undefined })).toEqual({ a: 1 });
		expect(() => buildAnswers({ health: { ldnCurrent: 'yes' } })).toThrow(/ldnDoseMg/);
	});

	it('validates dates as of the given day', () => {
		const kratom: DeepPartial<IntakeAnswers> = {
			medications: { supplements: [{ name: 'kratom', route: 'mouth', status: 'current' }] },
			'medication-details': {
				entries: [{ list: 'supplements', index: 0, lastDoseDate: '2031-05-01' }]
			}
		};
		expect(() => buildAnswers(kratom)).toThrow(/error_date_in_future/);
		const later = buildAnswers(kratom, { today: '2031-05-02' });
		expect(later.medications.supplements).toHaveLength(1);
	});

	it('builds unchecked answers for rules robustness tests', () => {
		const answers = buildUncheckedAnswers({
			medications: { medications: [{ name: 'Norco', route: 'mouth', status: 'stopped' }] }
		});
		expect(answers.medications.medications).toHaveLength(1);
		expect(answers).not.toHaveProperty('medication-details');
	});
});
