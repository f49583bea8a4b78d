// Queue at scale (issue 16): bulk assign and archive (one audit row and timeline entry per intake,
// skipped intakes reported with the reason, bad input a field error that changes nothing) and
// saved views (each person's own, limited, degrading when a filter no longer validates).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestEvent } from '@sveltejs/kit';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { DbHandle } from '../../src/lib/server/db/client';
import { auditEvents, intakeNotes, intakes, savedViews } from '../../src/lib/server/db/schema';
import * as bulk from '../../src/lib/server/clinic/bulk';
import * as views from '../../src/lib/server/clinic/saved-views';
import * as workflow from '../../src/lib/server/clinic/workflow';
import { runQueueAction } from '../../src/lib/server/clinic/actions';
import { firstError, type FormMessage } from '../../src/lib/clinic/forms';
import { describeEvent } from '../../src/lib/server/clinic/timeline';
import type { Actor } from '../../src/lib/server/clinic/workflow';
import { openTestDb } from './db';
import { staffActor, submitExample } from './clinic-helpers';

let handle: DbHandle;
let doc: Actor;
let other: Actor;
let admin: Actor;

beforeAll(async () => {
	handle = await openTestDb();
	doc = await staffActor(handle.db, 'clinician', 'Dr Bulk');
	other = await staffActor(handle.db, 'clinician', 'Dr Other');
	admin = await staffActor(handle.db, 'admin', 'Admin Bulk');
});
afterAll(() => handle.close());

const rowsOf = (ids: string[]) =>
	handle.db.select().from(intakes).where(inArray(intakes.id, ids)).orderBy(intakes.id);
const refs = async (ids: string[]) => (await rowsOf(ids)).map((r) => `${r.id}:${r.revision}`);
const auditsOf = (ids: string[], action: string) =>
	handle.db
		.select()
		.from(auditEvents)
		.where(and(inArray(auditEvents.intakeId, ids), eq(auditEvents.action, action)));
const submitSome = (n: number) =>
	Promise.all(Array.from({ length: n }, () => submitExample(handle.db, 'clean-fibromyalgia')));

/** Posts a queue form action as `actor`, the way the /clinic route runs it, against the test db. */
async function post(
	actor: Actor,
	action: 'assign' | 'archive' | 'saveView' | 'deleteView',
	fields: [string, string][]
) {
	const body = new FormData();
	for (const [k, v] of fields) body.append(k, v);
	const event = {
		request: new Request('http://x/clinic', { method: 'POST', body }),
		locals: { user: { id: actor.id, role: actor.role }, requestId: actor.requestId }
	} as unknown as RequestEvent;
	switch (action) {
		case 'assign':
			return runQueueAction(event, action, bulk.bulkAssignSchema, (a, v) =>
				bulk.assignMany(handle.db, a, {
					rows: bulk.selectedRows(v),
					assignee: v.assignee === 'nobody' ? null : v.assignee
				})
			);
		case 'archive':
			return runQueueAction(event, action, bulk.bulkArchiveSchema, (a, v) =>
				bulk.archiveMany(handle.db, a, { rows: bulk.selectedRows(v), reason: v.reason })
			);
		case 'saveView':
			return runQueueAction(event, action, views.saveViewSchema, (a, v) =>
				views.save(handle.db, a, v)
			);
		case 'deleteView':
			return runQueueAction(event, action, views.deleteViewSchema, (a, v) =>
				views.remove(handle.db, a, v.view)
			);
	}
}
/** The form an action sent back: its id, field errors and message. */
type Form = { id: string; valid: boolean; errors: Record<string, unknown>; message?: FormMessage };
type Done = { form: Form; skipped: { id: string; name: string; why: string }[] };
/** A change that was made: the form with its status line, and the intakes skipped. */
const done = (r: unknown) => {
	const answer = r as Done;
	return { done: answer.form.message?.text, skipped: answer.skipped };
};
/** A refused post: its status, the first error of each field asked about, and the message. */
const failure = (r: unknown) => {
	const { status, data } = r as { status: number; data: { form: Form } };
	const error = (field: string) => firstError(data.form.errors, field);
	return { status, error, message: data.form.message?.text };
};

