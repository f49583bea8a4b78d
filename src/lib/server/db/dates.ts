// Dates and times a filter or a cursor takes from a URL or form, checked so PostgreSQL can take
// them. z.iso.date() accepts years 0000 to 9999 and Date.parse() accepts "1" or "+275760-09-13":
// PostgreSQL has no year 0 and reads neither of the others, so such a value reached the query
// and failed it (a 500 for a crafted URL, found by the fuzz test).
import { z } from 'zod';

/** The earliest day a date filter may name; nothing in the app is older. */
export const EARLIEST_FILTER_DATE = '1900-01-01';
/**
 * The latest: the queue's "to" day ends at midnight the day after, and a Date in the year 10000
 * is written "+010000-01-01T…", which PostgreSQL does not read.
 */
export const LATEST_FILTER_DATE = '9998-12-31';

/** A calendar date (YYYY-MM-DD) from 1900 to 9998. */
export const filterDateSchema = (message?: string) =>
	z.iso.date(message).refine((d) => d >= EARLIEST_FILTER_DATE && d <= LATEST_FILTER_DATE, message);

/** Whether `value` is a UTC time exactly as Date.toISOString() writes it, in years 1 to 9999. */
export function isIsoInstant(value: unknown): value is string {
	if (typeof value !== 'string' || !/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/.test(value)) {
		return false;
	}
	const time = Date.parse(value);
	return !Number.isNaN(time) && !value.startsWith('0000') && new Date(time).toISOString() === value;
}
