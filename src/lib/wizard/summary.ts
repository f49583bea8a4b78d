// The error summary's lines, in the order the questions appear on the page: each names its
// question (for a list row, the row too: "Medicine 2: Name") and links to the field.
import type { FieldErrors } from './errors';
import { fieldId } from './form-data';
import type { TextLookup } from './texts';
import type { QuestionView } from './view';

export interface SummaryLine {
	id: string;
	label: string;
	message: string;
}

/** "First name" → "First name:"; a question already ends with its own punctuation. */
const asLead = (label: string) =>
	/[?.:!]$/.test(label.trim()) ? label.trim() : `${label.trim()}:`;

/** `rowLabel(list, index)` names a row of a list question, e.g. "Medicine 2". */
export function summaryLines(
	questions: readonly QuestionView[],
	errors: FieldErrors,
	t: TextLookup,
	rowLabel: (list: string, index: number) => string
): SummaryLine[] {
	const lines: SummaryLine[] = [];
	const line = (path: string, label: string) => {
		const message = errors[path];
		if (message !== undefined)
			lines.push({ id: fieldId(path), label: asLead(label), message: t(message) });
	};
	for (const q of questions) {
		line(q.key, t(q.labelKey));
		if (!q.item) continue;
		const item = q.item;
		const rows = Object.keys(errors)
			.filter((path) => path.startsWith(`${q.key}.`))
			.map((path) => {
				const [, index = '', field = ''] = path.split('.');
				return { path, index: Number(index), order: item.findIndex((f) => f.key === field), field };
			})
			.sort((a, b) => a.index - b.index || a.order - b.order);
		for (const row of rows) {
			const field = item[row.order];
			const label = field
				? `${rowLabel(q.key, row.index)}: ${t(field.labelKey)}`
				: rowLabel(q.key, row.index);
			line(row.path, label);
		}
	}
	return lines;
}