describe('bulk assign', () => {
	it('assigns each selected intake, one audit row and timeline entry each, marked bulk', async () => {
		const ids = await submitSome(3);
		const result = done(
			await post(doc, 'assign', [
				...(await refs(ids)).map((r): [string, string] => ['ids', r]),
				['assignee', other.id]
			])
		);
		expect(result.done).toBe('Assigned 3 intakes to Dr Other.');
		expect(result.skipped).toEqual([]);
		const rows = await rowsOf(ids);
		expect(rows.every((r) => r.assignedTo === other.id && r.revision === 1)).toBe(true);
		const audits = await auditsOf(ids, 'intake.assigned');
		expect(audits).toHaveLength(3);
		expect(new Set(audits.map((a) => a.intakeId))).toEqual(new Set(ids));
		for (const a of audits) {
			expect(a.actorId).toBe(doc.id);
			expect(a.details).toMatchObject({ to: other.id, bulk: true });
			const entry = describeEvent(
				{ ...a, details: a.details as Record<string, unknown> },
				new Map([[other.id, 'Dr Other']])
			);
			expect(entry.summary).toBe('Assigned to Dr Other (a bulk action from the queue)');
		}
	});

	it('"select all on this page" posts every row of the page, and unassigns with nobody', async () => {
		const ids = await submitSome(2);
		const pageRefs = await refs(ids);
		await post(doc, 'assign', [
			['all', 'page'],
			...pageRefs.map((r): [string, string] => ['page', r]),
			['assignee', doc.id]
		]);
		expect((await rowsOf(ids)).every((r) => r.assignedTo === doc.id)).toBe(true);
		const again = done(
			await post(doc, 'assign', [
				['all', 'page'],
				...(await refs(ids)).map((r): [string, string] => ['page', r]),
				['assignee', 'nobody']
			])
		);
		expect(again.done).toBe('Unassigned 2 intakes.');
		expect((await rowsOf(ids)).every((r) => r.assignedTo === null)).toBe(true);
	});

	it('skips, by name and why, an intake changed meanwhile or already assigned; does the rest', async () => {
		const [stale, same, fresh] = await submitSome(3);
		const before = await refs([stale!, same!, fresh!]);
		const at = (id: string) => before.find((r) => r.startsWith(id))!;
		// Someone else assigns `stale` after the page was loaded; `same` is already Dr Other's.
		await workflow.assign(handle.db, admin, { intakeId: stale!, revision: 0, assignee: doc.id });
		await workflow.assign(handle.db, admin, { intakeId: same!, revision: 0, assignee: other.id });
		const result = done(
			await post(doc, 'assign', [
				['ids', at(stale!)],
				['ids', `${same!}:1`],
				['ids', at(fresh!)],
				['assignee', other.id]
			])
		);
		expect(result.done).toBe('Assigned 1 intake to Dr Other. 2 intakes were skipped: see below.');
		expect(result.skipped.map((s) => [s.id, s.why])).toEqual([
			[stale, 'someone changed it after this page was loaded; open it to check'],
			[same, 'it is already assigned to them']
		]);
		expect(result.skipped[0]!.name).not.toBe('');
		const rows = await rowsOf([stale!, fresh!]);
		expect(rows.find((r) => r.id === stale)!.assignedTo).toBe(doc.id);
		expect(rows.find((r) => r.id === fresh)!.assignedTo).toBe(other.id);
		expect(await auditsOf([fresh!], 'intake.assigned')).toHaveLength(1);
		expect(await auditsOf([stale!, same!], 'intake.assigned')).toHaveLength(2);
	});

	const to = (): [string, string] => ['assignee', other.id];
	it.each<[string, (ref: string) => [string, string][], string]>([
		['no rows', () => [to()], 'ids'],
		['a malformed id', () => [['ids', 'not-a-uuid:0'], to()], 'ids'],
		['an id without a revision', () => [['ids', crypto.randomUUID()], to()], 'ids'],
		['SQL in an id', () => [['ids', "1' or '1'='1:0"], to()], 'ids'],
		['a good row with a malformed one', (ref) => [['ids', ref], ['ids', 'x'], to()], 'ids'],
		[
			'more than the limit',
			(ref) => [
				['ids', ref],
				...Array.from({ length: bulk.BULK_MAX }, (): [string, string] => [
					'ids',
					`${crypto.randomUUID()}:0`
				]),
				to()
			],
			'ids'
		],
		['no assignee', (ref) => [['ids', ref]], 'assignee'],
		[
			'an assignee that is not an id',
			(ref) => [
				['ids', ref],
				['assignee', 'nope']
			],
			'assignee'
		]
	])('refuses %s with a field error and changes nothing', async (_name, fields, field) => {
		const [id] = await submitSome(1);
		const [ref] = await refs([id!]);
		const result = failure(await post(doc, 'assign', fields(ref!)));
		expect(result.status).toBe(400);
		expect(result.error(field)).toBeTruthy();
		expect((await rowsOf([id!]))[0]!.revision).toBe(0);
		expect(await auditsOf([id!], 'intake.assigned')).toHaveLength(0);
	});

	it('refuses an assignee who may not take intakes (a banned account) as a field error', async () => {
		const banned = await staffActor(handle.db, 'clinician', 'Dr Banned');
		await handle.db.execute(sql`update "user" set banned = true where id = ${banned.id}`);
		const [id] = await submitSome(1);
		const result = failure(
			await post(doc, 'assign', [
				['ids', (await refs([id!]))[0]!],
				['assignee', banned.id]
			])
		);
		expect(result.status).toBe(400);
		expect(result.error('assignee')).toMatch(/cannot be assigned/);
		expect((await rowsOf([id!]))[0]!.assignedTo).toBeNull();
	});
});

