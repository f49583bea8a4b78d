// ISO calendar dates ('YYYY-MM-DD') as plain strings. Answers hold dates without times or zones, so
// every comparison here is on calendar days in UTC arithmetic, which never shifts a date.

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar date written 'YYYY-MM-DD'. */
export function isIsoDate(value: string): boolean {
	if (!ISO_DATE.test(value)) return false;
	const date = new Date(`${value}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

let pinnedToday: string | undefined;

/**
 * The date the schemas validate against ('not in the future', 'plausible date of birth'): today in
 * UTC, unless a synchronous `validatingOn` call has pinned it. Rules never call this; they receive
 * `today` from their caller.
 */
export function todayIso(): string {
	return pinnedToday ?? new Date().toISOString().slice(0, 10);
}

/**
 * Runs `fn` with the schemas' "today" pinned to `today`, so that stored answers (fixtures, examples,
 * an intake re-checked later) validate as of the day they were given. Only for synchronous parsing
 * (`parse`/`safeParse`, not the async variants).
 */
export function validatingOn<T>(today: string, fn: () => T): T {
	const previous = pinnedToday;
	pinnedToday = today;
	try {
		return fn();
	} finally {
		pinnedToday = previous;
	}
}

/** `iso` moved by `days` calendar days. */
export function addDays(iso: string, days: number): string {
	const date = new Date(`${iso}T00:00:00Z`);
	date.setUTCDate(date.getUTCDate() + days);
	return date.toISOString().slice(0, 10);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
	return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Age in completed years on `todayIso`: a person turns 18 on their 18th birthday. */
export function ageOn(dateOfBirth: string, today: string): number {
	const [by = 0, bm = 0, bd = 0] = dateOfBirth.split('-').map(Number);
	const [ty = 0, tm = 0, td = 0] = today.split('-').map(Number);
	const hadBirthday = tm > bm || (tm === bm && td >= bd);
	return ty - by - (hadBirthday ? 0 : 1);
}
