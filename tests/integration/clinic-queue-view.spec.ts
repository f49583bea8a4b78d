import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/lib/server/db/client';
import { intakes } from '../../src/lib/server/db/schema';
import * as queue from '../../src/lib/server/clinic/queue';
import { filterQuery, queuePage } from '../../src/lib/server/clinic/queue-view';
import { seedIntakes } from '../../src/lib/server/seed/insert';
import { openTestDb, resetDb } from './db';
import { staffActor } from './clinic-helpers';

let handle: DbHandle;
let me: string;
beforeAll(async () => {
	handle = await openTestDb();
	await resetDb(handle);
	me = (await staffActor(handle.db, 'clinician')).id;
	await seedIntakes(handle.db, { count: 240, seed: 3, batchSize: 120 });
});
afterAll(() => handle.close());

const page = (query: string) => queuePage(handle.db, new URLSearchParams(query), me);

describe('the queue page data', () => {
	it('follows Next page links through every submitted intake, with a way back to the first', async () => {
		const all = await handle.db.select({ id: intakes.id, status: intakes.status }).from(intakes);
		const submitted = all.filter((r) => r.status === 'submitted').map((r) => r.id);
		const seen: string[] = [];
		let query = '';
		let pages = 0;
		for (;;) {
			const data = await page(query);
			seen.push(...data.rows.map((r) => r.id));
			expect(data.firstHref === null).toBe(pages === 0);
			pages++;
			if (!data.nextHref) break;
			expect(data.nextHref).toMatch(/^\?status=submitted&after=/);
			query = data.nextHref.slice(1);
		}
		expect(pages).toBeGreaterThan(1);
		expect(seen.sort()).toEqual(submitted.sort());
	});

	it('shows each row in words: age, condition names, flag counts', async () => {
		const { rows } = await page('');
		const row = rows[0]!;
		expect(row.age).toBeGreaterThanOrEqual(18);
		expect(row.submitted?.relative).toMatch(/ago|now/);
		expect(row.submitted?.exact).toMatch(/\d{4}/);
		expect(row.conditions.length).toBeLessThanOrEqual(3);
		for (const name of rows.flatMap((r) => r.conditions)) expect(name).not.toMatch(/^[a-z-]+$/);
	});

	it('counts every tab (capped) and links each tab with the same filters', async () => {
		const data = await page('triage=review&q=smith&after=abc');
		const statuses = data.tabs.filter((t) => t.status !== 'all');
		expect(statuses.reduce((n, t) => n + t.count, 0)).toBe(240);
		// The All tab, last: every status but drafts.
		expect(data.tabs.at(-1)).toMatchObject({ status: 'all', count: 240 });
		expect(data.tabs.at(-1)?.href).toBe('?status=all&triage=review&q=smith');
		expect(data.tabs.every((t) => !t.capped && t.count <= queue.COUNT_CAP)).toBe(true);
		expect(data.tabs.find((t) => t.status === 'approved')?.href).toBe(
			'?status=approved&triage=review&q=smith'
		);
		expect(data.clearHref).toBe('?status=submitted');
	});

	it('builds query strings without blanks, the default sort or a page cursor', () => {
		const filters = queue.parseFilters(
			new URLSearchParams('status=booked&triage=&sort=newest&state=TX&after=xyz&q=a b')
		);
		expect(filterQuery(filters)).toBe('?status=booked&state=TX&q=a+b');
		expect(filterQuery({ ...filters, sort: 'priority' }, { after: 'c1' })).toBe(
			'?status=booked&state=TX&q=a+b&sort=priority&after=c1'
		);
	});

	it('answers an empty page for a search that matches nobody', async () => {
		const data = await page('q=nobody-at-all');
		expect(data.rows).toEqual([]);
		expect(data.nextHref).toBeNull();
	});
});
