// Submission: validate the whole intake, screen it and store the outcome (screenings.ts) in one
// transaction.
// The row is locked first, so a double click, a retry after a timeout or a second tab all end in
// the same single submitted intake.
import { eq } from 'drizzle-orm';
import {
	QUESTIONNAIRE_VERSION,
	firstIncompleteStep,
	intakeSchema,
	validatingOn,
	type DraftAnswers,
	type StepId
} from '../../intake';
import * as alertEvents from '../alerts/events';
import * as audit from '../audit';
import type { Db } from '../db/client';
import { intakes } from '../db/schema';
import { contactColumns } from './record';
import { NO_RESUME_SECRETS } from './drafts';
import { screenAndStore, type StoredScreening } from './screenings';

export type SubmitOutcome =
	| { kind: 'submitted'; id: string; result: StoredScreening }
	| { kind: 'already-submitted'; id: string }
	| { kind: 'incomplete'; step: StepId | 'review' }
	| { kind: 'not-found' };

export async function submit(
	db: Db,
	id: string,
	opts: { today: string; serviceStates: readonly string[]; requestId?: string }
): Promise<SubmitOutcome> {
	return db.transaction(async (tx) => {
		const [row] = await tx.select().from(intakes).where(eq(intakes.id, id)).for('update');
		if (!row) return { kind: 'not-found' };
		if (row.status !== 'draft') return { kind: 'already-submitted', id };

		const draft = row.answers as DraftAnswers;
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
				submittedAt: new Date(),
				updatedAt: new Date()
			})
			.where(eq(intakes.id, id));
		const { result } = await screenAndStore(tx as unknown as Db, {
			intakeId: id,
			answers,
			today: opts.today,
			serviceStates: opts.serviceStates,
			kind: 'submitted'
		});
		// Staff alerts (counts only) are queued with the submission: both or neither.
		await alertEvents.enqueue(tx as unknown as Db, 'submitted', id);
		await audit.record(tx as unknown as Db, {
			action: 'intake.submitted',
			intakeId: id,
			requestId: opts.requestId,
			details: {
				triage: result.triage,
				flags: result.flags.length,
				rulesetVersion: result.rulesetVersion
			}
		});
		return { kind: 'submitted', id, result };
	});
}
