// The medicine vocabulary's data (issue 12): its format, its size and languages, its classes, and
// that it never contradicts the RULEBOOK catalog: it may add names to a class a rule reads, but it
// can never make a flagged medicine benign.
import { describe, expect, it } from 'vitest';
import { catalog, classKey, type CatalogEntry } from '../catalog';
import { matchMedication } from '../match';
import { lookupProblems, vocabularyEntries } from '../match/lookup';
import { vocabulary, vocabularyClasses, vocabularyFormatProblems } from './index';

const ruleRead = (entry: CatalogEntry) => entry.classes.filter((c) => classKey[c].rules.length > 0);

describe('the medicine vocabulary', () => {
	it('parses without a problem and joins the catalog without a conflict', () => {
		expect(vocabularyFormatProblems).toEqual([]);
		expect(lookupProblems).toEqual([]);
	});

	it('holds at least 1,500 names in English and Spanish, one row per name', () => {
		expect(vocabulary.length).toBeGreaterThanOrEqual(1500);
		expect(vocabulary.filter((r) => r.lang === 'es').length).toBeGreaterThanOrEqual(400);
		const seen = new Map<string, number>();
		for (const row of vocabulary) {
			const key = row.name.toLowerCase();
			expect(seen.get(key), `'${row.name}' on lines ${seen.get(key)} and ${row.line}`).toBe(
				undefined
			);
			seen.set(key, row.line);
		}
	});

	it('gives every class a name, a source and what rules read it', () => {
		const codes = new Set<string>();
		for (const cls of vocabularyClasses) {
			expect(codes.has(cls.code), cls.code).toBe(false);
			codes.add(cls.code);
			expect(cls.name.length).toBeGreaterThan(3);
			expect(cls.source).toMatch(/ATC|project class/);
			for (const read of cls.reads) expect(classKey[read].rules.length, read).toBeGreaterThan(0);
		}
		for (const row of vocabulary) expect(codes.has(row.class.code), row.name).toBe(true);
	});

	it('resolves every name in a class a rule reads to the catalog entry that carries it', () => {
		for (const row of vocabulary) {
			if (row.class.reads.length === 0 || row.class.partial || row.ask) continue;
			const m = matchMedication(row.name);
			expect(m.status, row.name).toBe('matched');
			expect(
				m.entry?.classes.some((c) => row.class.reads.includes(c)),
				`${row.name} → ${m.entry?.id}`
			).toBe(true);
		}
	});

	it('never gives a catalog name, or a flagged ingredient, to a benign entry', () => {
		const flaggedSingles = new Set(
			catalog
				.filter((e) => ruleRead(e).length > 0 && e.ingredients.length === 1)
				.map((e) => e.ingredients[0])
		);
		for (const entry of vocabularyEntries.values()) {
			expect(entry.classes).toEqual([]);
			if (entry.ingredients.length === 1) {
				expect(flaggedSingles.has(entry.ingredients[0]), entry.id).toBe(false);
			}
		}
		for (const entry of catalog) {
			for (const name of [entry.generic, ...entry.brands, ...entry.aliases]) {
				const m = matchMedication(name);
				expect(m.entry?.vocabulary, `${name} (${entry.id}) → ${m.entry?.id}`).toBeUndefined();
				if (ruleRead(entry).length > 0 && !entry.variantOf && m.status === 'matched') {
					expect(ruleRead(m.entry!).length, name).toBeGreaterThan(0);
				}
			}
		}
	});

	it('reads each name of a rule-read medicine in the same classes whatever its language', () => {
		for (const row of vocabulary) {
			const m = matchMedication(row.name);
			if (m.status !== 'matched' || !m.entry) continue;
			const english = vocabulary.find(
				(r) => r.lang === 'en' && r.ingredients.join() === row.ingredients.join() && !r.ask
			);
			if (!english) continue;
			expect(ruleRead(matchMedication(english.name).entry!), row.name).toEqual(ruleRead(m.entry));
		}
	});
});
