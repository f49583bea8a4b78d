import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, inArray } from 'drizzle-orm';
import type { DbHandle } from '../../src/lib/server/db/client';
import { intakes } from '../../src/lib/server/db/schema';
import * as queue from '../../src/lib/server/clinic/queue';
import { seedIntakes } from '../../src/lib/server/seed/insert';
import * as staff from '../../src/lib/server/auth/accounts';
import { openTestDb, resetDb } from './db';

let handle: DbHandle;
let all: (typeof intakes.$inferSelect)[];
let me: string;
const filters = (params: Record<string, string> = {}) =>
	queue.parseFilters(new URLSearchParams(params));

async function everyPage(params: Record<string, string>) {
	const seen: queue.QueueRow[] = [];
	let after: string | null = null;
	do {
		const page: Awaited<ReturnType<typeof queue.listPage>> = await queue.listPage(
			handle.db,
			filters({ ...params, ...(after ? { after } : {}) }),
			me
		);
		seen.push(...page.rows);
		after = page.next;
	} while (after);
	return seen;
}

beforeAll(async () => {
	handle = await openTestDb();
	await resetDb(handle);
	me = await staff.create(handle.db, {
		email: 'q@clinic.test',
		name: 'Queue Doc',
		role: 'clinician',
		password: 'long enough password'
	});
	await seedIntakes(handle.db, {
		count: 400,
		seed: 11,
		now: new Date('2026-11-27T12:00:00Z'),
		batchSize: 100
	});
	all = await handle.db.select().from(intakes);
	const submitted = all
		.filter((r) => r.status === 'submitted')
		.slice(0, 5)
		.map((r) => r.id);
	await handle.db.update(intakes).set({ assignedTo: me }).where(inArray(intakes.id, submitted));
	// A patient's unsent draft: never in any tab, "All" included.
	await handle.db.insert(intakes).values({ questionnaireVersion: 'test', firstName: 'Draft' });
	all = await handle.db.select().from(intakes);
});
afterAll(() => handle.close());

const expected = (pred: (r: (typeof all)[number]) => boolean) =>
	all
		.filter((r) => r.status === 'submitted' && pred(r))
		.sort((a, b) => b.submittedAt!.getTime() - a.submittedAt!.getTime() || (b.id < a.id ? -1 : 1))
		.map((r) => r.id);

