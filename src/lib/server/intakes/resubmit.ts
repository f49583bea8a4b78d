// The patient sends the answers a clinician asked for: validate the whole intake, screen it again
// and store the outcome in one transaction, like the first submission (submit.ts). The intake gets
// the new answers, flags, triage and dates and goes back to 'submitted' for review (its first
// submission time kept, the resubmission's in resubmitted_at); the request
// keeps the answers and flags after, beside those before, for the clinician's "What changed". The
// intake row is locked first, so a double click or a second tab ends in one single resubmission.
import { and, eq, isNull, sql } from 'drizzle-orm';
import {
	QUESTIONNAIRE_VERSION,
	firstIncompleteStep,
	intakeSchema,
	validatingOn,
	type DraftAnswers
} from '../../intake';
import * as alertEvents from '../alerts/events';
import * as audit from '../audit';
import type { Db } from '../db/client';
import { infoRequests, intakes } from '../db/schema';
import { contactColumns } from './record';
import type { SubmitOutcome } from './submit';
import { NO_RESUME_SECRETS } from './drafts';
import { screenAndStore } from './screenings';

export async function resubmit(
	db: Db,
	id: string,
	opts: { today: string; serviceStates: readonly string[]; requestId?: string }
): Promise<SubmitOutcome> {
	return db.transaction(async (tx) => {
		const [row] = await tx
			.select({ status: intakes.status })
			.from(intakes)
			.where(eq(intakes.id, id))
			.for('update');
		if (!row) return { kind: 'not-found' };
		if (row.status !== 'needs_info') return { kind: 'already-submitted', id };
		const [request] = await tx
			.select({ id: infoRequests.id, answers: infoRequests.answers, reply: infoRequests.reply })
			.from(infoRequests)
			.where(and(eq(infoRequests.intakeId, id), isNull(infoRequests.answeredAt)))
			.for('update');
		if (!request) return { kind: 'already-submitted', id };

		const draft = request.answers as DraftAnswers;
		const parsed = validatingOn(opts.today, () => intakeSchema.safeParse(draft));
		if (!parsed.success)
			return { kind: 'incomplete', step: firstIncompleteStep(draft) ?? 'review' };

		const answers = parsed.data;
		await tx
			.update(intakes)
			.set({
				status: 'submitted',
				// Sent: no link or code opens it again; the cookie token only for a moment (drafts.ts).
				...NO_RESUME_SECRETS,
				answers,
				questionnaireVersion: QUESTIONNAIRE_VERSION,
				...contactColumns(answers),
				// The first submission time stays; the queue shows this one as "Updated" (issue 16).
				resubmittedAt: new Date(),
				updatedAt: new Date(),
				revision: sql`${intakes.revision} + 1`
			})
			.where(eq(intakes.id, id));
		const { result } = await screenAndStore(tx as unknown as Db, {
			intakeId: id,
			answers,
			today: opts.today,
			serviceStates: opts.serviceStates,
			kind: 'resubmitted'
		});
		const flags = result.flags.map((f) => ({ ruleId: f.rule, severity: f.severity }));
		await tx
			.update(infoRequests)
			.set({
				answers,
				triageAfter: result.triage,
				flagsAfter: flags,
				answeredAt: new Date()
			})
			.where(eq(infoRequests.id, request.id));
		// Staff alerts (counts only) are queued with the submission: both or neither.
		await alertEvents.enqueue(tx as unknown as Db, 'updated', id);
		await audit.record(tx as unknown as Db, {
			action: 'intake.resubmitted',
			intakeId: id,
			requestId: opts.requestId,
			details: {
				infoRequestId: request.id,
				// Whether the patient wrote a reply to the message; never its words (health information).
				replied: Boolean(request.reply),
				triage: result.triage,
				flags: flags.length,
				rulesetVersion: result.rulesetVersion
			}
		});
		return { kind: 'submitted', id, result };
	});
}
