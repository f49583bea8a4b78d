// Encodes answers as the step form would post them (the reverse of parseStepForm), for tests.
import type { AnyQuestion } from '$lib/intake/questions';
import { NONE_VALUE, rowFieldName } from '$lib/wizard/form-data';

function put(form: FormData, q: AnyQuestion, name: string, value: unknown) {
	if (value === undefined) return;
	if (q.kind === 'multi') {
		const list = value as string[];
		if (list.length === 0) form.append(name, NONE_VALUE);
		for (const v of list) form.append(name, v);
		return;
	}
	form.append(name, String(value));
}

export function toFormData(
	questions: readonly AnyQuestion[],
	values: Readonly<Record<string, unknown>>
): FormData {
	const form = new FormData();
	for (const q of questions) {
		const value = values[q.key];
		if (q.item) {
			((value as Record<string, unknown>[] | undefined) ?? []).forEach((row, i) => {
				for (const field of q.item ?? [])
					put(form, field, rowFieldName(q.key, i, field.key), row[field.key]);
			});
		} else put(form, q, q.key, value);
	}
	return form;
}
