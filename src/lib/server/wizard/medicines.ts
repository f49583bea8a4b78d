// The medicine vocabulary as the wizard uses it, server-side only (the vocabulary is large): name
// suggestions while the patient types, what the matcher makes of a name when they leave the field,
// and what was recognised in the patient's list, in plain words and in the page's language.
import { medicineMatcher, nameQuestion, type NameCheckKind } from '$lib/intake';
import type { MedicationEntry } from '$lib/intake';
import { matchMedication, type RouteHint } from '$lib/screening/match';
import { completions } from '$lib/screening/match/suggest';
import { ingredientName } from '$lib/screening/vocabulary/display-names';
import type { Locale } from '$lib/paraglide/runtime';
import { recognise, type RecognisedMatch } from './recognised';
import { fillTemplate } from '$lib/wizard/texts';
import { resolveTexts } from './texts';

const matchWithRoute = (name: string, route?: string): RecognisedMatch =>
	matchMedication(name, route ? { route: route as RouteHint } : {});

/** The longest text looked up: a medicine name, not a paragraph. */
export const NAME_LOOKUP_MAX_LENGTH = 100;

/** What the patient is told about a name when they leave the field (see MedicineNameHelp.svelte). */
export interface NameVerdict {
	/** known: nothing to say; otherwise the kind of question (name-check.ts), or unknown with no names. */
	status: 'known' | NameCheckKind;
	/** Names to pick from instead. */
	candidates: readonly string[];
}

/** A name lookup: completions of what is typed and, when asked, what the name was read as. */
export interface NameLookup {
	names: string[];
	verdict?: NameVerdict;
}

/** What the matcher makes of a typed name, as the patient is told it (nothing when all is well). */
export function nameVerdict(typed: string, locale: Locale): NameVerdict {
	const found = medicineMatcher(typed, { locale });
	const question = nameQuestion(found);
	if (question) return { status: question.kind, candidates: question.candidates };
	if (found.status === 'unrecognised') return { status: 'unknown', candidates: [] };
	return { status: 'known', candidates: [] };
}

/** Answers one lookup. `typed` is never logged or stored: it may be a health detail. */
export function lookUpName(typed: string, withVerdict: boolean, locale: Locale): NameLookup {
	const text = typed.slice(0, NAME_LOOKUP_MAX_LENGTH);
	return {
		names: completions(text),
		...(withVerdict && text.trim() !== '' && { verdict: nameVerdict(text, locale) })
	};
}

type Lists = { medications?: readonly MedicationEntry[]; supplements?: readonly MedicationEntry[] };

/** One plain-words line per listed entry: "contains oxycodone, an opioid pain medicine." */
export function recognisedLines(lists: Lists | undefined, locale: Locale) {
	const found = recognise(lists, matchWithRoute);
	const texts = resolveTexts(
		[
			'wizard_recognised_contains_class',
			'wizard_recognised_contains',
			'wizard_recognised_unknown',
			...found.flatMap((r) => (r.classKey ? [r.classKey] : []))
		],
		locale
	);
	const list = new Intl.ListFormat(locale, { type: 'conjunction' });
	return found.map((r) => {
		const ingredients = list.format(r.ingredients.map((i) => ingredientName(i, locale)));
		const text = r.classKey
			? fillTemplate(texts.wizard_recognised_contains_class ?? '', {
					ingredients,
					description: texts[r.classKey] ?? ''
				})
			: r.ingredients.length > 0
				? fillTemplate(texts.wizard_recognised_contains ?? '', { ingredients })
				: (texts.wizard_recognised_unknown ?? '');
		return { name: r.name, text, kratom: r.classKey === 'wizard_class_kratom' };
	});
}
