// Turning a posted step form into the shape of the step's schema, the same way on the server (the
// form action) and in the browser (client-side validation before the round trip).
//
// Conventions of the step forms:
// - One input per question, named by its key. A blank input means "not answered" (undefined), so
//   the schema reports it as required rather than as a wrong value.
// - Numbers are typed as text; "4,5" is read as 4.5. What is not a number is kept as typed, so the
//   schema reports "please enter a number".
// - Check-box groups with a "None of these" box (NONE_VALUE) are unanswered until something is
//   ticked: "None of these" alone is [], and real options win over it. Groups without such a box
//   read as [] when nothing is ticked.
// - List rows are named `list[index].field`; rows with every field blank are dropped, so the three
//   empty rows a no-JS form offers never become entries.
import type { QuestionKind } from '$lib/intake/questions';

/** What the parser needs of a question (a question of the model or its view both fit). */
export interface FieldLike {
	readonly key: string;
	readonly kind: QuestionKind;
	readonly noneLabelKey?: string;
	readonly item?: readonly FieldLike[];
	readonly max?: number;
	readonly optional?: boolean;
}

/**
 * Rows a list may be posted with beyond its limit: blank rows the no-JS form shows, and rows past
 * the limit that the schema then refuses with a field error ("too many"). A post naming rows further
 * out is no form of ours, and is refused before any work (`rowsOutOfRange`).
 */
export const ROW_SLACK = 5;

/** The value of the "None of these" check box of a check-box group. */
export const NONE_VALUE = '_none';

/** The button name that adds a row to a list without saving (value: the list's key). */
export const ADD_ROW = 'add';

/**
 * The button name that re-shows the step in another language without saving (value: the locale).
 * The language switch of a step page submits the step's form with it, to the other language's URL,
 * so what the patient has typed but not yet saved comes back with the page.
 */
export const SWITCH_LANGUAGE = 'language';

/** The id of a step page's form, which the language switch in the page header submits. */
export const STEP_FORM_ID = 'step-form';

/** Just the FormData methods the parser needs (FormData satisfies it). */
export interface FormLike {
	get(name: string): FormDataEntryValue | null;
	getAll(name: string): FormDataEntryValue[];
	keys(): IterableIterator<string> | Iterable<string>;
}

/** Input name of a field of a list row: `medications[0].name`. */
export const rowFieldName = (list: string, index: number, field: string) =>
	`${list}[${index}].${field}`;

/** Element id for an answer path such as `medications.0.name`. */
export const fieldId = (path: string) => `f-${path.replaceAll('.', '-')}`;

const text = (value: FormDataEntryValue | null | undefined): string | undefined =>
	typeof value === 'string' && value.trim() !== '' ? value : undefined;

function number(value: FormDataEntryValue | null | undefined): number | string | undefined {
	const raw = text(value)?.trim();
	if (raw === undefined) return undefined;
	const normalised = /^-?\d+,\d+$/.test(raw) ? raw.replace(',', '.') : raw;
	const parsed = Number(normalised);
	return Number.isFinite(parsed) && /^-?(\d+\.?\d*|\.\d+)$/.test(normalised) ? parsed : raw;
}

function multi(question: FieldLike, values: FormDataEntryValue[]): string[] | undefined {
	const ticked = values.filter((v): v is string => typeof v === 'string' && v !== '');
	const options = ticked.filter((v) => v !== NONE_VALUE);
	if (options.length > 0) return options;
	if (ticked.includes(NONE_VALUE)) return [];
	return question.noneLabelKey ? undefined : [];
}

/** The answer to one question (not a list) read from the form under `name`. */
function scalar(question: FieldLike, form: FormLike, name: string): unknown {
	if (question.kind === 'multi') return multi(question, form.getAll(name));
	if (question.kind === 'number') return number(form.get(name));
	return text(form.get(name));
}

/** Whether a post names a row of some list past the list's limit plus ROW_SLACK. */
export function rowsOutOfRange(questions: readonly FieldLike[], form: FormLike): boolean {
	return questions.some(
		(q) =>
			q.item !== undefined && rowIndexes(form, q.key).some((i) => i >= (q.max ?? 0) + ROW_SLACK)
	);
}

/** The row indexes posted for a list, in order (gaps allowed). */
export function rowIndexes(form: FormLike, list: string): number[] {
	const pattern = new RegExp(`^${list}\\[(\\d+)\\]\\.`);
	const found = new Set<number>();
	for (const name of form.keys()) {
		const match = pattern.exec(name);
		if (match?.[1] !== undefined) found.add(Number(match[1]));
	}
	return [...found].sort((a, b) => a - b);
}

/** The non-blank rows posted for a list, each with the index it was posted under. */
export function postedRows(
	question: FieldLike,
	form: FormLike
): { index: number; values: Record<string, unknown> }[] {
	const item = question.item ?? [];
	return rowIndexes(form, question.key)
		.map((index) => {
			const values: Record<string, unknown> = {};
			for (const field of item) {
				const value = scalar(field, form, rowFieldName(question.key, index, field.key));
				if (value !== undefined) values[field.key] = value;
			}
			return { index, values };
		})
		.filter((row) => Object.keys(row.values).length > 0);
}

/** The posted answers of a step, shaped for the step's schema (see the module note). */
export function parseStepForm(
	questions: readonly FieldLike[],
	form: FormLike
): Record<string, unknown> {
	const values: Record<string, unknown> = {};
	for (const question of questions) {
		const value = question.item
			? postedRows(question, form).map((row) => row.values)
			: scalar(question, form, question.key);
		// An optional list with no rows is not answered (the name checks of the details step).
		if (Array.isArray(value) && value.length === 0 && question.item && question.optional) continue;
		if (value !== undefined) values[question.key] = value;
	}
	return values;
}

/** How many rows (blank ones included) were posted for each list of the step. */
export function postedRowCounts(
	questions: readonly FieldLike[],
	form: FormLike
): Record<string, number> {
	const counts: Record<string, number> = {};
	for (const question of questions) {
		if (question.item) counts[question.key] = rowIndexes(form, question.key).length;
	}
	return counts;
}
