// Times for staff pages, formatted on the server so the page reads the same before and after
// hydration. Exact times are in the server's time zone (set TZ for the clinic's zone) and say which
// zone they are in; relative times are rough on purpose ("3 hours ago").

const exactFormat = new Intl.DateTimeFormat('en-US', {
	year: 'numeric',
	month: 'short',
	day: 'numeric',
	hour: 'numeric',
	minute: '2-digit',
	timeZoneName: 'short'
});
const dayFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' });
const relativeFormat = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
	['year', 365 * 86_400],
	['month', 30 * 86_400],
	['week', 7 * 86_400],
	['day', 86_400],
	['hour', 3_600],
	['minute', 60]
];

/** "Nov 27, 2026, 2:03 PM UTC". */
export const exactTime = (at: Date) => exactFormat.format(at);

/** A calendar date ('YYYY-MM-DD', no zone) as "Nov 27, 2026". */
export const calendarDay = (iso: string) => dayFormat.format(new Date(`${iso}T00:00:00Z`));

/** "just now", "5 minutes ago", "yesterday", "3 weeks ago". */
function relativeTime(at: Date, now: Date = new Date()): string {
	const seconds = (at.getTime() - now.getTime()) / 1000;
	for (const [unit, size] of UNITS) {
		if (Math.abs(seconds) >= size) return relativeFormat.format(Math.round(seconds / size), unit);
	}
	return 'just now';
}

/** Both forms, with the ISO instant for a <time> element. */
export const timeView = (at: Date, now?: Date) => ({
	iso: at.toISOString(),
	exact: exactTime(at),
	relative: relativeTime(at, now)
});
