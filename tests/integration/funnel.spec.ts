import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { asc } from 'drizzle-orm';
import type { Db, DbHandle } from '../../src/lib/server/db/client';
import { funnelCounters } from '../../src/lib/server/db/schema';
import { createFunnel } from '../../src/lib/server/funnel';
import { openTestDb, resetDb } from './db';

let handle: DbHandle;
beforeAll(async () => {
	handle = await openTestDb();
});
afterAll(() => handle.close());
beforeEach(() => resetDb(handle));

const rows = () =>
	handle.db
		.select()
		.from(funnelCounters)
		.orderBy(asc(funnelCounters.day), asc(funnelCounters.stepId), asc(funnelCounters.event));

const day1 = new Date('2026-11-27T23:59:59Z');
const day2 = new Date('2026-11-28T00:00:01Z');

describe('step funnel', () => {
	it('adds the counts up per UTC day, step and event, and writes them on flush', async () => {
		const funnel = createFunnel(handle.db, { flushMs: 60_000 });
		funnel.count('about', 'viewed', day1);
		funnel.count('about', 'viewed', day1);
		funnel.count('about', 'completed', day1);
		funnel.count('about', 'viewed', day2);
		expect(await rows()).toEqual([]);
		await funnel.flush();
		funnel.count('about', 'viewed', day1);
		await funnel.stop();
		expect(await rows()).toEqual([
			{ day: '2026-11-27', stepId: 'about', event: 'completed', count: 1 },
			{ day: '2026-11-27', stepId: 'about', event: 'viewed', count: 3 },
			{ day: '2026-11-28', stepId: 'about', event: 'viewed', count: 1 }
		]);
	});

	it('keeps the counts of a failed write and stores them with the next one', async () => {
		let failNext = true;
		const flaky = new Proxy(handle.db, {
			get(target, key) {
				if (key === 'insert' && failNext) {
					failNext = false;
					return () => ({
						values: () => ({
							onConflictDoUpdate: () => Promise.reject(new Error('connection refused'))
						})
					});
				}
				return Reflect.get(target, key);
			}
		}) as Db;
		const funnel = createFunnel(flaky, { flushMs: 60_000 });
		funnel.count('review', 'completed', day1);
		await funnel.flush();
		expect(await rows()).toEqual([]);
		funnel.count('review', 'completed', day1);
		await funnel.stop();
		expect(await rows()).toEqual([
			{ day: '2026-11-27', stepId: 'review', event: 'completed', count: 2 }
		]);
	});

	it('writes on its own timer', async () => {
		const funnel = createFunnel(handle.db, { flushMs: 20 });
		funnel.count('consent', 'viewed', day2);
		await expect.poll(rows, { timeout: 5000 }).toHaveLength(1);
		await funnel.stop();
	});
});
