// What clinicians change on an intake: its status, its assignee and its notes.
//
// Why this is careful: two clinicians may act on the same intake at once. Every change to the
// intake row names the revision the clinician was looking at; the row is locked, the revision
// compared and bumped in one transaction, so the second writer gets 'conflict' (and the page shows
// the fresh state) instead of silently overwriting the first. Notes are append-only rows and never
// conflict. Every change writes one audit row in the same transaction; audit details hold ids and
// statuses only, never the text of a reason or note (that stays in intake_notes).
import { and, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import * as audit from '../audit';
import type { StaffRole } from '../auth/roles';
import type { Db } from '../db/client';
import { intakeNotes, intakes, user } from '../db/schema';
import { STATUSES } from './queue';
import { needsOverride, OVERRIDE_REASON_MISSING, recordOverride } from './decisions';

export type Status = (typeof STATUSES)[number];

/** Who is acting, and for which request (audit). */
export interface Actor {
	id: string;
	role: StaffRole;
	requestId?: string;
}

/** The workflow: each status and where a clinician may move it (archiving is separate). */
const TRANSITIONS: Readonly<Record<Status, readonly Status[]>> = {
	submitted: ['in_review'],
	in_review: ['approved', 'declined', 'needs_info'],
	needs_info: [],
	approved: ['booked'],
	declined: [],
	booked: [],
	archived: []
};

/** Statuses that need a written reason. */
export const REASON_REQUIRED: readonly Status[] = ['declined', 'archived'];

export const NOTE_MAX = 4000;

/** The statuses `role` may move an intake to from `from`: any status to archived for admins. */
export function allowedTransitions(from: string, role: StaffRole): Status[] {
	const next = [...(TRANSITIONS[from as Status] ?? [])];
	if (role === 'admin' && from !== 'archived' && from !== 'draft') next.push('archived');
	return next;
}

export const revisionField = z.coerce.number({ message: 'Reload the page.' }).int().min(0);
const reasonField = z
	.string()
	.trim()
	.max(NOTE_MAX, `Keep the reason under ${NOTE_MAX} characters.`)
	.optional();

/** The status form: the target status, the revision it was shown at, and a reason when needed. */
export const statusFormSchema = z
	.object({ to: z.enum(STATUSES, { message: 'Choose a status.' }), revision: revisionField })
	.extend({ reason: reasonField })
	.superRefine((v, ctx) => {
		if (REASON_REQUIRED.includes(v.to) && !v.reason) {
			ctx.addIssue({
				code: 'custom',
				path: ['reason'],
				message:
					v.to === 'declined' ? 'Give a reason for declining.' : 'Give a reason for archiving.'
			});
		}
	});

export const assignFormSchema = z.object({
	assignee: z.union([z.uuid({ message: 'Choose a clinician.' }), z.literal('')]),
	revision: revisionField
});

export const noteFormSchema = z.object({
	body: z
		.string()
		.trim()
		.min(1, 'Write the note first.')
		.max(NOTE_MAX, `Keep notes under ${NOTE_MAX} characters.`)
});

export type ChangeOutcome =
	| { kind: 'changed'; revision: number }
	/** Bad input only the intake's state can tell (a missing override reason): field errors, 400. */
	| { kind: 'invalid'; errors: Record<string, string[]> }
	| { kind: 'conflict' }
	| { kind: 'not-allowed' }
	| { kind: 'not-found' };

export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export const asDb = (tx: Tx) => tx as unknown as Db;

/** Locks the intake row; null for a missing intake or a draft (drafts are the patient's). */
async function lockIntake(tx: Tx, id: string) {
	const [row] = await tx
		.select({
			status: intakes.status,
			revision: intakes.revision,
			assignedTo: intakes.assignedTo,
			triage: intakes.triage
		})
		.from(intakes)
		.where(eq(intakes.id, id))
		.for('update');
	return row && row.status !== 'draft' ? row : null;
}

/** Bumps the revision with the given changes; the caller holds the row lock. */
export async function bump(tx: Tx, id: string, changes: Partial<typeof intakes.$inferInsert>) {
	const [row] = await tx
		.update(intakes)
		.set({ ...changes, revision: sql`${intakes.revision} + 1`, updatedAt: sql`now()` })
		.where(eq(intakes.id, id))
		.returning({ revision: intakes.revision });
	return row!.revision;
}

/**
 * Moves an intake to `to` if the workflow allows it; a reason is kept as a note. Approving or
 * booking an intake triaged not-eligible-now needs a reason: the override of its contraindications
 * (decisions.ts), refused as invalid without one, with nothing changed.
 */
export async function changeStatus(
	db: Db,
	actor: Actor,
	input: { intakeId: string; revision: number; to: Status; reason?: string; bulk?: boolean }
): Promise<ChangeOutcome> {
	return db.transaction(async (tx) => {
		const row = await lockIntake(tx, input.intakeId);
		if (!row) return { kind: 'not-found' };
		if (row.revision !== input.revision) return { kind: 'conflict' };
		if (!allowedTransitions(row.status, actor.role).includes(input.to)) {
			return { kind: 'not-allowed' };
		}
		// Asking for more information says what to ask: requestInfo (reopen.ts), never a bare status.
		if (input.to === 'needs_info') return { kind: 'not-allowed' };
		if (REASON_REQUIRED.includes(input.to) && !input.reason?.trim()) return { kind: 'not-allowed' };
		const override = needsOverride(row.triage, input.to);
		if (override && !input.reason?.trim()) {
			return { kind: 'invalid', errors: { reason: [OVERRIDE_REASON_MISSING] } };
		}
		const revision = await bump(tx, input.intakeId, {
			status: input.to,
			...(override ? { overriddenAt: new Date() } : {})
		});
		const noteId = input.reason?.trim()
			? await insertNote(tx, input.intakeId, actor.id, input.reason.trim())
			: null;
		const recorded =
			override && noteId !== null
				? await recordOverride(tx, {
						intakeId: input.intakeId,
						to: input.to,
						noteId,
						actorId: actor.id
					})
				: null;
		await audit.record(asDb(tx), {
			action: 'intake.status_changed',
			actorId: actor.id,
			actorRole: actor.role,
			intakeId: input.intakeId,
			requestId: actor.requestId,
			details: {
				from: row.status,
				to: input.to,
				revision,
				noteId,
				...(recorded ? { overrideId: recorded.id, contraindications: recorded.count } : {}),
				...(input.bulk ? { bulk: true } : {})
			}
		});
		return { kind: 'changed', revision };
	});
}

/** Assigns an intake to a staff member (or to nobody, with null). */
export async function assign(
	db: Db,
	actor: Actor,
	input: { intakeId: string; revision: number; assignee: string | null; bulk?: boolean }
): Promise<ChangeOutcome> {
	return db.transaction(async (tx) => {
		const row = await lockIntake(tx, input.intakeId);
		if (!row) return { kind: 'not-found' };
		if (row.revision !== input.revision) return { kind: 'conflict' };
		if (input.assignee && !(await isAssignable(asDb(tx), input.assignee))) {
			return { kind: 'not-allowed' };
		}
		const revision = await bump(tx, input.intakeId, { assignedTo: input.assignee });
		await audit.record(asDb(tx), {
			action: 'intake.assigned',
			actorId: actor.id,
			actorRole: actor.role,
			intakeId: input.intakeId,
			requestId: actor.requestId,
			details: {
				from: row.assignedTo,
				to: input.assignee,
				revision,
				...(input.bulk ? { bulk: true } : {})
			}
		});
		return { kind: 'changed', revision };
	});
}

/** Appends a note. Notes never change the intake row, so they need no revision. */
export async function addNote(
	db: Db,
	actor: Actor,
	input: { intakeId: string; body: string }
): Promise<{ kind: 'added'; id: number } | { kind: 'not-found' }> {
	return db.transaction(async (tx) => {
		const [row] = await tx
			.select({ status: intakes.status })
			.from(intakes)
			.where(eq(intakes.id, input.intakeId))
			.for('share');
		if (!row || row.status === 'draft') return { kind: 'not-found' };
		const id = await insertNote(tx, input.intakeId, actor.id, input.body);
		await audit.record(asDb(tx), {
			action: 'intake.note_added',
			actorId: actor.id,
			actorRole: actor.role,
			intakeId: input.intakeId,
			requestId: actor.requestId,
			details: { noteId: id }
		});
		return { kind: 'added', id };
	});
}

async function insertNote(tx: Tx, intakeId: string, authorId: string, body: string) {
	const [note] = await tx
		.insert(intakeNotes)
		.values({ intakeId, authorId, body })
		.returning({ id: intakeNotes.id });
	return note!.id;
}

/** Staff who can take intakes: clinicians and admins whose accounts are not banned. */
export async function assignableStaff(db: Db) {
	return db
		.select({ id: user.id, name: user.name, role: user.role })
		.from(user)
		.where(and(inArray(user.role, ['clinician', 'admin']), sql`${user.banned} is not true`))
		.orderBy(user.name);
}

export async function isAssignable(db: Db, id: string) {
	const [row] = await db
		.select({ id: user.id })
		.from(user)
		.where(
			and(
				eq(user.id, id),
				inArray(user.role, ['clinician', 'admin']),
				sql`${user.banned} is not true`
			)
		);
	return Boolean(row);
}
