// Calendar dates ('YYYY-MM-DD') written out for patients: "December 3, 2026" / "3 de diciembre de 2026".

/** A long, localised form of an ISO calendar date (no time zone shift). */
export function longDate(iso: string, locale: string): string {
	return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
		new Date(`${iso}T00:00:00Z`)
	);
}
