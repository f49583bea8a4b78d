// The message catalogs: English and Spanish have the same keys, every key the questionnaire uses
// exists, Spanish is really translated, and placeholders agree.
import { describe, expect, it } from 'vitest';
import en from '../i18n/messages/en.json';
import es from '../i18n/messages/es.json';
import { intakeMessageKeys } from './message-keys';

/** A message is a string, or (plurals) a list of variants whose `match` maps selectors to texts. */
type Message = string | { match: Record<string, string> }[];
type Catalog = Record<string, Message>;
const catalogs = { en: en as Catalog, es: es as Catalog };
/** Every text a message can show: the string itself, or each variant's. */
const textsOf = (message: Message | undefined): string[] =>
	message === undefined
		? ['']
		: typeof message === 'string'
			? [message]
			: message.flatMap((variant) => Object.values(variant.match));
const keysOf = (c: Catalog) =>
	Object.keys(c)
		.filter((k) => k !== '$schema')
		.sort();
const placeholders = (message: Message | undefined) =>
	[
		...new Set(
			textsOf(message).flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))
		)
	].sort();

// Identical in both languages on purpose (the same word, a unit, a proper noun).
const SAME_IN_BOTH = new Set([
	'intake_option_no',
	'intake_transplant_none',
	'intake_procedure_no',
	'intake_condition_lupus',
	'intake_condition_psoriasis',
	'intake_unit_mg'
]);

describe('message catalogs', () => {
	it('have exactly the same keys in English and Spanish', () => {
		expect(keysOf(catalogs.es)).toEqual(keysOf(catalogs.en));
	});

	it.each(['en', 'es'] as const)('%s contains every key the questionnaire uses', (locale) => {
		const missing = intakeMessageKeys().filter((key) => !(key in catalogs[locale]));
		expect(missing).toEqual([]);
	});

	it('use snake_case keys with an area prefix', () => {
		for (const key of intakeMessageKeys()) {
			expect(key).toMatch(/^(intake|consent|review|error)_[a-z0-9_]+$/);
		}
	});

	it('have no empty messages and the same placeholders in both languages', () => {
		for (const key of keysOf(catalogs.en)) {
			for (const text of [...textsOf(catalogs.en[key]), ...textsOf(catalogs.es[key])]) {
				expect(text.trim(), key).not.toBe('');
			}
			expect(placeholders(catalogs.es[key]), key).toEqual(placeholders(catalogs.en[key]));
		}
	});

	it('translate every intake message into Spanish', () => {
		const untranslated = intakeMessageKeys().filter(
			(key) =>
				textsOf(catalogs.en[key]).join('|') === textsOf(catalogs.es[key]).join('|') &&
				!SAME_IN_BOTH.has(key)
		);
		expect(untranslated).toEqual([]);
	});
});
