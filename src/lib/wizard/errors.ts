// Field errors as one flat map, the same in the browser and on the server: answer path
// ('firstName', 'medications.0.name', 'entries') → error message KEY (src/lib/intake/errors.ts).
// Only the first problem of a field is kept: the patient fixes one thing at a time.

export type FieldErrors = Record<string, string>;

interface IssueLike {
	readonly path: readonly PropertyKey[];
	readonly message: string;
}

/** Zod issues (or any path + message list) as field errors. */
export function issuesToErrors(issues: readonly IssueLike[]): FieldErrors {
	const errors: FieldErrors = {};
	for (const issue of issues) {
		const path = issue.path.map(String).join('.');
		errors[path] ??= issue.message;
	}
	return errors;
}

/**
 * Superforms' nested error object ({ key: [msg], list: { 0: { field: [msg] }, _errors: [msg] } })
 * as field errors.
 */
export function nestedToErrors(nested: unknown, prefix = ''): FieldErrors {
	const errors: FieldErrors = {};
	if (Array.isArray(nested)) {
		const first = nested.find((m): m is string => typeof m === 'string');
		if (first !== undefined && prefix) errors[prefix] = first;
		return errors;
	}
	if (typeof nested !== 'object' || nested === null) return errors;
	for (const [key, value] of Object.entries(nested)) {
		const path = key === '_errors' ? prefix : prefix ? `${prefix}.${key}` : key;
		for (const [p, message] of Object.entries(nestedToErrors(value, path))) errors[p] ??= message;
	}
	return errors;
}

/** True when there is at least one error. */
export const hasErrors = (errors: FieldErrors | undefined): errors is FieldErrors =>
	errors !== undefined && Object.keys(errors).length > 0;

/**
 * The answers of a step without the ones that have an error: what "Save and finish later" keeps of
 * a page that is not finished. A list row with an error is left out whole (a row is one answer: a
 * medicine without its name is none), while an error on a list as a whole ('medications': too
 * many) keeps the rows; any error in other answers (a choice list with an unknown option:
 * 'conditions.1') drops the answer. What was typed stays in the tab (unsaved.ts).
 */
export function withoutErrors(
	values: Readonly<Record<string, unknown>>,
	errors: FieldErrors
): Record<string, unknown> {
	const kept: Record<string, unknown> = {};
	const paths = Object.keys(errors);
	const under = (prefix: string) => paths.some((p) => p === prefix || p.startsWith(`${prefix}.`));
	for (const [key, value] of Object.entries(values)) {
		if (Array.isArray(value) && value.some((row) => typeof row === 'object' && row !== null)) {
			kept[key] = value.filter((_, i) => !under(`${key}.${i}`));
		} else if (!under(key)) kept[key] = value;
	}
	return kept;
}
