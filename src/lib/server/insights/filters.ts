// What /insights may be asked for: a range of dates, rounded out to whole weeks (Monday to Sunday,
// UTC, as the rollups store them), and the queue's filters that a count can honour (source, triage,
// state). Bad input gets a message per field and the default range, never a failed query.
import { z } from 'zod';
import { US_STATE_CODES } from '../../intake';
import { filterDateSchema } from '../db/dates';
import { triage } from '../db/schema';

/** The default range: the 12 weeks up to and including this one. */
export const DEFAULT_WEEKS = 12;
/** The longest range, so a chart keeps a readable number of weeks. */
export const MAX_WEEKS = 157;

const DAY_MS = 86_400_000;
const blank = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blank, schema.optional());

export const insightFiltersSchema = z
	.object({
		from: optional(filterDateSchema('Enter a real date, like 2026-10-05.')),
		to: optional(filterDateSchema('Enter a real date, like 2026-12-31.')),
		source: optional(
			z
				.string()
				.trim()
				.max(100, 'Use at most 100 characters.')
				// eslint-disable-next-line no-control-regex -- control characters never name a source
				.regex(/^[^\u0000-\u001f\u007f]*$/, 'Use letters, digits and punctuation.')
		),
		triage: optional(z.enum(triage.enumValues, 'Choose a triage outcome from the list.')),
		state: optional(z.enum(US_STATE_CODES, 'Choose a state from the list.'))
	})
	.refine((f) => !f.from || !f.to || f.from <= f.to, {
		path: ['to'],
		message: 'The end date must be on or after the start date.'
	});

export type InsightFilterInput = z.infer<typeof insightFiltersSchema>;
export type InsightFilterErrors = Partial<Record<keyof InsightFilterInput, string>>;

/** The filters a query runs with: whole weeks (Mondays, YYYY-MM-DD) and the optional filters. */
export interface InsightFilters {
	fromWeek: string;
	toWeek: string;
	source?: string;
	triage?: (typeof triage.enumValues)[number];
	state?: (typeof US_STATE_CODES)[number];
}

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The Monday (UTC) of the week holding `day` (YYYY-MM-DD). */
export function mondayOf(day: string): string {
	const ms = Date.parse(`${day}T00:00:00Z`);
	const weekday = (new Date(ms).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
	return iso(ms - weekday * DAY_MS);
}

export const addDays = (day: string, days: number) =>
	iso(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS);

/** Every Monday from `fromWeek` to `toWeek`, both included. */
export function weeksBetween(fromWeek: string, toWeek: string): string[] {
	const weeks: string[] = [];
	for (let w = fromWeek; w <= toWeek; w = addDays(w, 7)) weeks.push(w);
	return weeks;
}

export type ParsedInsightFilters =
	| { ok: true; filters: InsightFilters; values: Record<string, string> }
	| {
			ok: false;
			errors: InsightFilterErrors;
			filters: InsightFilters;
			values: Record<string, string>;
	  };

/** Validates the page's query string (unknown fields ignored); `today` is a UTC date. */
export function parseInsightFilters(query: URLSearchParams, today: string): ParsedInsightFilters {
	const values: Record<string, string> = {};
	for (const key of Object.keys(insightFiltersSchema.shape)) {
		const value = query.get(key);
		if (typeof value === 'string') values[key] = value.slice(0, 200);
	}
	const toWeekDefault = mondayOf(today);
	const defaults: InsightFilters = {
		fromWeek: addDays(toWeekDefault, -7 * (DEFAULT_WEEKS - 1)),
		toWeek: toWeekDefault
	};
	const parsed = insightFiltersSchema.safeParse(values);
	if (!parsed.success) {
		const errors: InsightFilterErrors = {};
		for (const issue of parsed.error.issues)
			errors[issue.path[0] as keyof InsightFilterInput] ??= issue.message;
		return { ok: false, errors, filters: defaults, values };
	}
	const f = parsed.data;
	const toWeek = f.to
		? mondayOf(f.to)
		: f.from && f.from > today
			? mondayOf(f.from)
			: toWeekDefault;
	const fromWeek = f.from ? mondayOf(f.from) : addDays(toWeek, -7 * (DEFAULT_WEEKS - 1));
	if ((Date.parse(toWeek) - Date.parse(fromWeek)) / (7 * DAY_MS) + 1 > MAX_WEEKS) {
		return {
			ok: false,
			errors: { from: `Choose at most ${MAX_WEEKS} weeks (about three years).` },
			filters: defaults,
			values
		};
	}
	return {
		ok: true,
		filters: {
			fromWeek,
			toWeek,
			source: f.source?.toLowerCase(),
			triage: f.triage,
			state: f.state
		},
		values
	};
}

/** The filters as audit details: dates and filter values only. */
export const describeInsightFilters = (f: InsightFilters) => ({
	fromWeek: f.fromWeek,
	toWeek: f.toWeek,
	source: f.source ?? null,
	triage: f.triage ?? null,
	state: f.state ?? null
});
