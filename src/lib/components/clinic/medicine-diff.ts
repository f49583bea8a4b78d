// The "What changed" of a list of medicines (issue 16): medicine by medicine, which fields changed,
// instead of the whole list before and after. Medicines are paired by name (any case and spacing),
// then by position among those of the same name; a field is changed when its shown answer differs.
import type { AnswerRow } from '$lib/intake/answer-sections';
import type { FormattedAnswer } from '$lib/intake/format';

export interface FieldChange {
	labelKey: string;
	before: FormattedAnswer | null;
	after: FormattedAnswer | null;
}

export interface MedicineChange {
	name: string;
	kind: 'added' | 'removed' | 'changed' | 'unchanged';
	/** Added or removed: every field; changed: the changed fields only. */
	fields: FieldChange[];
	/** Changed: how many fields stayed the same. */
	unchanged: number;
}

type Fields = { labelKey: string; value: FormattedAnswer }[];
interface Entry {
	name: string;
	fields: Fields;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const key = (name: string) => name.trim().toLowerCase().replace(/\s+/g, ' ');

function textOf(answer: FormattedAnswer | undefined): string {
	return answer?.type === 'text' ? answer.text : '';
}

/** The medicines of a row as entries with fields; null when the row is not a list of them. */
function entriesOf(row: AnswerRow | null): Entry[] | null {
	if (!row) return [];
	if (row.entries) {
		return row.entries.map((e) => ({
			name: e.name,
			fields: e.answer.type === 'fields' ? e.answer.fields : []
		}));
	}
	if (row.answer.type === 'message') return []; // none listed, not answered
	if (row.answer.type !== 'list' || !row.answer.items.every((i) => i.type === 'fields')) {
		return null;
	}
	return row.answer.items.map((item) => {
		const fields = (item as { fields: Fields }).fields;
		// The medicine's name is its first field (what the patient typed).
		return { name: textOf(fields[0]?.value), fields: fields.slice(1) };
	});
}

function fieldChanges(before: Fields, after: Fields) {
	const labels = [...new Set([...before, ...after].map((f) => f.labelKey))];
	const changes: FieldChange[] = [];
	let unchanged = 0;
	for (const labelKey of labels) {
		const a = before.find((f) => f.labelKey === labelKey)?.value ?? null;
		const b = after.find((f) => f.labelKey === labelKey)?.value ?? null;
		if (same(a, b)) unchanged++;
		else changes.push({ labelKey, before: a, after: b });
	}
	return { changes, unchanged };
}

/**
 * Medicine by medicine, what changed between two shown answers of a medicine list; null when the
 * rows are not medicine lists (the caller then shows before and after whole).
 */
export function medicineChanges(
	before: AnswerRow | null,
	after: AnswerRow | null
): MedicineChange[] | null {
	const was = entriesOf(before);
	const now = entriesOf(after);
	if (!was || !now || (was.length === 0 && now.length === 0)) return null;
	const left = [...was];
	const out: MedicineChange[] = [];
	for (const entry of now) {
		const i = left.findIndex((e) => key(e.name) === key(entry.name));
		if (i < 0) {
			out.push({
				name: entry.name,
				kind: 'added',
				fields: entry.fields.map((f) => ({ labelKey: f.labelKey, before: null, after: f.value })),
				unchanged: 0
			});
			continue;
		}
		const [old] = left.splice(i, 1);
		const { changes, unchanged } = fieldChanges(old!.fields, entry.fields);
		out.push({
			name: entry.name,
			kind: changes.length ? 'changed' : 'unchanged',
			fields: changes,
			unchanged
		});
	}
	for (const gone of left) {
		out.push({
			name: gone.name,
			kind: 'removed',
			fields: gone.fields.map((f) => ({ labelKey: f.labelKey, before: f.value, after: null })),
			unchanged: 0
		});
	}
	return out;
}
