import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { and, eq, inArray } from 'drizzle-orm';
import type { DbHandle } from '../../src/lib/server/db/client';
import { auditEvents, intakeNotes, intakes, user } from '../../src/lib/server/db/schema';
import * as workflow from '../../src/lib/server/clinic/workflow';
import type { Actor, Status } from '../../src/lib/server/clinic/workflow';
import { openTestDb } from './db';
import { staffActor, submitExample } from './clinic-helpers';

let handle: DbHandle;
let doc: Actor;
let other: Actor;
let admin: Actor;
let id: string;

beforeAll(async () => {
	handle = await openTestDb();
	doc = await staffActor(handle.db, 'clinician', 'Dr One');
	other = await staffActor(handle.db, 'clinician', 'Dr Two');
	admin = await staffActor(handle.db, 'admin', 'Admin Ada');
});
afterAll(() => handle.close());
beforeEach(async () => {
	id = await submitExample(handle.db, 'clean-fibromyalgia');
});

const row = async () => (await handle.db.select().from(intakes).where(eq(intakes.id, id)))[0]!;
const audits = (action: string) =>
	handle.db
		.select()
		.from(auditEvents)
		.where(and(eq(auditEvents.intakeId, id), eq(auditEvents.action, action)))
		.orderBy(auditEvents.id);

/** Walks the intake through `path` as `actor`, each step at the current revision. */
async function walk(actor: Actor, path: Status[]) {
	for (const to of path) {
		const { revision } = await row();
		const reason = workflow.REASON_REQUIRED.includes(to) ? `why ${to}` : undefined;
		const outcome = await workflow.changeStatus(handle.db, actor, {
			intakeId: id,
			revision,
			to,
			reason
		});
		expect(outcome.kind, `${to}`).toBe('changed');
	}
}

describe('status transitions', () => {
	it.each<[string, Status[]]>([
		['submitted → in review → approved → booked', ['in_review', 'approved', 'booked']],
		['in review → declined (with a reason)', ['in_review', 'declined']]
	])('allows %s, one audit row each', async (_name, path) => {
		await walk(doc, path);
		expect((await row()).status).toBe(path.at(-1));
		expect((await row()).revision).toBe(path.length);
		const rows = await audits('intake.status_changed');
		expect(rows.map((r) => r.details.to)).toEqual(path);
		expect(rows.every((r) => r.actorId === doc.id && r.requestId === doc.requestId)).toBe(true);
	});

	it.each<[string, Status[], Status]>([
		['submitted → approved (skipping review)', [], 'approved'],
		['submitted → booked', [], 'booked'],
		['in review → booked', ['in_review'], 'booked'],
		['approved → declined', ['in_review', 'approved'], 'declined'],
		['declined → approved', ['in_review', 'declined'], 'approved'],
		['a clinician archiving', ['in_review'], 'archived'],
		// Needs info says what is needed: reopen.requestInfo (clinic-reopen.spec.ts).
		['in review → needs info as a bare status', ['in_review'], 'needs_info']
	])('refuses %s and changes nothing', async (_name, path, to) => {
		await walk(doc, path);
		const before = await row();
		const outcome = await workflow.changeStatus(handle.db, doc, {
			intakeId: id,
			revision: before.revision,
			to,
			reason: 'a reason'
		});
		expect(outcome).toEqual({ kind: 'not-allowed' });
		expect(await row()).toEqual(before);
		expect(await audits('intake.status_changed')).toHaveLength(path.length);
	});

	it('lets an admin archive from any status, with the reason kept as a note', async () => {
		await walk(doc, ['in_review', 'approved', 'booked']);
		const { revision } = await row();
		const outcome = await workflow.changeStatus(handle.db, admin, {
			intakeId: id,
			revision,
			to: 'archived',
			reason: 'Duplicate of an earlier intake.'
		});
		expect(outcome.kind).toBe('changed');
		expect((await row()).status).toBe('archived');
		const [audit] = (await audits('intake.status_changed')).slice(-1);
		const [note] = await handle.db
			.select()
			.from(intakeNotes)
			.where(eq(intakeNotes.id, audit!.details.noteId as number));
		expect(note).toMatchObject({ body: 'Duplicate of an earlier intake.', authorId: admin.id });
		expect(JSON.stringify(audit!.details)).not.toContain('Duplicate');
		expect(workflow.allowedTransitions('archived', 'admin')).toEqual([]);
	});

	it('requires a reason for declining and archiving, at the form and in the workflow', async () => {
		const parsed = workflow.statusFormSchema.safeParse({
			to: 'declined',
			revision: '1',
			reason: '  '
		});
		expect(parsed.success).toBe(false);
		expect(parsed.error?.issues[0]?.path).toEqual(['reason']);
		expect(
			workflow.statusFormSchema.safeParse({ to: 'archived', revision: '0' }).error?.issues[0]
				?.message
		).toBe('Give a reason for archiving.');
		await walk(doc, ['in_review']);
		const outcome = await workflow.changeStatus(handle.db, doc, {
			intakeId: id,
			revision: 1,
			to: 'declined'
		});
		expect(outcome.kind).toBe('not-allowed');
	});

	it('ignores requests for an unknown intake', async () => {
		const outcome = await workflow.changeStatus(handle.db, doc, {
			intakeId: crypto.randomUUID(),
			revision: 0,
			to: 'in_review'
		});
		expect(outcome.kind).toBe('not-found');
	});
});

