// The form bodies a simulated patient posts on each wizard page: the valid default intake of
// src/lib/intake/testing.ts, with a unique email as the marker of this patient, and for some
// patients an opioid (Percocet as needed) so that the medicine-details step is part of the flow.
import '../../src/lib/server/medicine-matcher';
import { defaultAnswers } from '../../src/lib/intake/testing';

export function daysAgo(days: number): string {
	const d = new Date();
	d.setUTCDate(d.getUTCDate() - days);
	return d.toISOString().slice(0, 10);
}

type Fields = [string, string | number][];

/** Scalars as one field each, lists of choices as repeated fields ("None of these" for []). */
function flat(values: Record<string, unknown>): Fields {
	const fields: Fields = [];
	for (const [key, value] of Object.entries(values)) {
		if (Array.isArray(value)) {
			if (value.length === 0) fields.push([key, '_none']);
			for (const v of value) fields.push([key, String(v)]);
		} else fields.push([key, String(value)]);
	}
	return fields;
}

/** The hidden fields of each medicine-details entry, as the page rendered them. */
function detailEntries(html: string): Fields {
	const fields: Fields = [];
	const hidden = /<input type="hidden" name="(entries\[\d+\]\.[a-z]+)" value="([^"]*)"/gi;
	for (const [, name = '', value = ''] of html.matchAll(hidden)) fields.push([name, value]);
	return fields;
}

export function formFor(
	page: string,
	html: string,
	{ email, opioid }: { email: string; opioid: boolean }
): string {
	const a = defaultAnswers;
	let fields: Fields;
	switch (page) {
		case 'consent':
			fields = flat(a.consent);
			break;
		case 'about':
			fields = flat({ ...a.about, email });
			break;
		case 'conditions':
			fields = flat(a.conditions);
			break;
		case 'medications':
			fields = opioid
				? [
						['medications[0].name', 'Percocet'],
						['medications[0].route', 'mouth'],
						['medications[0].status', 'current']
					]
				: [['noneTaken', 'yes']];
			break;
		case 'medication-details': {
			const entries = detailEntries(html);
			const indexes = new Set(entries.map(([name]) => name.replace(/\].*/, ']')));
			fields = [...entries];
			for (const prefix of indexes) {
				fields.push([`${prefix}.frequency`, 'as-needed'], [`${prefix}.lastDoseDate`, daysAgo(20)]);
			}
			break;
		}
		case 'health':
			fields = flat(a.health);
			break;
		case 'goals':
			fields = flat(a.goals);
			break;
		case 'review':
			fields = [['website', '']];
			break;
		default:
			throw new Error(`unexpected page ${page}`);
	}
	return new URLSearchParams(fields.map(([k, v]) => [k, String(v)])).toString();
}