describe('bulk archive', () => {
	it('archives as an admin: a note with the reason and an audit row per intake; skips the archived', async () => {
		const ids = await submitSome(3);
		await workflow.changeStatus(handle.db, admin, {
			intakeId: ids[2]!,
			revision: 0,
			to: 'in_review'
		});
		const [gone] = await submitSome(1);
		await workflow.changeStatus(handle.db, admin, {
			intakeId: gone!,
			revision: 0,
			to: 'archived',
			reason: 'earlier'
		});
		const result = done(
			await post(admin, 'archive', [
				...(await refs([...ids, gone!])).map((r): [string, string] => ['ids', r]),
				['reason', 'Duplicate submissions']
			])
		);
		expect(result.done).toBe('Archived 3 intakes. 1 intake was skipped: see below.');
		expect(result.skipped).toEqual([
			expect.objectContaining({ id: gone, why: 'it is already archived' })
		]);
		expect((await rowsOf(ids)).every((r) => r.status === 'archived')).toBe(true);
		const audits = await auditsOf(ids, 'intake.status_changed');
		const archived = audits.filter((a) => a.details.to === 'archived');
		expect(archived).toHaveLength(3);
		expect(archived.every((a) => a.details.bulk === true && a.actorId === admin.id)).toBe(true);
		// One note per intake, its own reason, pointed to by its audit row.
		const notes = await handle.db
			.select()
			.from(intakeNotes)
			.where(inArray(intakeNotes.intakeId, ids));
		expect(notes.filter((n) => n.body === 'Duplicate submissions')).toHaveLength(3);
		expect(archived.map((a) => a.details.noteId).sort()).toEqual(
			notes
				.filter((n) => n.body === 'Duplicate submissions')
				.map((n) => n.id)
				.sort()
		);
	});

	it('refuses a clinician (403) and changes nothing', async () => {
		const ids = await submitSome(2);
		const result = failure(
			await post(doc, 'archive', [
				...(await refs(ids)).map((r): [string, string] => ['ids', r]),
				['reason', 'tidy up']
			])
		);
		expect(result.status).toBe(403);
		expect(result.message).toBe('Only an admin can archive intakes.');
		expect((await rowsOf(ids)).every((r) => r.status === 'submitted' && r.revision === 0)).toBe(
			true
		);
		expect(await auditsOf(ids, 'intake.status_changed')).toHaveLength(0);
	});

	it('needs a reason (a field error; nothing changed)', async () => {
		const ids = await submitSome(1);
		for (const reason of [[], [['reason', '   ']]] as [string, string][][]) {
			const result = failure(
				await post(admin, 'archive', [['ids', (await refs(ids))[0]!], ...reason])
			);
			expect(result.status).toBe(400);
			expect(result.error('reason')).toBe('Give a reason for archiving.');
		}
		expect((await rowsOf(ids))[0]!.status).toBe('submitted');
	});
});

