import { describe, expect, it } from 'vitest';
import { mondayOf, parseInsightFilters, weeksBetween } from '../../src/lib/server/insights/filters';
import { describeHours, percentileHours } from '../../src/lib/server/insights/turnaround';
import { niceTicks } from '../../src/routes/(staff)/insights/scale';

const parse = (q: Record<string, string>) =>
	parseInsightFilters(new URLSearchParams(q), '2026-12-07');

describe('insights filters', () => {
	it('rounds a range out to whole weeks, Monday to Sunday, and defaults to the last 12', () => {
		expect(mondayOf('2026-12-07')).toBe('2026-12-07');
		expect(mondayOf('2026-12-13')).toBe('2026-12-07');
		expect(mondayOf('2027-01-01')).toBe('2026-12-28');
		expect(parse({})).toMatchObject({
			ok: true,
			filters: { fromWeek: '2026-09-21', toWeek: '2026-12-07' }
		});
		expect(parse({ from: '2026-11-04', to: '2026-11-12' })).toMatchObject({
			ok: true,
			filters: { fromWeek: '2026-11-02', toWeek: '2026-11-09' }
		});
		expect(weeksBetween('2026-11-02', '2026-11-16')).toEqual([
			'2026-11-02',
			'2026-11-09',
			'2026-11-16'
		]);
	});

	it('lowercases the source and ignores blank filters and unknown fields', () => {
		expect(parse({ source: ' Google ', triage: '', state: '', other: 'x' })).toMatchObject({
			ok: true,
			filters: { source: 'google', triage: undefined, state: undefined }
		});
	});

	it.each([
		[{ from: '2026-02-30' }, 'from'],
		[{ to: 'yesterday' }, 'to'],
		[{ from: '2026-12-01', to: '2026-11-01' }, 'to'],
		[{ from: '0000-01-01' }, 'from'],
		[{ from: '1900-01-01', to: '2026-01-01' }, 'from'],
		[{ triage: 'maybe' }, 'triage'],
		[{ state: 'ZZ' }, 'state'],
		[{ source: 'a\u0000b' }, 'source']
	])('refuses %j with a message on %s and the default range', (query, field) => {
		const result = parse(query);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(Object.keys(result.errors)).toEqual([field]);
		expect(result.filters).toEqual({ fromWeek: '2026-09-21', toWeek: '2026-12-07' });
	});
});

describe('waits from a histogram', () => {
	it('gives the upper bound of the bucket holding the nearest rank', () => {
		// Buckets: <0.25 h, 0.25-0.5, 0.5-1, 1-2, 2-4, 4-8 …
		expect(percentileHours([0, 0, 0, 0, 0, 0], 0.5)).toBeNull();
		expect(percentileHours([1, 0, 0, 0, 0, 1], 0.5)).toBe(0.25);
		expect(percentileHours([1, 0, 0, 0, 0, 1], 0.9)).toBe(8);
		expect(percentileHours([0, 0, 0, 0, 9, 1], 0.9)).toBe(4);
		expect(percentileHours([...Array(18).fill(0), 3], 0.5)).toBe(Infinity);
	});

	it('says a wait in words', () => {
		expect([0.25, 1, 8, 36, 48, 120, 720, Infinity].map(describeHours)).toEqual([
			'15 minutes',
			'1 hour',
			'8 hours',
			'36 hours',
			'2 days',
			'5 days',
			'30 days',
			'over 30 days'
		]);
	});
});

describe('chart axes', () => {
	it('picks round ticks from zero past the largest value', () => {
		expect(niceTicks(0)).toEqual([0, 1]);
		expect(niceTicks(7)).toEqual([0, 2, 4, 6, 8]);
		expect(niceTicks(314)).toEqual([0, 100, 200, 300, 400]);
		expect(niceTicks(1000)).toEqual([0, 500, 1000]);
	});
});
