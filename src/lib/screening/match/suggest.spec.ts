import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { catalog } from '../catalog';
import { closeBound, closeNames, completions, fold } from './suggest';

describe('completions', () => {
	it('offers names that start with what was typed, shortest first', () => {
		expect(completions('ator')[0]).toBe('atorvastatin');
		expect(completions('Lip')).toContain('Lipitor');
		expect(completions('humi')).toEqual(['Humira']);
	});

	it('offers names with a word that starts with what was typed', () => {
		expect(completions('d3')).toContain('vitamin D3');
		expect(completions('fólico')).toContain('ácido fólico');
	});

	it('ignores case and accents', () => {
		expect(completions('ACIDO F')).toContain('ácido fólico');
		expect(completions('paracetamol')[0]).toBe('paracetamol');
	});

	it('offers nothing for one letter, and at most the number asked for', () => {
		expect(completions('a')).toEqual([]);
		expect(completions('')).toEqual([]);
		expect(completions('a', 3)).toEqual([]);
		expect(completions('ox', 3)).toHaveLength(3);
	});
});

describe('closeNames', () => {
	it.each([
		['atrovastin', 'atorvastatin'],
		['alegra', 'Allegra'],
		['xyzzy', 'Xyzal'],
		['sertaline', 'sertraline'],
		['amlodopine', 'amlodipine'],
		['lip itor', 'Lipitor']
	])('offers %s → %s first', (typed, name) => {
		expect(closeNames(typed)[0]).toBe(name);
	});

	it('offers a medicine in the page’s language when it has a name in it', () => {
		expect(closeNames('atorvstatn', 'en')).toEqual(['atorvastatin']);
		expect(closeNames('atorvstatn', 'es')).toEqual(['atorvastatina']);
	});

	it('offers nothing for words among other words, or for nothing like a medicine', () => {
		expect(closeNames('my heart pill')).toEqual([]);
		expect(closeNames('for my back')).toEqual([]);
		expect(closeNames('asdfgh')).toEqual([]);
		expect(closeNames('')).toEqual([]);
	});

	it('offers a few names only, the closest ones', () => {
		expect(closeNames('sertaline')).toEqual(['sertraline']);
		expect(closeNames('oxycodne', 'en', 2).length).toBeLessThanOrEqual(2);
	});

	it('lets a longer name be further off', () => {
		expect([3, 4, 5, 8, 9, 12].map(closeBound)).toEqual([0, 1, 2, 2, 3, 3]);
	});

	// Any one-letter slip in a catalog generic name of 6+ letters offers that name.
	it('offers a catalog name back after one slip in it (property)', () => {
		const generics = [
			...new Set(
				catalog.filter((e) => !e.variantOf && /^[a-z]{6,}$/.test(e.generic)).map((e) => e.generic)
			)
		];
		fc.assert(
			fc.property(
				fc.constantFrom(...generics),
				fc.nat(),
				fc.constantFrom('drop', 'double', 'swap'),
				(name, at, slip) => {
					const i = at % (name.length - 1);
					const typed =
						slip === 'drop'
							? name.slice(0, i) + name.slice(i + 1)
							: slip === 'double'
								? name.slice(0, i) + name[i] + name.slice(i)
								: name.slice(0, i) + name[i + 1] + name[i] + name.slice(i + 2);
					if (typed === name) return;
					expect(closeNames(typed, 'en', 10).map(fold)).toContain(fold(name));
				}
			),
			{ numRuns: 300 }
		);
	});
});
