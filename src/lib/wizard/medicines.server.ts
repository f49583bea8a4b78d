// The medication catalog as the wizard uses it, server-side only (the catalog is large): the names
// offered as suggestions in the medication list, the matcher the follow-up questions rely on, and
// what was recognised in the patient's list, in plain words and in the page's language.
import type { MedicationEntry } from '$lib/intake';
import { catalog } from '$lib/screening/catalog';
import { matchMedication, type RouteHint } from '$lib/screening/match';
import { ingredientName } from '$lib/screening/vocabulary/display-names';
import type { Locale } from '$lib/paraglide/runtime';
import { recognise, type RecognisedMatch } from './recognised';
import { fillTemplate } from './texts';
import { resolveTexts } from './texts.server';

const matchWithRoute = (name: string, route?: string): RecognisedMatch =>
	matchMedication(name, route ? { route: route as RouteHint } : {});

let names: string[] | undefined;

/** Generic and brand names of the catalog, for the `<datalist>` suggestions. */
export function medicationNames(): string[] {
	names ??= [
		...new Set(
			catalog
				.filter((entry) => !entry.variantOf)
				.flatMap((entry) => [entry.generic, ...entry.brands])
				.map((name) => name.replace(/\s*\(disc\.\)\s*$/i, '').trim())
		)
	].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }));
	return names;
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
