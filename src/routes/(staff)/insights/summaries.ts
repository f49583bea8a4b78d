// One plain sentence per chart: what a clinic manager would read off it first. Also the SVG's
// accessible name, so a screen reader hears the point before the table.
import type { insightsPage } from '$lib/server/insights/view';

type Charts = Awaited<ReturnType<typeof insightsPage>>['charts'];

const n = (v: number) => v.toLocaleString('en-US');
const share = (part: number, whole: number) => (whole ? Math.round((100 * part) / whole) : 0);
const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

/** "5 October 2026" for 2026-10-05. */
export const longDay = (day: string) =>
	`${Number(day.slice(8, 10))} ${MONTHS[Number(day.slice(5, 7)) - 1]} ${day.slice(0, 4)}`;

export function summaries(c: Charts, serviceStates: string[]) {
	const started = c.volume.weeks.reduce((a, w) => a + w.started, 0);
	const sent = c.volume.weeks.reduce((a, w) => a + w.sent, 0);
	const booked = c.volume.weeks.reduce((a, w) => a + w.booked, 0);
	const triageTotals = c.triage.series.map((s, i) => ({
		label: s.label.toLowerCase(),
		count: c.triage.weeks.reduce((a, w) => a + (w.counts[i] ?? 0), 0)
	}));
	const worst = c.funnel.steps.find((x) => x.id === c.funnel.worst);
	const topFlag = c.flags.bars[0];
	const topSource = c.sources.bars[0];
	const bestEligible = [...c.sources.bars].sort(
		(a, b) => (b.eligibleShare ?? 0) - (a.eligibleShare ?? 0)
	)[0];
	const [review, decision] = c.turnaround.kinds;
	const waitText = (k: typeof review) =>
		k && k.count
			? `half within ${k.medianText.replace('within ', '')}, 9 in 10 ${k.p90Text}`
			: 'none yet';
	const total = c.states.served + c.states.notServed;

	return {
		volume:
			started || sent
				? `${n(started)} started, ${n(sent)} sent, and ${n(booked)} of those sent are booked now (${share(booked, sent)}%).`
				: 'No intakes were started or sent in this range.',
		funnel: worst
			? `Most patients stop at “${worst.label}”: ${n(worst.stopped)} of ${n(worst.reached)} views (${worst.stoppedShare}%) were not completed.`
			: c.funnel.steps.some((x) => x.reached)
				? 'Every step viewed in this range was completed.'
				: 'No step views were counted in this range.',
		triage: sent
			? `Of ${n(sent)} sent intakes: ${triageTotals.map((t) => `${share(t.count, sent)}% ${t.label}`).join(', ')}.`
			: 'No intakes were sent in this range.',
		flags: topFlag
			? `The most frequent flag was ${topFlag.label}, on ${n(topFlag.intakes)} of ${n(c.flags.sent)} sent intakes (${topFlag.share ?? 0}%).`
			: 'No flags on intakes sent in this range.',
		sources: topSource
			? `${topSource.label} brought the most sent intakes (${n(topSource.sent)}); ${bestEligible!.label} had the highest share eligible (${bestEligible!.eligibleShare ?? 0}%).`
			: 'No intakes were sent in this range.',
		campaigns: c.campaigns.bars.length
			? `${c.campaigns.bars.length} UTM campaign${c.campaigns.bars.length === 1 ? '' : 's'} brought sent intakes; ${c.campaigns.bars[0]!.label} brought the most (${n(c.campaigns.bars[0]!.sent)}).`
			: 'No sent intakes came with a UTM campaign in this range.',
		turnaround: `First review: ${waitText(review)}. Decision: ${waitText(decision)}.`,
		states: total
			? `${n(c.states.served)} sent intakes came from states the clinic serves (${serviceStates.join(', ')}) and ${n(c.states.notServed)} (${share(c.states.notServed, total)}%) from states it does not.`
			: 'No intakes were sent in this range.'
	};
}
