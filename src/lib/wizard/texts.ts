// Texts for the browser without the whole message catalog: the server resolves the message keys a
// page needs into a Record (with `{placeholders}` kept, see texts.server.ts) and components look
// them up through a TextLookup. Static `m.some_key()` calls stay fine (they are tree-shaken).

import { textKey, type TextParams } from '$lib/intake/text-ref';

export { textKey, type TextParams, type TextRef } from '$lib/intake/text-ref';

export type Texts = Readonly<Record<string, string>>;

/** A message key (and its parameters) → text in the page's language. */
export type TextLookup = (key: string, params?: TextParams) => string;

/** `template` with each `{name}` replaced by `params.name` (unknown names are left as they are). */
export function fillTemplate(template: string, params: TextParams = {}): string {
	return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
		name in params ? String(params[name]) : whole
	);
}

/** A lookup over resolved texts; a missing key shows the key (tests keep the catalogs complete). */
export function createLookup(texts: Texts): TextLookup {
	return (key, params) => {
		const rendered = params ? texts[textKey(key, params)] : undefined;
		if (rendered !== undefined) return rendered;
		const template = texts[key];
		return template === undefined ? key : fillTemplate(template, params);
	};
}
