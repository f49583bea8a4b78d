// When a conditional question is shown, as data: "shown while the answer to `key` (a question of the
// same step) is, or for a multiple choice includes, one of `values`". One function reads it on the
// server (validation, the stored answers), in the browser (showing and hiding as the patient
// answers) and in the FHIR Questionnaire (enableWhen). No imports: the browser loads it on its own.

export interface ShowWhen {
	/** The key of the question of the same step whose answer decides. */
	readonly key: string;
	/** The answers (option values) that show the question. */
	readonly values: readonly string[];
}

/** Whether a question shown `when` is shown, given the answers of its step. */
export function isShown(
	when: ShowWhen | undefined,
	values: Readonly<Record<string, unknown>>
): boolean {
	if (!when) return true;
	const answer = values[when.key];
	const given = Array.isArray(answer) ? answer : [answer];
	return given.some((v) => typeof v === 'string' && when.values.includes(v));
}

/** Shown while the answer to `key` is (or includes) one of `values`. */
export const answered = (key: string, ...values: string[]): ShowWhen => ({ key, values });