describe('two clinicians at once', () => {
	it('refuses the second writer of the same revision and keeps the first change', async () => {
		const seen = (await row()).revision;
		const first = await workflow.changeStatus(handle.db, doc, {
			intakeId: id,
			revision: seen,
			to: 'in_review'
		});
		const second = await workflow.assign(handle.db, other, {
			intakeId: id,
			revision: seen,
			assignee: other.id
		});
		expect(first.kind).toBe('changed');
		expect(second).toEqual({ kind: 'conflict' });
		expect(await row()).toMatchObject({
			status: 'in_review',
			assignedTo: null,
			revision: seen + 1
		});
		expect(await audits('intake.assigned')).toEqual([]);
	});

	it('lets exactly one of two simultaneous changes win', async () => {
		const seen = (await row()).revision;
		const outcomes = await Promise.all(
			[doc, other].map((actor) =>
				workflow.assign(handle.db, actor, { intakeId: id, revision: seen, assignee: actor.id })
			)
		);
		expect(outcomes.map((o) => o.kind).sort()).toEqual(['changed', 'conflict']);
		const winner = outcomes[0]!.kind === 'changed' ? doc : other;
		expect(await row()).toMatchObject({ assignedTo: winner.id, revision: seen + 1 });
		expect(await audits('intake.assigned')).toHaveLength(1);
	});
});

describe('assignment', () => {
	it('assigns, reassigns and unassigns, auditing ids only', async () => {
		await workflow.assign(handle.db, doc, { intakeId: id, revision: 0, assignee: doc.id });
		await workflow.assign(handle.db, doc, { intakeId: id, revision: 1, assignee: other.id });
		await workflow.assign(handle.db, other, { intakeId: id, revision: 2, assignee: null });
		expect(await row()).toMatchObject({ assignedTo: null, revision: 3 });
		const rows = await audits('intake.assigned');
		expect(rows.map((r) => [r.details.from, r.details.to])).toEqual([
			[null, doc.id],
			[doc.id, other.id],
			[other.id, null]
		]);
	});

	it('refuses an assignee who is not active clinic staff', async () => {
		await handle.db.update(user).set({ banned: true }).where(eq(user.id, other.id));
		try {
			for (const assignee of [other.id, crypto.randomUUID()]) {
				const outcome = await workflow.assign(handle.db, doc, {
					intakeId: id,
					revision: 0,
					assignee
				});
				expect(outcome.kind).toBe('not-allowed');
			}
			expect((await workflow.assignableStaff(handle.db)).map((s) => s.id)).not.toContain(other.id);
		} finally {
			await handle.db.update(user).set({ banned: false }).where(eq(user.id, other.id));
		}
	});
});

describe('notes', () => {
	it('appends notes with author and time, never touching the intake revision', async () => {
		const a = await workflow.addNote(handle.db, doc, { intakeId: id, body: 'Called, no answer.' });
		const b = await workflow.addNote(handle.db, other, { intakeId: id, body: 'Spoke to patient.' });
		expect(a.kind).toBe('added');
		expect(b.kind).toBe('added');
		const notes = await handle.db
			.select()
			.from(intakeNotes)
			.where(eq(intakeNotes.intakeId, id))
			.orderBy(intakeNotes.id);
		expect(notes.map((n) => [n.body, n.authorId])).toEqual([
			['Called, no answer.', doc.id],
			['Spoke to patient.', other.id]
		]);
		expect(notes.every((n) => n.createdAt instanceof Date)).toBe(true);
		expect((await row()).revision).toBe(0);
		const rows = await audits('intake.note_added');
		expect(rows.map((r) => r.details)).toEqual(notes.map((n) => ({ noteId: n.id })));
	});

	it('validates note text', () => {
		expect(workflow.noteFormSchema.safeParse({ body: '   ' }).error?.issues[0]?.message).toBe(
			'Write the note first.'
		);
		expect(
			workflow.noteFormSchema.safeParse({ body: 'x'.repeat(workflow.NOTE_MAX + 1) }).success
		).toBe(false);
	});

	it('refuses a note on an unknown intake', async () => {
		const outcome = await workflow.addNote(handle.db, doc, {
			intakeId: crypto.randomUUID(),
			body: 'x'
		});
		expect(outcome.kind).toBe('not-found');
		const [any] = await handle.db
			.select()
			.from(intakeNotes)
			.where(inArray(intakeNotes.body, ['x']));
		expect(any).toBeUndefined();
	});
});
