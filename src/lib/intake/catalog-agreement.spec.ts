// The questionnaire against the real screening catalog and matcher: the follow-up questions are
// asked for exactly the medicines the rules need them for, and the condition ids agree.
import { describe, expect, it } from 'vitest';
import { conditionIds } from '../screening/catalog/conditions';
import { applicableSteps, firstIncompleteStep, intakeSchema, type DraftAnswers } from './answers';
import { CONDITION_IDS } from './conditions';
import { catalogMatcher } from '../screening/medicine-matcher';
import { followUpFieldsFor } from './follow-up';
import { buildAnswers, defaultAnswers } from './testing';
import type { Route } from './values';

const asked = (name: string, status: 'current' | 'stopped' = 'current', route?: Route) =>
	followUpFieldsFor({ name, status, route }, catalogMatcher(name, route ? { route } : {})).map(
		(f) => `${f.field}${f.required ? '' : '?'}`
	);

describe('follow-up questions with the catalog matcher', () => {
	it.each([
		['oxycontin 20mg', 'current', ['frequency?', 'lastDoseDate']],
		['hydrocodon 10/325', 'current', ['frequency?', 'lastDoseDate']],
		['Tylenol 3', 'stopped', ['frequency?', 'lastDoseDate']],
		['tramadal', 'current', ['frequency?', 'lastDoseDate']],
		['Suboxone', 'current', ['frequency?', 'lastDoseDate']],
		['Sublocade', 'stopped', ['frequency?', 'lastDoseDate']],
		['kratom', 'current', ['frequency?', 'lastDoseDate']],
		['LDN', 'current', ['frequency?', 'lastDoseDate', 'dailyAmountMg?']],
		['Vivitrol', 'current', ['frequency?', 'lastDoseDate']],
		['imodium ad', 'current', ['frequency?', 'dailyAmountMg?']],
		['Humira', 'stopped', ['lastDoseDate?']],
		['prednisone', 'stopped', ['courseDays?', 'lastDoseDate?']]
	] as const)('%s (%s) asks %j', (name, status, expected) => {
		expect(asked(name, status)).toEqual(expected);
	});

	it.each([
		['Tylenol', 'current'],
		['trazodone', 'current'],
		['hydroxyzine', 'current'],
		['methocarbamol', 'current'],
		['Robitussin DM', 'current'],
		['narcan', 'current'],
		['Humira', 'current'],
		['prednisone', 'current'],
		['synthroid', 'current'],
		['vitamin D', 'current'],
		['', 'current']
	] as const)('%s (%s) asks nothing', (name, status) => {
		expect(asked(name, status)).toEqual([]);
	});
});

describe('medication details with the catalog matcher', () => {
	const withNorco = {
		...defaultAnswers,
		medications: {
			medications: [
				{ name: 'synthroid', route: 'mouth', status: 'current' },
				{ name: 'Norco', route: 'mouth', status: 'current' }
			],
			supplements: []
		}
	} satisfies DraftAnswers;

	it('apply only when an entry needs follow-up', () => {
		expect(applicableSteps(withNorco).map((s) => s.id)).toContain('medication-details');
		const thyroidOnly = {
			...withNorco,
			medications: { medications: [withNorco.medications.medications[0]!], supplements: [] }
		} satisfies DraftAnswers;
		expect(applicableSteps(thyroidOnly).map((s) => s.id)).not.toContain('medication-details');
	});

	it('are required by the whole-intake schema, with the last dose date', () => {
		expect(intakeSchema.safeParse(withNorco).error?.issues).toMatchObject([
			{ path: ['medication-details'], message: 'error_required' }
		]);
		const noDate = {
			...withNorco,
			'medication-details': { entries: [{ list: 'medications', index: 1 }] }
		};
		expect(intakeSchema.safeParse(noDate).error?.issues).toMatchObject([
			{ path: ['medication-details', 'entries', 0, 'lastDoseDate'], message: 'error_required' }
		]);
		expect(firstIncompleteStep(noDate as DraftAnswers)).toBe('medication-details');
	});

	it('may be left out when every follow-up question is optional', () => {
		const stoppedHumira = buildAnswers({
			medications: { medications: [{ name: 'Humira', route: 'injection', status: 'stopped' }] }
		});
		expect(stoppedHumira).not.toHaveProperty('medication-details');
	});

	it('are dropped when no entry needs them any more', () => {
		const stale = buildAnswers({
			medications: { medications: [{ name: 'synthroid', route: 'mouth', status: 'current' }] },
			'medication-details': {
				entries: [{ list: 'medications', index: 1, lastDoseDate: '2026-01-01' }]
			}
		});
		expect(stale).not.toHaveProperty('medication-details');
	});

	it('must point at the entry they were given for', () => {
		const shifted = {
			...withNorco,
			'medication-details': {
				entries: [
					{ list: 'medications', index: 0, frequency: 'as-needed', lastDoseDate: '2026-01-01' }
				]
			}
		};
		expect(intakeSchema.safeParse(shifted).error?.issues).toMatchObject([
			{ path: ['medication-details', 'entries', 0], message: 'error_follow_up_mismatch' },
			{ path: ['medication-details', 'entries'], message: 'error_follow_up_mismatch' }
		]);
	});
});

describe('condition ids', () => {
	it('are the condition catalog ids, in the same order', () => {
		expect([...CONDITION_IDS]).toEqual([...conditionIds]);
	});
});
