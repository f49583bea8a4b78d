// Texts for the browser without the whole message catalog: the server resolves the message keys a
// page needs into a Record (with `{placeholders}` kept, see texts.server.ts) and components look
// them up through a TextLookup. Static `m.some_key()` calls stay fine (they are tree-shaken).

export type Texts = Readonly<Record<string, string>>;
export type TextParams = Readonly<Record<string, string | number>>;

/** A message key (and its parameters) → text in the page's language. */
export type TextLookup = (key: string, params?: TextParams) => string;

/**
 * A message with its actual parameters, resolved on the server as it reads with them: a plural
 * ("1 day", "2 days") cannot be picked from a template. Looked up by `textKey(key, params)`.
 */
export interface TextRef {
	readonly key: string;
	readonly params: TextParams;
}

/** The lookup key of a message rendered with `params`, e.g. "intake_unit_days?value=1". */
export function textKey(key: string, params: TextParams): string {
	const query = Object.keys(params)
		.sort()
		.map((name) => `${name}=${params[name]}`)
		.join('&');
	return `${key}?${query}`;
}

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
