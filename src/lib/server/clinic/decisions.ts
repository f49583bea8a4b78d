// Clinical decision support on decisions (issue 16). Approving or booking an intake triaged
// not-eligible-now is an override: the clinician is shown each contraindication of the current
// screening and must write why; the reason is kept as a note and the override (which screening,
// which contraindications) in intake_overrides, in the same transaction as the status change.
// Caution flags can be marked as reviewed one by one, per screening: a new screening opens them
// again. Audit details hold ids and counts only, never rule names or the reason's text.
import { and, asc, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import * as audit from '../audit';
import type { Db } from '../db/client';
import {
	flagReviews,
	intakeFlags,
	intakeOverrides,
	intakeNotes,
	intakes,
	user
} from '../db/schema';
import { currentScreening } from '../intakes/screenings';
import type { Actor, Status, Tx } from './workflow';

/** Statuses that act on the patient as eligible: against a not-eligible-now triage, an override. */
export const OVERRIDE_STATUSES: readonly Status[] = ['approved', 'booked'];

export const needsOverride = (triage: string | null, to: string) =>
	triage === 'not-eligible-now' && (OVERRIDE_STATUSES as readonly string[]).includes(to);

export const OVERRIDE_REASON_MISSING =
	'Write why you are overriding the contraindications: it is kept as a note on the intake.';

/** The contraindications of the intake's current screening (rule ids), and that screening's id. */
export async function contraindications(db: Db, intakeId: string) {
	const screening = await currentScreening(db, intakeId);
	if (screening) {
		return {
			screeningId: screening.id,
			ruleIds: screening.result.flags
				.filter((f) => f.severity === 'contraindication')
				.map((f) => f.rule)
		};
	}
	const rows = await db
		.select({ ruleId: intakeFlags.ruleId })
		.from(intakeFlags)
		.where(and(eq(intakeFlags.intakeId, intakeId), eq(intakeFlags.severity, 'contraindication')))
		.orderBy(asc(intakeFlags.id));
	return { screeningId: null, ruleIds: rows.map((r) => r.ruleId) };
}

/** Records an override of the current screening's contraindications; returns its id. */
export async function recordOverride(
	tx: Tx,
	input: { intakeId: string; to: Status; noteId: number; actorId: string }
) {
	const { screeningId, ruleIds } = await contraindications(tx as unknown as Db, input.intakeId);
	const [row] = await tx
		.insert(intakeOverrides)
		.values({
			intakeId: input.intakeId,
			screeningId,
			toStatus: input.to,
			ruleIds,
			noteId: input.noteId,
			createdBy: input.actorId
		})
		.returning({ id: intakeOverrides.id });
	return { id: row!.id, count: ruleIds.length };
}

/** Every override of an intake, oldest first, with the reason and who decided. */
export async function overridesOf(db: Db, intakeId: string) {
	return db
		.select({
			id: intakeOverrides.id,
			toStatus: intakeOverrides.toStatus,
			ruleIds: intakeOverrides.ruleIds,
			screeningId: intakeOverrides.screeningId,
			createdAt: intakeOverrides.createdAt,
			reason: intakeNotes.body,
			noteId: intakeOverrides.noteId,
			byName: user.name
		})
		.from(intakeOverrides)
		.innerJoin(intakeNotes, eq(intakeNotes.id, intakeOverrides.noteId))
		.leftJoin(user, eq(user.id, intakeOverrides.createdBy))
		.where(eq(intakeOverrides.intakeId, intakeId))
		.orderBy(asc(intakeOverrides.id));
}

/** The reviewed caution flags of one screening, by rule id. */
export async function reviewsOf(db: Db, screeningId: number) {
	return db
		.select({
			ruleId: flagReviews.ruleId,
			reviewedAt: flagReviews.reviewedAt,
			byName: user.name
		})
		.from(flagReviews)
		.leftJoin(user, eq(user.id, flagReviews.reviewedBy))
		.where(eq(flagReviews.screeningId, screeningId))
		.orderBy(asc(flagReviews.id));
}

export const reviewFormSchema = z.object({
	screening: z.coerce.number({ message: 'Reload the page.' }).int().positive(),
	rule: z.string().regex(/^[a-z0-9-]{2,60}$/, 'Choose a flag.')
});

export type ReviewOutcome =
	| { kind: 'added'; id: number }
	| { kind: 'conflict' }
	| { kind: 'not-allowed' }
	| { kind: 'not-found' };

/**
 * Marks one caution flag of the screening the clinician was shown as reviewed. A screening that is
 * no longer current is a conflict (the page shows the new one); a flag that is not a caution of it
 * is refused. Marking twice keeps the first review and succeeds.
 */
export async function reviewFlag(
	db: Db,
	actor: Actor,
	input: { intakeId: string; screeningId: number; ruleId: string }
): Promise<ReviewOutcome> {
	return db.transaction(async (txn) => {
		const tx = txn as unknown as Db;
		const [row] = await tx
			.select({ status: intakes.status })
			.from(intakes)
			.where(eq(intakes.id, input.intakeId))
			.for('share');
		if (!row || row.status === 'draft') return { kind: 'not-found' };
		const screening = await currentScreening(tx, input.intakeId);
		if (!screening || screening.id !== input.screeningId) return { kind: 'conflict' };
		const flag = screening.result.flags.find((f) => f.rule === input.ruleId);
		if (!flag || flag.severity !== 'caution') return { kind: 'not-allowed' };
		const [added] = await tx
			.insert(flagReviews)
			.values({
				intakeId: input.intakeId,
				screeningId: input.screeningId,
				ruleId: input.ruleId,
				reviewedBy: actor.id
			})
			.onConflictDoNothing()
			.returning({ id: flagReviews.id });
		if (!added) {
			const [existing] = await tx
				.select({ id: flagReviews.id })
				.from(flagReviews)
				.where(
					and(eq(flagReviews.screeningId, input.screeningId), eq(flagReviews.ruleId, input.ruleId))
				)
				.orderBy(desc(flagReviews.id));
			return { kind: 'added', id: existing!.id };
		}
		await audit.record(tx, {
			action: 'intake.flag_reviewed',
			actorId: actor.id,
			actorRole: actor.role,
			intakeId: input.intakeId,
			requestId: actor.requestId,
			details: { screeningId: input.screeningId, reviewId: added.id }
		});
		return { kind: 'added', id: added.id };
	});
}
