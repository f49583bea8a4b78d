// The wizard's own message catalogs: the same keys in English and Spanish, the same placeholders,
// Spanish really translated, and never the words a patient page must not use.
import { describe, expect, it } from 'vitest';
import en from '$lib/i18n/messages/wizard/en.json';
import es from '$lib/i18n/messages/wizard/es.json';

type Catalog = Record<string, string>;
const catalogs = { en: en as Catalog, es: es as Catalog };
const keysOf = (c: Catalog) =>
	Object.keys(c)
		.filter((k) => k !== '$schema')
		.sort();
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('wizard messages', () => {
	it('have the same keys in both languages, all prefixed wizard_', () => {
		expect(keysOf(catalogs.es)).toEqual(keysOf(catalogs.en));
		for (const key of keysOf(catalogs.en)) expect(key).toMatch(/^wizard_[a-z0-9_]+$/);
	});

	it('have no empty texts, the same placeholders, and Spanish translations', () => {
		for (const key of keysOf(catalogs.en)) {
			const english = catalogs.en[key] ?? '';
			const spanish = catalogs.es[key] ?? '';
			expect(english.trim(), key).not.toBe('');
			expect(placeholders(spanish), key).toEqual(placeholders(english));
			expect(spanish, key).not.toBe(english);
		}
	});

	it('never tell a patient they are (not) eligible or have a contraindication', () => {
		for (const catalog of Object.values(catalogs)) {
			for (const text of Object.values(catalog)) {
				expect(text).not.toMatch(/contraindica|\beligible\b|elegible/i);
			}
		}
	});
});
