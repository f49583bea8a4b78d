// The Spanish names patients read (issue 13 item 8, issue 18): every ingredient the catalog or the
// vocabulary can show has one, written as Spanish (accents, no English words), and it agrees with
// the vocabulary's Spanish names unless the table says why not.
import { describe, expect, it } from 'vitest';
import { catalog } from '../catalog';
import {
	ingredientName,
	parseSpanishNames,
	spanishNameProblems,
	spanishNames
} from './display-names';
import { vocabulary } from './index';

/** Every ingredient a patient can see on the details step or the done page. */
const visible = new Set([
	...catalog.flatMap((entry) => entry.ingredients),
	...vocabulary.flatMap((row) => row.ingredients)
]);
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const spanishRowsOf = (ingredient: string) =>
	vocabulary
		.filter(
			(row) =>
				row.lang === 'es' && row.ingredients.length === 1 && row.ingredients[0] === ingredient
		)
		.map((row) => row.name);

describe('Spanish ingredient names', () => {
	it('parses, one row per ingredient, in alphabetical order', () => {
		expect(spanishNameProblems).toEqual([]);
		const ingredients = spanishNames.map((row) => row.ingredient);
		expect(new Set(ingredients).size).toBe(ingredients.length);
		const sorted = [...ingredients].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()));
		expect(ingredients).toEqual(sorted);
	});

	it('names every ingredient a patient can see, and nothing else', () => {
		const named = new Set(spanishNames.map((row) => row.ingredient));
		expect([...visible].filter((i) => !named.has(i))).toEqual([]);
		expect([...named].filter((i) => !visible.has(i))).toEqual([]);
	});

	it('gives a reason for every name kept as in English', () => {
		const kept = spanishNames.filter((row) => row.spanish === row.ingredient && !row.note);
		expect(kept.map((row) => `line ${row.line}: ${row.ingredient}`)).toEqual([]);
	});

	it('keeps a name "the same" only where English and Spanish spell it alike', () => {
		// Spanish writes f, t and i where English writes ph, th and y, and ends -ina, -ona, -ida,
		// -ato, -eno where English ends -ine, -one, -ide, -ate, -ene.
		const english = /ph|th|y|(ine|one|ide|ate|ene|in)\b/i;
		const wrong = spanishNames.filter(
			(row) => (row.note === 'same' || row.note === 'dci') && english.test(row.spanish)
		);
		expect(wrong.map((row) => `line ${row.line}: ${row.spanish}`)).toEqual([]);
	});

	it('writes Spanish: stress accents on -ón and -án, no English words', () => {
		const names = spanishNames.filter((row) => row.note !== 'name' && row.note !== 'abbr');
		// A medicine's name ending in -on or -an is stressed on that syllable (glucagón, losartán);
		// short words ("con", "Juan") are left alone.
		const unaccented = names.filter((row) => /\p{L}{3,}(on|an)\b/u.test(row.spanish));
		expect(unaccented.map((row) => `line ${row.line}: ${row.spanish}`)).toEqual([]);
		const englishWords =
			/\b(acid|oil|extract|supplement|powder|root|seeds?|tea|fiber|vitamin|sulfate|hydroxide|acetate|fumarate|insulin|interferon|globulin|and|with|for)\b/i;
		const mixed = names.filter((row) => englishWords.test(row.spanish));
		expect(mixed.map((row) => `line ${row.line}: ${row.spanish}`)).toEqual([]);
	});

	it('agrees with the vocabulary’s Spanish names, or says why not', () => {
		const disagree = spanishNames.filter((row) => {
			const typed = spanishRowsOf(row.ingredient);
			return typed.length > 0 && !typed.some((n) => fold(n) === fold(row.spanish)) && !row.note;
		});
		expect(disagree.map((row) => `line ${row.line}: ${row.spanish}`)).toEqual([]);
	});

	it('looks names up by language', () => {
		expect(ingredientName('oxycodone', 'es')).toBe('oxicodona');
		expect(ingredientName('acetaminophen', 'es')).toBe('acetaminofén');
		expect(ingredientName('folic acid', 'es')).toBe('ácido fólico');
		expect(ingredientName('adalimumab', 'es')).toBe('adalimumab');
		expect(ingredientName('oxycodone', 'en')).toBe('oxycodone');
		expect(ingredientName('not in the table', 'es')).toBe('not in the table');
	});

	it('reports rows it cannot read', () => {
		expect(parseSpanishNames('x\t\nx\ty\tz\nx\ty\tsame\textra\n').problems).toEqual([
			"Spanish names line 0 ('x'): a name is empty or padded",
			"Spanish names line 1 ('x'): unknown note 'z'",
			"Spanish names line 2 ('x'): too many columns"
		]);
	});
});
