// Recognition (issue 12): medicine names as patients type them (tests/fixtures/recognition.tsv:
// brands, generics, strengths, misspellings, lay phrases and Spanish) are read in the right class,
// at least 98% of them, and no benign medicine on the list raises a caution or a contraindication.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classKey, getEntry } from '../../../src/lib/screening/catalog';
import { matchMedication, type MedicationMatch } from '../../../src/lib/screening/match';
import { run, withMeds } from './helpers';

interface Row {
	typed: string;
	/** A catalog entry id, an ATC (or project) class of the vocabulary, or 'ask'. */
	expected: string;
}

const rows: Row[] = readFileSync(
	join(import.meta.dirname, '../../fixtures/recognition.tsv'),
	'utf8'
)
	.split('\n')
	.filter((line) => line.trim() !== '' && !line.startsWith('#'))
	.map((line) => {
		const [typed = '', expected = ''] = line.split('\t');
		return { typed, expected };
	});

/** What a match was read as, in the terms of the list. */
function readAs(m: MedicationMatch): string {
	if (m.status === 'ambiguous' && !m.entry?.classes.length) return 'ask';
	if (m.entry?.vocabulary) return m.entry.vocabulary.class;
	return m.entry?.id ?? m.status;
}

/** Right: the same reading, or a catalog entry with the expected entry's classes and ingredients. */
function right(row: Row, m: MedicationMatch): boolean {
	const got = readAs(m);
	if (got === row.expected) return true;
	const expected = getEntry(row.expected);
	if (!expected || !m.entry || m.entry.vocabulary) return false;
	return (
		m.entry.classes.join() === expected.classes.join() &&
		m.entry.ingredients.join() === expected.ingredients.join()
	);
}

const benign = (row: Row) => {
	if (row.expected === 'ask') return false;
	const entry = getEntry(row.expected);
	return !entry || entry.classes.every((c) => classKey[c].rules.length === 0);
};

describe('recognition of medicine names as patients type them', () => {
	it('has a list of at least 500 names in English and Spanish', () => {
		expect(rows.length).toBeGreaterThanOrEqual(500);
		expect(new Set(rows.map((r) => r.typed)).size).toBe(rows.length);
	});

	it('reads at least 98% of them in the right class', () => {
		const wrong = rows
			.map((row) => ({ row, m: matchMedication(row.typed) }))
			.filter(({ row, m }) => !right(row, m))
			.map(({ row, m }) => `${row.typed}: expected ${row.expected}, read ${readAs(m)}`);
		const share = (rows.length - wrong.length) / rows.length;
		expect(share, wrong.join('\n')).toBeGreaterThanOrEqual(0.98);
	});

	it('never lets a benign medicine on the list raise a caution or a contraindication', () => {
		for (const row of rows.filter(benign)) {
			const result = run(withMeds({ name: row.typed }));
			const blocking = result.flags.filter((f) => f.severity !== 'info').map((f) => f.rule);
			expect(blocking, row.typed).toEqual([]);
		}
	});
});
