// The clinic's calendar for alerts: digests go out at an hour of the clinic's day, and an
// eligible-from date "arrives" at the clinic's midnight, not the server's or UTC's. The clinic's
// zone is the process's (TZ), as for the times staff pages show.

/** The clinic's date (YYYY-MM-DD) and hour (0 to 23) at `now`. */
export function clinicClock(now: Date, timeZone?: string): { day: string; hour: number } {
	const parts = new Intl.DateTimeFormat('en-CA', {
		timeZone,
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		hourCycle: 'h23'
	}).formatToParts(now);
	const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)!.value;
	return { day: `${part('year')}-${part('month')}-${part('day')}`, hour: Number(part('hour')) };
}

/** The day `days` before `day` (YYYY-MM-DD). */
export function daysBefore(day: string, days: number): string {
	const d = new Date(`${day}T00:00:00Z`);
	d.setUTCDate(d.getUTCDate() - days);
	return d.toISOString().slice(0, 10);
}
