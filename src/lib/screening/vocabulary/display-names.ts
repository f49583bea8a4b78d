// Ingredient names in the patient's language. The catalog and the vocabulary name ingredients in
// English (INN/USAN: the matcher's keys and what staff read); patients on Spanish pages read them in
// Spanish, from the one table in ./spanish-names.ts.
import { SPANISH_NAMES_TSV } from './spanish-names';

export type DisplayLanguage = 'en' | 'es';

/** Why a Spanish name is what it is (see ./spanish-names.ts). */
export const SPANISH_NAME_NOTES = ['same', 'name', 'abbr', 'us', 'dci', 'plain'] as const;
export type SpanishNameNote = (typeof SPANISH_NAME_NOTES)[number];

export interface SpanishName {
	ingredient: string;
	spanish: string;
	note?: SpanishNameNote;
	/** 1-based line in the data, for error messages. */
	line: number;
}

/** Parses the table's rows; problems are the rows that could not be read. */
export function parseSpanishNames(tsv: string = SPANISH_NAMES_TSV): {
	names: SpanishName[];
	problems: string[];
} {
	const names: SpanishName[] = [];
	const problems: string[] = [];
	tsv.split('\n').forEach((text, line) => {
		if (text.trim() === '') return;
		const [ingredient = '', spanish = '', note = '', ...extra] = text.split('\t');
		const where = `Spanish names line ${line} ('${ingredient}')`;
		if (ingredient === '' || spanish === '' || spanish.trim() !== spanish)
			problems.push(`${where}: a name is empty or padded`);
		else if (extra.length > 0) problems.push(`${where}: too many columns`);
		else if (note !== '' && !(SPANISH_NAME_NOTES as readonly string[]).includes(note))
			problems.push(`${where}: unknown note '${note}'`);
		else
			names.push({
				ingredient,
				spanish,
				...(note !== '' && { note: note as SpanishNameNote }),
				line
			});
	});
	return { names, problems };
}

const parsed = parseSpanishNames();

/** Every row of the table, in data order. */
export const spanishNames: readonly SpanishName[] = parsed.names;

/** Rows that could not be read; the spec requires none. */
export const spanishNameProblems: readonly string[] = parsed.problems;

const spanishByIngredient: ReadonlyMap<string, string> = new Map(
	spanishNames.map((row) => [row.ingredient, row.spanish])
);

/** An ingredient as a patient reads it: "oxycodone" in English, "oxicodona" in Spanish. */
export function ingredientName(ingredient: string, language: DisplayLanguage): string {
	return language === 'es' ? (spanishByIngredient.get(ingredient) ?? ingredient) : ingredient;
}
