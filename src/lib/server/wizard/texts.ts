// Resolves message keys on the server for the page data (see texts.ts). Parameterised messages are
// rendered with placeholder inputs that print themselves, so "Step {current} of {total}" arrives in
// the browser as a template rather than as "Step undefined of undefined".
import { hasMessage, message } from '$lib/i18n/messages';
import type { Locale } from '$lib/paraglide/runtime';
import { textKey, type TextRef, type Texts } from '$lib/wizard/texts';

const placeholders = new Proxy(
	{},
	{ get: (_target, name) => (typeof name === 'string' ? `{${name}}` : undefined) }
);

/**
 * The texts of `keys` in `locale`; keys without a message are left out. A key is a template (its
 * `{placeholders}` kept) or a TextRef, rendered with its own parameters (plural forms).
 */
export function resolveTexts(keys: Iterable<string | TextRef>, locale: Locale): Texts {
	const texts: Record<string, string> = {};
	for (const ref of keys) {
		const key = typeof ref === 'string' ? ref : ref.key;
		if (!hasMessage(key)) continue;
		if (typeof ref === 'string') texts[key] = message(key, placeholders, locale)!;
		else texts[textKey(key, ref.params)] = message(key, ref.params, locale)!;
	}
	return texts;
}
