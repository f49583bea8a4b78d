// The medicine names a flag's patient wording speaks of ("Norco and tramadol"), in the patient's
// language. The engine gives each flag a message key (Rule.patientMessageKey) and imports no i18n:
// src/lib/i18n/screening.ts renders the key's Paraglide message with these names as its `med`.
import { catalog } from './catalog';
import type { Evidence, Locale, MedicationEvidence } from './types';
import { ingredientName } from './vocabulary/display-names';

const lists: Record<Locale, Intl.ListFormat> = {
	en: new Intl.ListFormat('en', { type: 'conjunction' }),
	es: new Intl.ListFormat('es', { type: 'conjunction' })
};
const fallback: Record<Locale, string> = { en: 'this medicine', es: 'este medicamento' };

/** A catalog brand without its "(disc.)" mark. */
const brandName = (name: string) => name.replace(/\s*\(disc\.\)\s*$/i, '');
/** US brand names, which read the same in every language. */
const brands = new Set(catalog.flatMap((entry) => entry.brands.map(brandName)));

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The typed text with each English ingredient name in it put in `locale`: "prednisone 20 mg" is
 * "prednisona 20 mg" on a Spanish page; brands and everything else stay as typed.
 */
function translated(typed: string, ingredients: readonly string[], locale: Locale): string {
	if (locale === 'en') return typed;
	return ingredients.reduce(
		(text, i) =>
			text.replace(
				new RegExp(`(?<!\\p{L})${escape(i)}(?!\\p{L})`, 'giu'),
				ingredientName(i, locale)
			),
		typed
	);
}

/**
 * A medicine as the patient typed it, English ingredient names in the page's language; a misspelt
 * one ("oxycodne", read by a fuzzy match and shown on the medication-details step) by what it was
 * read as: its brand ("Percocet") or its ingredients ("oxicodona"), never the misspelling again.
 */
function medicineName(e: MedicationEvidence, locale: Locale): string {
	if (!e.fuzzy || e.ingredients.length === 0)
		return translated(e.typed.trim(), e.ingredients, locale);
	if (brands.has(brandName(e.fuzzy.name))) return brandName(e.fuzzy.name);
	return lists[locale].format(e.ingredients.map((i) => ingredientName(i, locale)));
}

/** The medicines the note is about, e.g. "Norco and tramadol" / "Norco y tramadol". */
export function patientMedicineNames(evidence: readonly Evidence[], locale: Locale): string {
	const names: string[] = [];
	for (const e of evidence) {
		const name =
			e.kind === 'medication' ? medicineName(e, locale) : e.key === 'kratomUse' ? 'kratom' : '';
		if (name && !names.includes(name)) names.push(name);
	}
	if (names.length === 0) return fallback[locale];
	return names.length === 1 ? (names[0] as string) : lists[locale].format(names);
}
