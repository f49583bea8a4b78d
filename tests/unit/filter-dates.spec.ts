import { describe, expect, it } from 'vitest';
import { filterDateSchema, isIsoInstant } from '../../src/lib/server/db/dates';
import { parseFilters as parseQueueFilters } from '../../src/lib/server/clinic/queue';
import { parseFilters as parseExportFilters } from '../../src/lib/server/export/filters';

describe('filter dates', () => {
	it('takes real days from 1900 to 9998, not year 0 (PostgreSQL has none)', () => {
		const schema = filterDateSchema();
		for (const d of ['1900-01-01', '2024-02-29', '9998-12-31'])
			expect(schema.safeParse(d).success, d).toBe(true);
		for (const d of [
			'0000-01-01',
			'0001-01-01',
			'1899-12-31',
			'2023-02-29',
			'10000-01-01',
			'9999-12-31',
			'2024-1-1'
		]) {
			expect(schema.safeParse(d).success, d).toBe(false);
		}
	});

	it('drops a queue date PostgreSQL cannot read, keeping the other filters', () => {
		const f = parseQueueFilters(new URLSearchParams('from=0000-01-01&to=2030-01-01&state=TX'));
		expect(f).toMatchObject({ from: undefined, to: '2030-01-01', state: 'TX' });
	});

	it('drops a queue "to" day whose end is past 9999', () => {
		expect(parseQueueFilters(new URLSearchParams('to=9999-12-31')).to).toBeUndefined();
	});

	it('says which export date is wrong', () => {
		const parsed = parseExportFilters(new URLSearchParams('from=0000-01-01'));
		expect(parsed.ok).toBe(false);
		expect(parsed.ok ? null : parsed.errors.from).toBe('Enter a real date, from 1900 on.');
	});
});

describe('isIsoInstant (queue cursors)', () => {
	it('takes a time exactly as toISOString() writes it', () => {
		expect(isIsoInstant(new Date('2024-05-01T10:20:30.456Z').toISOString())).toBe(true);
	});

	it('refuses what Date.parse() reads but PostgreSQL does not', () => {
		for (const v of [
			'1',
			'Tue, 01 Jan 2030',
			'2024-01-01',
			'+275760-09-13T00:00:00.000Z',
			'0000-01-01T00:00:00.000Z',
			'2024-02-30T00:00:00.000Z',
			12,
			null
		]) {
			expect(isIsoInstant(v), String(v)).toBe(false);
		}
	});
});
