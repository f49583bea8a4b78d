// A message key with the parameters it is rendered with: how the questionnaire names a text that
// depends on an answer ("{value} mg", a plural), for the server to render (src/lib/wizard/texts.ts).

export type TextParams = Readonly<Record<string, string | number>>;

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
