// Calendar-day arithmetic on 'YYYY-MM-DD' strings without Date objects. The engine does this for
// every dated medication entry on every screening, so it avoids parsing and formatting through
// Date (the intake's helpers in ../intake/dates.ts give the same answers, more slowly).
// Algorithm: days from civil / civil from days (H. Hinnant), proleptic Gregorian calendar.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysFromCivil(y: number, m: number, d: number): number {
	const year = m <= 2 ? y - 1 : y;
	const era = Math.floor(year / 400);
	const yoe = year - era * 400;
	const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
	const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
	return era * 146097 + doe - 719468;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Days since 1970-01-01 for a 'YYYY-MM-DD' date (no validation; see isIsoDay). */
export function epochDay(iso: string): number {
	return daysFromCivil(digits(iso, 0, 4), digits(iso, 5, 7), digits(iso, 8, 10));
}

/** The number written in iso[from, to), read digit by digit (no substrings on the hot path). */
function digits(iso: string, from: number, to: number): number {
	let n = 0;
	for (let i = from; i < to; i++) n = n * 10 + iso.charCodeAt(i) - 48;
	return n;
}

/** The 'YYYY-MM-DD' date `days` days after 1970-01-01. */
export function isoFromEpochDay(days: number): string {
	const z = days + 719468;
	const era = Math.floor(z / 146097);
	const doe = z - era * 146097;
	const yoe = Math.floor(
		(doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365
	);
	const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
	const mp = Math.floor((5 * doy + 2) / 153);
	const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
	const m = mp < 10 ? mp + 3 : mp - 9;
	const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
	return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

/** True for a real calendar date written 'YYYY-MM-DD'. */
export function isIsoDay(value: string): boolean {
	const parts = ISO_DATE.exec(value);
	if (!parts) return false;
	const [y, m, d] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
	if (m < 1 || m > 12 || d < 1) return false;
	const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
	const days = m === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
	return d <= days;
}

/** Completed years from `born` to `on`: a person turns 18 on their 18th birthday. */
export function yearsFrom(born: string, on: string): number {
	const years = Number(on.slice(0, 4)) - Number(born.slice(0, 4));
	return on.slice(5) >= born.slice(5) ? years : years - 1;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysFrom = (from: string, to: string): number => epochDay(to) - epochDay(from);

/** `iso` moved by `days` calendar days. */
export const plusDays = (iso: string, days: number): string =>
	isoFromEpochDay(epochDay(iso) + days);
