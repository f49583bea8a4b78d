// One intake for a clinician: the row, its stored screening, notes, requests for more information and
// timeline. Opening it writes
// exactly one audit row (intake.viewed or intake.printed) in the same transaction as the reads,
// before anything is returned, so no one sees an intake without the trail recording it. A
// malformed id and an unknown id give the same null (the route answers 404 for both), and drafts
// are the patient's, never shown here.
import { asc, desc, eq, getTableColumns, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import * as audit from '../audit';
import type { Db } from '../db/client';
import { auditEvents, infoRequests, intakeFlags, intakeNotes, intakes, user } from '../db/schema';
import { currentScreening } from '../intakes/screenings';
import type { Actor } from './workflow';
import { describeEvent, groupRepeatedViews, type TimelineEvent } from './timeline';
import { overridesOf, reviewsOf } from './decisions';

const TIMELINE_LIMIT = 200;
const isId = (id: string) => z.uuid().safeParse(id).success;

export type IntakeRecord = NonNullable<Awaited<ReturnType<typeof open>>>;

/** Reads an intake for `actor` and records the look as `action`; null when there is none. */
export async function open(
	db: Db,
	id: string,
	actor: Actor,
	action: 'intake.viewed' | 'intake.printed'
) {
	if (!isId(id)) return null;
	return db.transaction(async (txn) => {
		const tx = txn as unknown as Db;
		const assignee = alias(user, 'assignee');
		const [found] = await tx
			.select({ intake: intakes, assigneeName: assignee.name })
			.from(intakes)
			.leftJoin(assignee, eq(assignee.id, intakes.assignedTo))
			.where(eq(intakes.id, id));
		if (!found || found.intake.status === 'draft') return null;
		await audit.record(tx, {
			action,
			actorId: actor.id,
			actorRole: actor.role,
			intakeId: id,
			requestId: actor.requestId
		});
		const screening = await currentScreening(tx, id);
		// Only an intake without a stored screening shows its flag rows (flags.ts).
		const flags = screening
			? []
			: await tx
					.select({
						ruleId: intakeFlags.ruleId,
						severity: intakeFlags.severity,
						rulesetVersion: intakeFlags.rulesetVersion,
						evidence: intakeFlags.evidence
					})
					.from(intakeFlags)
					.where(eq(intakeFlags.intakeId, id))
					.orderBy(asc(intakeFlags.id));
		const notes = await tx
			.select({
				id: intakeNotes.id,
				body: intakeNotes.body,
				createdAt: intakeNotes.createdAt,
				authorName: user.name
			})
			.from(intakeNotes)
			.leftJoin(user, eq(user.id, intakeNotes.authorId))
			.where(eq(intakeNotes.intakeId, id))
			.orderBy(asc(intakeNotes.createdAt), asc(intakeNotes.id));
		const requests = await readRequests(tx, id);
		const overrides = await overridesOf(tx, id);
		const reviews = screening ? await reviewsOf(tx, screening.id) : [];
		const timeline = await readTimeline(tx, id);
		return {
			...found.intake,
			assigneeName: found.assigneeName,
			screening,
			flags,
			notes,
			requests,
			overrides,
			reviews,
			...timeline
		};
	});
}

/** Every request for more information of an intake, newest first, with who asked. */
async function readRequests(db: Db, intakeId: string) {
	const { id, requestedBy, intakeId: _intake, ...columns } = getTableColumns(infoRequests);
	return db
		.select({ id, ...columns, requestedByName: user.name })
		.from(infoRequests)
		.leftJoin(user, eq(user.id, requestedBy))
		.where(eq(infoRequests.intakeId, intakeId))
		.orderBy(desc(infoRequests.requestedAt), desc(id));
}

/** The newest audit events of an intake (newest first), described for people. */
async function readTimeline(db: Db, intakeId: string) {
	const rows = await db
		.select({
			id: auditEvents.id,
			at: auditEvents.at,
			action: auditEvents.action,
			actorId: auditEvents.actorId,
			details: auditEvents.details
		})
		.from(auditEvents)
		.where(eq(auditEvents.intakeId, intakeId))
		.orderBy(desc(auditEvents.at), desc(auditEvents.id))
		.limit(TIMELINE_LIMIT + 1);
	const shown = rows.slice(0, TIMELINE_LIMIT);
	const staffIds = new Set<string>();
	for (const r of shown) {
		if (r.actorId) staffIds.add(r.actorId);
		for (const key of ['from', 'to'] as const) {
			const v = r.details[key];
			if (r.action === 'intake.assigned' && typeof v === 'string') staffIds.add(v);
		}
	}
	const names = new Map(
		staffIds.size
			? (
					await db
						.select({ id: user.id, name: user.name })
						.from(user)
						.where(inArray(user.id, [...staffIds]))
				).map((u) => [u.id, u.name])
			: []
	);
	const events: TimelineEvent[] = groupRepeatedViews(shown.map((r) => describeEvent(r, names)));
	return { timeline: events, timelineTruncated: rows.length > TIMELINE_LIMIT };
}