describe('saved views', () => {
	it('saves, lists, replaces by name and deletes; each person sees only their own', async () => {
		const me = await staffActor(handle.db, 'clinician');
		const you = await staffActor(handle.db, 'clinician');
		const saved = done(
			await post(me, 'saveView', [
				['name', 'Texas, urgent first'],
				['query', 'status=all&state=TX&sort=priority&after=abc&/assign=&junk=1']
			])
		);
		expect(saved.done).toBe('View saved.');
		await post(you, 'saveView', [
			['name', 'Mine'],
			['query', 'status=approved']
		]);
		const params = new URLSearchParams('status=all&state=TX&sort=priority');
		const mine = await views.listFor(handle.db, me.id, params);
		expect(mine.views).toEqual([
			expect.objectContaining({
				name: 'Texas, urgent first',
				href: '?status=all&state=TX&sort=priority',
				current: true,
				degraded: false
			})
		]);
		expect((await views.listFor(handle.db, you.id, params)).views.map((v) => v.name)).toEqual([
			'Mine'
		]);
		// Same name again: replaced, not doubled.
		const replaced = done(
			await post(me, 'saveView', [
				['name', 'Texas, urgent first'],
				['query', 'status=submitted&state=TX']
			])
		);
		expect(replaced.done).toMatch(/replaces/);
		const after = (await views.listFor(handle.db, me.id, params)).views;
		expect(after).toHaveLength(1);
		expect(after[0]!.href).toBe('?status=submitted&state=TX');
		// Another person cannot delete it: not found, still there.
		const theirs = failure(await post(you, 'deleteView', [['view', after[0]!.id]]));
		expect(theirs.status).toBe(404);
		expect((await views.listFor(handle.db, me.id, params)).views).toHaveLength(1);
		const deleted = done(await post(me, 'deleteView', [['view', after[0]!.id]]));
		expect(deleted.done).toBe('Saved view deleted.');
		expect((await views.listFor(handle.db, me.id, params)).views).toEqual([]);
		const trail = await handle.db
			.select()
			.from(auditEvents)
			.where(eq(auditEvents.actorId, me.id))
			.orderBy(asc(auditEvents.id));
		expect(trail.map((a) => a.action)).toEqual([
			'queue.view_saved',
			'queue.view_saved',
			'queue.view_deleted'
		]);
		// The audit rows name the view by id only, never its name or filters.
		expect(JSON.stringify(trail)).not.toContain('Texas');
	});

	it('limits the name and the number of views per person (field errors)', async () => {
		const me = await staffActor(handle.db, 'clinician');
		for (const name of ['', '   ', 'x'.repeat(views.VIEW_NAME_MAX + 1)]) {
			const result = failure(await post(me, 'saveView', [['name', name]]));
			expect(result.status).toBe(400);
			expect(result.error('name')).toBeTruthy();
		}
		const bad = failure(await post(me, 'deleteView', [['view', 'nope']]));
		expect(bad.status).toBe(400);
		for (let i = 0; i < views.VIEWS_MAX; i++) {
			await post(me, 'saveView', [
				['name', `View ${i}`],
				['query', '']
			]);
		}
		const over = failure(await post(me, 'saveView', [['name', 'One too many']]));
		expect(over.status).toBe(400);
		expect(over.error('name')).toMatch(/most one person can keep/);
		const count = await handle.db.select().from(savedViews).where(eq(savedViews.staffId, me.id));
		expect(count).toHaveLength(views.VIEWS_MAX);
		// Saving an existing name again still works at the limit.
		expect(await post(me, 'saveView', [['name', 'View 0']])).toMatchObject({
			form: { id: 'saveView', valid: true }
		});
	});

	it('a stored view whose filters no longer validate loses them and says so', async () => {
		const me = await staffActor(handle.db, 'clinician');
		await handle.db.insert(savedViews).values({
			staffId: me.id,
			name: 'Old',
			query:
				'status=retired&rule=a-rule-since-removed&condition=fibromyalgia&triage=x&sort=priority'
		});
		const [view] = (await views.listFor(handle.db, me.id, new URLSearchParams())).views;
		expect(view).toMatchObject({
			name: 'Old',
			href: '?status=submitted&condition=fibromyalgia&sort=priority',
			degraded: true
		});
	});
});
