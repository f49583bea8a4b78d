// Axis arithmetic for the server-drawn SVG charts: round ticks (1, 2 or 5 × 10ⁿ) and a linear map.

/** Ticks from 0 to at least `max`, about `count` of them, on round numbers. */
export function niceTicks(max: number, count = 4): number[] {
	if (!(max > 0)) return [0, 1];
	const raw = max / count;
	const power = 10 ** Math.floor(Math.log10(raw));
	const step = ([1, 2, 5, 10].find((m) => m * power >= raw) ?? 10) * power;
	const ticks: number[] = [];
	for (let t = 0; t < max + step; t += step) ticks.push(Math.round(t * 1e6) / 1e6);
	return ticks;
}

/** Maps [0, domainMax] onto [0, length]. */
export const linear = (domainMax: number, length: number) => (v: number) =>
	domainMax > 0 ? (v / domainMax) * length : 0;

/** Which of `n` axis labels to show so that at most about `room` fit. */
export const labelEvery = (n: number, room: number) => Math.max(1, Math.ceil(n / room));

export const formatCount = (n: number) => n.toLocaleString('en-US');
