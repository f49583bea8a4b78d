// Waits as a histogram: the rollup keeps how many waits fell in each bucket of hours, not each
// wait, so a percentile is known to the bucket. We say "within 4 hours" (the bucket's upper
// bound) rather than inventing a precise figure: nearest rank, rounded up to the bucket.

/**
 * Lower bounds in hours of the buckets after the first (insights_wait_bounds() in migration 0011
 * holds the same list; tests/integration/insights.spec.ts compares them).
 */
export const WAIT_BOUNDS = [
	0.25, 0.5, 1, 2, 4, 8, 12, 24, 36, 48, 72, 96, 120, 168, 240, 336, 504, 720
] as const;

/** The upper bound of bucket `i` in hours (Infinity for the last). */
export const bucketUpper = (i: number) => WAIT_BOUNDS[i] ?? Infinity;

/**
 * The `p` percentile (0 < p ≤ 1) of waits given as counts per bucket: the upper bound of the
 * bucket holding the ⌈p·n⌉-th shortest wait, or null without waits.
 */
export function percentileHours(counts: readonly number[], p: number): number | null {
	const total = counts.reduce((a, b) => a + b, 0);
	if (total <= 0) return null;
	const rank = Math.max(1, Math.ceil(p * total));
	let seen = 0;
	for (let i = 0; i < counts.length; i++) {
		seen += counts[i] ?? 0;
		if (seen >= rank) return bucketUpper(i);
	}
	return Infinity;
}

/** "15 minutes", "4 hours", "2 days", "over 30 days". */
export function describeHours(hours: number): string {
	if (!Number.isFinite(hours)) return `over ${WAIT_BOUNDS[WAIT_BOUNDS.length - 1]! / 24} days`;
	if (hours < 1) return `${Math.round(hours * 60)} minutes`;
	if (hours < 48) return hours === 1 ? '1 hour' : `${hours} hours`;
	const days = hours / 24;
	return `${Number.isInteger(days) ? days : days.toFixed(1)} days`;
}
