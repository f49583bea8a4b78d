// The medicine vocabulary (./names.ts) parsed into rows, with the checks its data must pass. The
// matcher's lookup tables (../match/lookup.ts) join it with the RULEBOOK catalog; this module knows
// nothing of the catalog, so the checks against it live in vocabulary.spec.ts and lookup.ts.
import { vocabularyClassByCode, vocabularyClasses, type VocabularyClass } from './classes';
import { VOCABULARY_TSV } from './names';

export { vocabularyClasses, vocabularyClassByCode, type VocabularyClass };

export type VocabularyLanguage = 'en' | 'es';

export interface VocabularyName {
	/** The name as written in the data ("Lipitor", "pastillas anticonceptivas"). */
	name: string;
	lang: VocabularyLanguage;
	/** Generic ingredient names; empty for a lay phrase that names only a class ("water pill"). */
	ingredients: readonly string[];
	class: VocabularyClass;
	/** The name names no single medicine ("pain pill"): the matcher asks which one is meant. */
	ask: boolean;
	/** 1-based line in the data, for error messages. */
	line: number;
}

/** Parses vocabulary rows from the data's tab-separated text (exported for the benchmark). */
export function parseVocabulary(tsv: string = VOCABULARY_TSV): {
	names: VocabularyName[];
	problems: string[];
} {
	const names: VocabularyName[] = [];
	const problems: string[] = [];
	const lines = tsv.split('\n');
	lines.forEach((text, i) => {
		if (text.trim() === '') return;
		const line = i;
		const [name = '', lang = '', ingredients = '', code = '', kind = '', ...extra] =
			text.split('\t');
		const where = `vocabulary line ${line} ('${name}')`;
		const cls = vocabularyClassByCode.get(code);
		if (name.trim() !== name || name === '') problems.push(`${where}: the name is empty or padded`);
		if (lang !== 'en' && lang !== 'es') problems.push(`${where}: unknown language '${lang}'`);
		if (!cls) problems.push(`${where}: unknown class '${code}'`);
		if (kind !== '' && kind !== 'ask') problems.push(`${where}: unknown kind '${kind}'`);
		if (extra.length > 0) problems.push(`${where}: too many columns`);
		if (!cls || (lang !== 'en' && lang !== 'es')) return;
		names.push({
			name,
			lang,
			ingredients: ingredients === '' ? [] : ingredients.split('; ').map((s) => s.trim()),
			class: cls,
			ask: kind === 'ask',
			line
		});
	});
	return { names, problems };
}

const parsed = parseVocabulary();

/** Every vocabulary row, in data order. */
export const vocabulary: readonly VocabularyName[] = parsed.names;

/** Problems with the data itself (columns, languages, classes); the vocabulary spec requires none. */
export const vocabularyFormatProblems: readonly string[] = parsed.problems;