describe('the triage queue', () => {
	it('pages through every submitted intake newest first, without gaps or repeats', async () => {
		const rows = await everyPage({});
		expect(rows.length).toBeGreaterThan(queue.PAGE_SIZE);
		expect(rows.map((r) => r.id)).toEqual(expected(() => true));
	});

	it('the All tab pages through every intake but drafts (archived included), with each sort and filters', async () => {
		const everyNonDraft = all
			.filter((r) => r.status !== 'draft')
			.sort((a, b) => b.submittedAt!.getTime() - a.submittedAt!.getTime() || (b.id < a.id ? -1 : 1))
			.map((r) => r.id);
		expect(all.some((r) => r.status === 'draft')).toBe(true);
		expect(all.some((r) => r.status === 'archived')).toBe(true);
		const rows = await everyPage({ status: 'all' });
		expect(rows.map((r) => r.id)).toEqual(everyNonDraft);
		const priority = await everyPage({ status: 'all', sort: 'priority' });
		expect(new Set(priority.map((r) => r.id))).toEqual(new Set(everyNonDraft));
		const activity = await everyPage({ status: 'all', sort: 'activity' });
		expect(activity).toHaveLength(everyNonDraft.length);
		const mine = await everyPage({ status: 'all', assigned: 'me' });
		expect(mine.map((r) => r.id).sort()).toEqual(
			all
				.filter((r) => r.assignedTo === me)
				.map((r) => r.id)
				.sort()
		);
		const review = await everyPage({ status: 'all', triage: 'review' });
		expect(review.map((r) => r.id)).toEqual(
			everyNonDraft.filter((id) => all.find((r) => r.id === id)!.triage === 'review')
		);
	});

	it('sorts by triage priority: not eligible now, then review, then eligible', async () => {
		const rows = await everyPage({ sort: 'priority' });
		const rank = { 'not-eligible-now': 0, review: 1, eligible: 2 } as const;
		const ranks = rows.map((r) => rank[r.triage!]);
		expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
		expect(rows).toHaveLength(expected(() => true).length);
	});

	it.each([
		['triage', { triage: 'review' }, (r: (typeof all)[number]) => r.triage === 'review'],
		[
			'severity',
			{ severity: 'contraindication' },
			(r: (typeof all)[number]) => r.contraindicationCount > 0
		],
		[
			'rule',
			{ rule: 'sleep-disturbance' },
			(r: (typeof all)[number]) => r.flagRules.includes('sleep-disturbance')
		],
		[
			'condition',
			{ condition: 'fibromyalgia' },
			(r: (typeof all)[number]) =>
				JSON.stringify(
					(r.answers as { conditions: { conditions: string[] } }).conditions.conditions
				).includes('"fibromyalgia"')
		],
		['state', { state: 'TX' }, (r: (typeof all)[number]) => r.usState === 'TX'],
		['assigned to me', { assigned: 'me' }, (r: (typeof all)[number]) => r.assignedTo === me],
		['unassigned', { assigned: 'unassigned' }, (r: (typeof all)[number]) => r.assignedTo === null],
		['source', { source: 'google' }, (r: (typeof all)[number]) => r.source === 'google']
	])('filters by %s', async (_name, params, pred) => {
		const want = expected(pred);
		expect(want.length).toBeGreaterThan(0);
		expect((await everyPage(params)).map((r) => r.id)).toEqual(want);
	});

	it('filters by submitted date range (inclusive days)', async () => {
		const day = all
			.find((r) => r.status === 'submitted')!
			.submittedAt!.toISOString()
			.slice(0, 10);
		const rows = await everyPage({ from: day, to: day });
		expect(rows.map((r) => r.id)).toEqual(
			expected((r) => r.submittedAt!.toISOString().startsWith(day))
		);
	});

	it('searches by email, phone digits and part of a name', async () => {
		const target = all.find((r) => r.status === 'submitted')!;
		expect((await everyPage({ q: target.email!.toUpperCase() })).map((r) => r.id)).toEqual([
			target.id
		]);
		const byPhone = await everyPage({
			q: `(${target.phone!.slice(0, 3)}) ${target.phone!.slice(3, 6)}-${target.phone!.slice(6)}`
		});
		expect(byPhone.map((r) => r.id)).toContain(target.id);
		const byName = await everyPage({ q: target.lastName!.slice(1, 5).toLowerCase() });
		expect(byName.map((r) => r.id)).toContain(target.id);
		expect(await everyPage({ q: "'; drop table intakes; --" })).toEqual([]);
		expect(await everyPage({ q: '%_%' })).toEqual([]);
	});

	// Issue 16: "555-0199", "0199", "maria.gonzalez" and "Lucia" found nothing.
	it('finds people by part of a name, email or phone, whatever the case, accents or punctuation', async () => {
		const at = new Date('2026-11-27T11:00:00Z');
		const people = await handle.db
			.insert(intakes)
			.values([
				{
					questionnaireVersion: 'test',
					status: 'submitted',
					submittedAt: at,
					firstName: 'Lucía',
					lastName: "O'Brien-Núñez",
					email: 'maria.gonzalez@example.com',
					phone: '3125550199'
				},
				{
					questionnaireVersion: 'test',
					status: 'submitted',
					submittedAt: at,
					firstName: 'ZOË',
					lastName: 'Çelik',
					email: 'zc@example.org',
					phone: '7734441234'
				}
			])
			.returning({ id: intakes.id });
		const [lucia, zoe] = people.map((p) => p.id);
		try {
			const ids = async (q: string) => (await everyPage({ q })).map((r) => r.id);
			for (const q of ['555-0199', '0199', '(312) 555-0199', '+1 312 555 0199', '3125550199'])
				expect(await ids(q), q).toContain(lucia);
			for (const q of [
				'maria.gonzalez',
				'MARIA.GONZ',
				'gonzalez@example',
				'Lucia',
				'lucía',
				'LUCIA'
			])
				expect(await ids(q), q).toContain(lucia);
			for (const q of ['obrien', "o'brien", 'O BRIEN-NUNEZ', 'nunez', 'Lucia OBrien', 'brien núñ'])
				expect(await ids(q), q).toEqual([lucia]);
			expect(await ids('zoe celik')).toEqual([zoe]);
			expect(await ids('Zoë')).toEqual([zoe]);
			expect(await ids('4441')).toEqual([zoe]);
			// Fewer than 4 digits is not a phone search; no letters or digits at all matches nobody.
			expect(await ids('019')).not.toContain(lucia);
			expect(await ids('--')).toEqual([]);
			// A query never matches across the name and the email.
			expect(await ids('nunezmaria')).toEqual([]);
		} finally {
			await handle.db.delete(intakes).where(inArray(intakes.id, [lucia!, zoe!]));
		}
	});

	it('sorts by last activity: a resubmission counts, the submission time stays', async () => {
		const [old] = all
			.filter((r) => r.status === 'submitted')
			.sort((a, b) => a.submittedAt!.getTime() - b.submittedAt!.getTime());
		await handle.db
			.update(intakes)
			.set({ resubmittedAt: new Date('2026-11-28T00:00:00Z') })
			.where(eq(intakes.id, old!.id));
		try {
			const page = await queue.listPage(handle.db, filters({ sort: 'activity' }), me);
			expect(page.rows[0]).toMatchObject({ id: old!.id, submittedAt: old!.submittedAt });
			expect(page.rows[0]!.resubmittedAt).toEqual(new Date('2026-11-28T00:00:00Z'));
			const newest = await queue.listPage(handle.db, filters(), me);
			expect(newest.rows.map((r) => r.id)).not.toContain(old!.id);
			// Every page of the activity sort, in order, without repeats.
			const rows = await everyPage({ sort: 'activity' });
			expect(rows.map((r) => r.id)).toEqual([old!.id, ...expected((r) => r.id !== old!.id)]);
		} finally {
			await handle.db.update(intakes).set({ resubmittedAt: null }).where(eq(intakes.id, old!.id));
		}
	});

	it('ignores malformed filters instead of failing', async () => {
		const f = filters({
			status: 'nope',
			triage: 'maybe',
			rule: 'DROP TABLE',
			after: 'garbage',
			from: '2026-13-45',
			sort: 'x'
		});
		expect(f).toMatchObject({ status: 'submitted', sort: 'newest' });
		expect(f.triage).toBeUndefined();
		expect(f.rule).toBeUndefined();
		expect(f.from).toBeUndefined();
		const page = await queue.listPage(handle.db, f, me);
		expect(page.rows.length).toBe(queue.PAGE_SIZE);
	});

	it('counts each status tab and the All tab, capped', async () => {
		const counts = await queue.tabCounts(handle.db);
		for (const status of queue.STATUSES) {
			expect(counts[status]).toBe(
				Math.min(all.filter((r) => r.status === status).length, queue.COUNT_CAP + 1)
			);
		}
		expect(counts.all).toBe(
			Math.min(all.filter((r) => r.status !== 'draft').length, queue.COUNT_CAP + 1)
		);
		const [one] = all;
		expect(await handle.db.select().from(intakes).where(eq(intakes.id, one!.id))).toHaveLength(1);
	});
});
