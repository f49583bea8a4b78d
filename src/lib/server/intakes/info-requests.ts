// The patient's side of a request for more information. While the request is open, the patient's
// changes go into the request row (its `answers`), never into the intake: the intake keeps the
// answers and flags that were screened together until the patient sends the new answers
// (resubmit.ts), and the clinic sees a consistent record meanwhile.
import { and, eq, isNull, sql } from 'drizzle-orm';
import { replySchema, type DraftAnswers, type ErrorKey, type ReopenedIntake } from '../../intake';
import type { Db } from '../db/client';
import { infoRequests, intakes } from '../db/schema';
import type { IntakeRow } from './drafts';

/** An open request as the patient's pages need it. */
export interface OpenRequest extends ReopenedIntake {
	id: number;
	message: string;
	steps: string[];
	before: DraftAnswers;
	answers: DraftAnswers;
	/** The patient's reply to the message so far, or null. */
	reply: string | null;
}

/** The open request of an intake, or null. */
export async function openRequest(db: Db, intakeId: string): Promise<OpenRequest | null> {
	const [row] = await db
		.select({
			id: infoRequests.id,
			message: infoRequests.message,
			steps: infoRequests.steps,
			before: infoRequests.answersBefore,
			answers: infoRequests.answers,
			reply: infoRequests.reply
		})
		.from(infoRequests)
		.where(and(eq(infoRequests.intakeId, intakeId), isNull(infoRequests.answeredAt)));
	return row
		? { ...row, before: row.before as DraftAnswers, answers: row.answers as DraftAnswers }
		: null;
}

/** An intake as the wizard sees it: its open request (`reopen`) and its answers in progress. */
export type WizardIntake = IntakeRow & { reopen: OpenRequest | null };

/**
 * The wizard's view of an intake: a draft as it is; an intake waiting for more information with
 * its open request, the answers being the patient's work in progress; anything else closed.
 */
export async function forWizard(db: Db, row: IntakeRow): Promise<WizardIntake> {
	if (row.status !== 'needs_info') return { ...row, reopen: null };
	const reopen = await openRequest(db, row.id);
	return reopen ? { ...row, answers: reopen.answers, reopen } : { ...row, reopen: null };
}

/** Only the open request of an intake that is waiting for more information. */
const stillOpen = (intakeId: string) =>
	and(
		eq(infoRequests.intakeId, intakeId),
		isNull(infoRequests.answeredAt),
		sql`exists (select 1 from ${intakes} where ${intakes.id} = ${intakeId} and ${intakes.status} = 'needs_info')`
	);

export type ReplyOutcome =
	| { kind: 'saved'; reply: string | null }
	| { kind: 'invalid'; error: ErrorKey }
	| { kind: 'closed' };

/**
 * Saves the patient's reply to the clinician's message into the open request, as posted (any
 * value: validated here, so a wrong one changes nothing). Sent to the clinic with the answers.
 */
export async function saveReply(db: Db, intakeId: string, posted: unknown): Promise<ReplyOutcome> {
	const parsed = replySchema.safeParse(posted ?? '');
	if (!parsed.success)
		return { kind: 'invalid', error: parsed.error.issues[0]!.message as ErrorKey };
	const saved = await db
		.update(infoRequests)
		.set({ reply: parsed.data })
		.where(stillOpen(intakeId))
		.returning({ id: infoRequests.id });
	return saved.length ? { kind: 'saved', reply: parsed.data } : { kind: 'closed' };
}

/**
 * Saves one step's validated answers into the open request of an intake waiting for more
 * information (atomically, a jsonb merge). Null when there is no such request any more.
 */
export async function saveStep(
	db: Db,
	intakeId: string,
	stepId: string,
	values: unknown,
	/** Answers of other steps changed by this one (medicine names checked on the details step). */
	also: Record<string, unknown> = {}
): Promise<DraftAnswers | null> {
	const [row] = await db
		.update(infoRequests)
		.set({
			answers: sql`${infoRequests.answers} || ${JSON.stringify({ ...also, [stepId]: values })}::jsonb`
		})
		.where(stillOpen(intakeId))
		.returning({ answers: infoRequests.answers });
	return (row?.answers as DraftAnswers | undefined) ?? null;
}
