// The leads export's filters: what the admin's form may ask for, validated, and as a SQL condition.
// Only submitted intakes are leads (drafts never leave the building); consent is applied separately
// so that the form can say how many rows it leaves out for lack of it.
import { and, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { US_STATE_CODES } from '../../intake';
import { intakes, intakeStatus, triage } from '../db/schema';
import { filterDateSchema } from '../db/dates';

export const LEAD_STATUSES = intakeStatus.enumValues.filter((s) => s !== 'draft') as [
	Exclude<(typeof intakeStatus.enumValues)[number], 'draft'>,
	...Exclude<(typeof intakeStatus.enumValues)[number], 'draft'>[]
];
export const TRIAGES = triage.enumValues;

/** A blank form field means "any". */
const blank = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blank, schema.optional());

export const leadFiltersSchema = z
	.object({
		from: optional(filterDateSchema('Enter a real date, from 1900 on.')),
		to: optional(filterDateSchema('Enter a real date, from 1900 on.')),
		status: optional(z.enum(LEAD_STATUSES, 'Choose a status from the list.')),
		triage: optional(z.enum(TRIAGES, 'Choose a triage outcome from the list.')),
		state: optional(z.enum(US_STATE_CODES, 'Choose a state from the list.')),
		source: optional(
			z
				.string()
				.trim()
				.max(100, 'Use at most 100 characters.')
				// Control characters never name a source; quotes and backslashes are refused because
				// PostgreSQL's COPY takes the value as an inlined literal (leads.ts).
				// eslint-disable-next-line no-control-regex -- refusing control characters is the point
				.regex(/^[^\u0000-\u001f\u007f'\\]*$/, 'Use letters, digits and punctuation, no quotes.')
		)
	})
	.refine((f) => !f.from || !f.to || f.from <= f.to, {
		path: ['to'],
		message: 'The end date must be on or after the start date.'
	});

export type LeadFilters = z.infer<typeof leadFiltersSchema>;
export type LeadFilterErrors = Partial<Record<keyof LeadFilters, string>>;

/** Validates filters from a query string or a form; unknown fields are ignored. */
export function parseFilters(
	input: URLSearchParams | FormData
):
	| { ok: true; filters: LeadFilters; values: Record<string, string> }
	| { ok: false; errors: LeadFilterErrors; values: Record<string, string> } {
	const values: Record<string, string> = {};
	for (const key of Object.keys(leadFiltersSchema.shape)) {
		const value = input.get(key);
		if (typeof value === 'string') values[key] = value.slice(0, 200);
	}
	const parsed = leadFiltersSchema.safeParse(values);
	if (parsed.success) return { ok: true, filters: parsed.data, values };
	const errors: LeadFilterErrors = {};
	for (const issue of parsed.error.issues) {
		const key = issue.path[0] as keyof LeadFilters;
		errors[key] ??= issue.message;
	}
	return { ok: false, errors, values };
}

/** The filters as audit details: the values the admin chose, never any lead's data. */
export function describeFilters(f: LeadFilters): Record<string, string | null> {
	return {
		from: f.from ?? null,
		to: f.to ?? null,
		status: f.status ?? null,
		triage: f.triage ?? null,
		state: f.state ?? null,
		source: f.source ?? null
	};
}

/** Submitted intakes matching the filters (dates are UTC days, both ends included). */
export function matching(f: LeadFilters): SQL {
	const i = intakes;
	const utc = (d: string) => sql`(${d}::date)::timestamp at time zone 'UTC'`;
	return and(
		sql`${i.status} <> 'draft'`,
		sql`${i.submittedAt} is not null`,
		f.from ? sql`${i.submittedAt} >= ${utc(f.from)}` : undefined,
		f.to ? sql`${i.submittedAt} < ${utc(f.to)} + interval '1 day'` : undefined,
		f.status ? sql`${i.status} = ${f.status}` : undefined,
		f.triage ? sql`${i.triage} = ${f.triage}` : undefined,
		f.state ? sql`${i.usState} = ${f.state}` : undefined,
		f.source
			? sql`(lower(${i.source}) = lower(${f.source}) or lower(${i.utm}->>'utm_source') = lower(${f.source}))`
			: undefined
	)!;
}
