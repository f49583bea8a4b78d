import { describe, expect, it } from 'vitest';
import { intakeSchema, medicationEntries, QUESTIONNAIRE_VERSION } from './answers';
import { buildAnswers, defaultAnswers } from './testing';

describe('intakeSchema', () => {
	it('accepts the default test intake', () => {
		expect(intakeSchema.parse(defaultAnswers)).toEqual(defaultAnswers);
		expect(QUESTIONNAIRE_VERSION).toMatch(/^\d{4}-\d{2}\.\d+$/);
	});

	it('rejects a missing step with its path', () => {
		const { health: _health, ...rest } = defaultAnswers;
		const result = intakeSchema.safeParse(rest);
		expect(result.success).toBe(false);
		expect(result.error?.issues[0]?.path).toEqual(['health']);
	});
});

describe('medicationEntries', () => {
	it('lists medications then supplements, each joined with its follow-up', () => {
		const answers = buildAnswers(
			{
				medications: {
					medications: [
						{ name: 'Norco', route: 'mouth', status: 'current' },
						{ name: 'Synthroid', dose: '50 mcg', route: 'mouth', status: 'current' }
					],
					supplements: [{ name: 'kratom', route: 'mouth', status: 'current' }]
				},
				'medication-details': {
					entries: [
						{ list: 'supplements', index: 0, frequency: 'scheduled', lastDoseDate: '2026-01-02' },
						{ list: 'medications', index: 0, frequency: 'as-needed', lastDoseDate: '2026-01-01' }
					]
				}
			},
			{ today: '2026-01-05' }
		);
		expect(medicationEntries(answers)).toEqual([
			{
				list: 'medications',
				index: 0,
				name: 'Norco',
				route: 'mouth',
				status: 'current',
				frequency: 'as-needed',
				lastDoseDate: '2026-01-01'
			},
			{
				list: 'medications',
				index: 1,
				name: 'Synthroid',
				dose: '50 mcg',
				route: 'mouth',
				status: 'current'
			},
			{
				list: 'supplements',
				index: 0,
				name: 'kratom',
				route: 'mouth',
				status: 'current',
				frequency: 'scheduled',
				lastDoseDate: '2026-01-02'
			}
		]);
	});
});
