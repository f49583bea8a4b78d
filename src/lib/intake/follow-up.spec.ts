// Follow-up rules against a stand-in matcher with the catalog's shape; catalog-agreement.spec.ts checks the
// same rules against the real catalog.
import { describe, expect, it } from 'vitest';
import {
	followUpFieldsFor,
	followUpFormEntries,
	followUpIssues,
	followUpItems,
	type MatchLike
} from './follow-up';

const matched = (
	classes: string[],
	tags: string[] = [],
	ingredients: string[] = []
): MatchLike => ({
	status: 'matched',
	entry: { classes, tags, ingredients }
});
const CATALOG: Record<string, MatchLike> = {
	norco: matched(['opioid-agonist'], [], ['acetaminophen', 'hydrocodone']),
	suboxone: matched(['opioid-partial-agonist']),
	kratom: matched(['opioid-partial-agonist'], ['kratom']),
	ldn: matched(['naltrexone-product'], ['ldn']),
	vivitrol: matched(['naltrexone-product'], ['vivitrol']),
	imodium: matched(['opioid-peripheral'], ['loperamide'], ['loperamide']),
	humira: matched(['biologic']),
	prednisone: matched(['corticosteroid-systemic']),
	synthroid: matched(['thyroid-hormone']),
	tylenol: { status: 'lookalike', entry: { classes: ['opioid-agonist'], ingredients: [] } }
};
const fakeMatch = (text: string): MatchLike =>
	CATALOG[text.toLowerCase()] ?? { status: 'unrecognised' };
const fields = (name: string, status: 'current' | 'stopped' = 'current') =>
	followUpFieldsFor({ name, status }, fakeMatch(name)).map(
		(f) => `${f.field}${f.required ? '' : '?'}`
	);

describe('followUpFieldsFor', () => {
	it.each([
		['Norco', 'current', ['frequency?', 'lastDoseDate']],
		['Norco', 'stopped', ['frequency?', 'lastDoseDate']],
		['Suboxone', 'current', ['frequency?', 'lastDoseDate']],
		['kratom', 'current', ['frequency?', 'lastDoseDate']],
		['LDN', 'current', ['frequency?', 'lastDoseDate', 'dailyAmountMg?']],
		['Vivitrol', 'stopped', ['frequency?', 'lastDoseDate']],
		['Imodium', 'current', ['frequency?', 'dailyAmountMg?']],
		['Humira', 'stopped', ['lastDoseDate?']],
		['Humira', 'current', []],
		['prednisone', 'stopped', ['courseDays?', 'lastDoseDate?']],
		['prednisone', 'current', []],
		['Synthroid', 'current', []],
		['Tylenol', 'current', []],
		['turmeric', 'current', []]
	] as const)('%s (%s) asks %j', (name, status, expected) => {
		expect(fields(name, status)).toEqual(expected);
	});
});

const medications = {
	medications: [
		{ name: 'Synthroid', status: 'current' as const },
		{ name: 'Norco', status: 'current' as const },
		{ name: 'Humira', status: 'stopped' as const }
	],
	supplements: [{ name: 'kratom', status: 'current' as const }]
};

describe('followUpItems', () => {
	it('lists the entries that need follow-up, medications first', () => {
		expect(followUpItems(medications, fakeMatch).map((i) => [i.list, i.index, i.name])).toEqual([
			['medications', 1, 'Norco'],
			['medications', 2, 'Humira'],
			['supplements', 0, 'kratom']
		]);
		expect(followUpItems(undefined, fakeMatch)).toEqual([]);
	});
});

describe('followUpIssues', () => {
	const complete = {
		entries: [
			{ list: 'medications', index: 1, frequency: 'as-needed', lastDoseDate: '2026-01-01' },
			{ list: 'medications', index: 2 },
			{
				list: 'supplements',
				index: 0,
				name: 'kratom',
				frequency: 'scheduled',
				lastDoseDate: '2026-01-02'
			}
		]
	};

	it('accepts answers for exactly the entries that need them', () => {
		expect(followUpIssues(medications, complete, fakeMatch)).toEqual([]);
	});

	it('requires the last dose date of an opioid, kratom or naltrexone entry', () => {
		const entries = complete.entries.map((e) =>
			e.index === 1 ? { ...e, lastDoseDate: undefined } : e
		);
		expect(followUpIssues(medications, { entries }, fakeMatch)).toEqual([
			{ path: ['entries', 0, 'lastDoseDate'], message: 'error_required' }
		]);
	});

	it('reports a missing follow-up and one that points at a changed entry', () => {
		const [, humira, kratom] = complete.entries;
		expect(followUpIssues(medications, { entries: [humira!, kratom!] }, fakeMatch)).toEqual([
			{ path: ['entries'], message: 'error_follow_up_mismatch' }
		]);
		const renamed = [...complete.entries.slice(0, 2), { ...kratom!, name: 'kava' }];
		expect(followUpIssues(medications, { entries: renamed }, fakeMatch)).toContainEqual({
			path: ['entries', 2],
			message: 'error_follow_up_mismatch'
		});
		const extra = [...complete.entries, { list: 'medications', index: 0 }];
		expect(followUpIssues(medications, { entries: extra }, fakeMatch)).toEqual([
			{ path: ['entries', 3], message: 'error_follow_up_mismatch' }
		]);
	});
});

describe('followUpFormEntries', () => {
	it('starts one entry per item and keeps saved answers for the same entry', () => {
		const saved = {
			entries: [{ list: 'medications', index: 1, name: 'Norco', frequency: 'scheduled' }]
		};
		expect(followUpFormEntries(medications, saved, fakeMatch)).toEqual([
			{ list: 'medications', index: 1, name: 'Norco', frequency: 'scheduled' },
			{ list: 'medications', index: 2, name: 'Humira' },
			{ list: 'supplements', index: 0, name: 'kratom' }
		]);
	});

	it('keeps the answers with their medicine when a row above it is removed or added', () => {
		const saved = {
			entries: [
				{ list: 'medications', index: 1, name: 'Norco', frequency: 'scheduled' },
				{ list: 'medications', index: 2, name: 'Humira', lastDoseDate: '2026-10-01' }
			]
		};
		// Norco's row removed: Humira moves up to index 1, its answers with it, none of Norco's.
		const removed = {
			...medications,
			medications: medications.medications.filter((m) => m.name !== 'Norco')
		};
		expect(followUpFormEntries(removed, saved, fakeMatch)).toEqual([
			{ list: 'medications', index: 1, name: 'Humira', lastDoseDate: '2026-10-01' },
			{ list: 'supplements', index: 0, name: 'kratom' }
		]);
		// A row added on top: both move down, each keeps its own answers.
		const added = {
			...medications,
			medications: [{ name: 'Vitamin D', status: 'current' as const }, ...medications.medications]
		};
		expect(followUpFormEntries(added, saved, fakeMatch).slice(0, 2)).toEqual([
			{ list: 'medications', index: 2, name: 'Norco', frequency: 'scheduled' },
			{ list: 'medications', index: 3, name: 'Humira', lastDoseDate: '2026-10-01' }
		]);
	});
});
