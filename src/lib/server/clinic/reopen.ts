// "Request more information": a clinician reopens some steps of an intake in review, with a message
// for the patient. In one transaction the intake row is locked and its revision checked (as every
// workflow change), the answers, triage and flags are kept as they are in a new info_requests row,
// the intake goes to 'needs_info' with a new resume token and code (the old ones stop working), and
// one audit row records the step ids, never the message (it may hold health information).
// The new link is then emailed when SMTP is configured, and shown once to the clinician either way
// (only hashes are stored, so it cannot be shown again). While the request is open, staff can
// issue a fresh link and code (reissueLink): the old ones, and any browser session they opened,
// stop working at once.
import { and, count, eq, gt, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { reopenableSteps, STEP_IDS, type DraftAnswers, type StepId } from '../../intake';
import { m } from '../../paraglide/messages';
import { localizeUrl } from '../../paraglide/runtime';
import * as audit from '../audit';
import type { Db } from '../db/client';
import { auditEvents, infoRequests, intakeFlags, intakes } from '../db/schema';
import { STAFF_ROLES } from '../auth/roles';
import { newCode, newToken } from '../intakes/tokens';
import {
	allowedTransitions,
	asDb,
	bump,
	revisionField,
	type Actor,
	type ChangeOutcome,
	type Tx
} from './workflow';

export const MESSAGE_MAX = 2000;

const asList = (v: unknown) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]);

/** The request form: the steps to reopen (checkboxes), the message, and the revision shown. */
export const reopenFormSchema = z.object({
	steps: z.preprocess(
		asList,
		z
			.array(z.enum(STEP_IDS, { message: 'Choose from the list.' }))
			.min(1, 'Choose at least one part of the form for the patient to update.')
	),
	message: z
		.string({ message: 'Write a message for the patient.' })
		.trim()
		.min(1, 'Write a message for the patient: what do you need to know?')
		.max(MESSAGE_MAX, `Keep the message under ${MESSAGE_MAX} characters.`),
	revision: revisionField
});

/** The new resume secrets, for the patient only: emailed or shown once, never stored in clear. */
export interface ResumeSecrets {
	token: string;
	code: string;
	email: string | null;
	locale: string;
}

export type ReopenOutcome =
	| { kind: 'changed'; revision: number; resume: ResumeSecrets }
	| Exclude<ChangeOutcome, { kind: 'changed' }>;

/**
 * A single-use link and a code, as for "save and finish later" (drafts.ts), and the columns that
 * store their hashes. No browser holds the intake until the patient uses one of them: the cookie
 * token of any earlier session is cleared too.
 */
function freshSecrets(resumeDays = 30) {
	const { token, hash } = newToken();
	const { code, hash: codeHash } = newCode();
	const expires = new Date(Date.now() + resumeDays * 86_400_000);
	return {
		token,
		code,
		columns: {
			resumeTokenHash: null,
			resumeLinkHash: hash,
			resumeLinkExpiresAt: expires,
			resumeCodeHash: codeHash,
			resumeCodeExpiresAt: expires
		}
	};
}

/**
 * Locks a submitted intake's row for a request for more information; refused when it is missing,
 * a draft, or changed since the page showed `revision` (the staff member reloads and sees why).
 */
async function lockAtRevision(tx: Tx, intakeId: string, revision: number) {
	const [row] = await tx
		.select({
			status: intakes.status,
			revision: intakes.revision,
			answers: intakes.answers,
			triage: intakes.triage,
			email: intakes.email,
			locale: intakes.locale
		})
		.from(intakes)
		.where(eq(intakes.id, intakeId))
		.for('update');
	if (!row || row.status === 'draft') return { kind: 'not-found' as const };
	if (row.revision !== revision) return { kind: 'conflict' as const };
	return { kind: 'locked' as const, row };
}

/** Reopens `steps` of an intake in review for the patient, with `message`; see the module note. */
export async function requestInfo(
	db: Db,
	actor: Actor,
	input: {
		intakeId: string;
		revision: number;
		steps: readonly StepId[];
		message: string;
		/** How long the patient's link and code work (default 30 days). */
		resumeDays?: number;
	}
): Promise<ReopenOutcome> {
	return db.transaction(async (tx) => {
		const locked = await lockAtRevision(tx, input.intakeId, input.revision);
		if (locked.kind !== 'locked') return locked;
		const { row } = locked;
		if (!allowedTransitions(row.status, actor.role).includes('needs_info')) {
			return { kind: 'not-allowed' };
		}
		const open = reopenableSteps(row.answers as DraftAnswers);
		const steps = [...new Set(input.steps)];
		const message = input.message.trim();
		if (!steps.length || steps.some((s) => !open.includes(s)) || !message) {
			return { kind: 'not-allowed' };
		}
		const flags = await tx
			.select({ ruleId: intakeFlags.ruleId, severity: intakeFlags.severity })
			.from(intakeFlags)
			.where(eq(intakeFlags.intakeId, input.intakeId))
			.orderBy(intakeFlags.id);
		const [request] = await tx
			.insert(infoRequests)
			.values({
				intakeId: input.intakeId,
				requestedBy: actor.id,
				steps,
				message,
				answersBefore: row.answers,
				triageBefore: row.triage,
				flagsBefore: flags,
				answers: row.answers
			})
			.returning({ id: infoRequests.id });
		const { token, code, columns } = freshSecrets(input.resumeDays);
		const revision = await bump(tx, input.intakeId, { status: 'needs_info', ...columns });
		await audit.record(asDb(tx), {
			action: 'intake.reopened',
			actorId: actor.id,
			actorRole: actor.role,
			intakeId: input.intakeId,
			requestId: actor.requestId,
			details: { from: row.status, revision, infoRequestId: request!.id, steps }
		});
		return {
			kind: 'changed',
			revision,
			resume: { token, code, email: row.email, locale: row.locale }
		};
	});
}

/** Sends one email; false when it could not be sent (mail.ts). */
export type Send = (to: string, subject: string, text: string) => Promise<boolean>;

/** Why a link was not emailed: the clinician then passes it on. */
export type NotEmailed = 'no-mail-setup' | 'no-address' | 'send-failed';

/** The link and code for the clinician to see once, and whether (or why not) they were emailed. */
export type Delivery = { link: string; code: string } & (
	{ emailed: true; to: string } | { emailed: false; why: NotEmailed }
);

/**
 * Gets the resume link to the patient: by email (in their language, with no health information and
 * not the clinician's message) when `send` is given and works. The link and the code come back
 * either way, for the clinician to pass on (or to read out if the email does not arrive).
 */
export async function deliverResume(
	resume: ResumeSecrets,
	opts: { origin: string; send: Send | null }
): Promise<Delivery> {
	const locale = resume.locale === 'es' ? 'es' : 'en';
	const link = localizeUrl(new URL(`/intake/resume/${resume.token}`, opts.origin), {
		locale
	}).href;
	const shown = { link, code: resume.code };
	if (!opts.send) return { ...shown, emailed: false, why: 'no-mail-setup' };
	if (!resume.email) return { ...shown, emailed: false, why: 'no-address' };
	const sent = await opts.send(
		resume.email,
		m.email_reopen_subject({}, { locale }),
		m.email_reopen_body({ link }, { locale })
	);
	return sent
		? { ...shown, emailed: true, to: resume.email }
		: { ...shown, emailed: false, why: 'send-failed' };
}

/** Fresh links per intake in an hour: enough for a lost link or two, never a stream of emails. */
export const REISSUES_PER_HOUR = 5;

export const reissueFormSchema = z.object({ revision: revisionField });

export type ReissueOutcome = ReopenOutcome | { kind: 'refused'; message: string };

/**
 * A fresh link and code for the patient of an intake waiting for more information (the first
 * was lost, never arrived, or went to the wrong person): the old link, code and any session they
 * opened stop working. Locked and checked against the revision shown like every workflow change,
 * so two clinicians pressing it at once leave one working link (the second is told to reload).
 * The patient's answers so far stay in the request. Audited without the secrets.
 */
export async function reissueLink(
	db: Db,
	actor: Actor,
	input: { intakeId: string; revision: number; resumeDays?: number }
): Promise<ReissueOutcome> {
	return db.transaction(async (tx) => {
		const locked = await lockAtRevision(tx, input.intakeId, input.revision);
		if (locked.kind !== 'locked') return locked;
		const { row } = locked;
		if (!STAFF_ROLES.includes(actor.role) || row.status !== 'needs_info') {
			return { kind: 'not-allowed' };
		}
		const [request] = await tx
			.select({ id: infoRequests.id })
			.from(infoRequests)
			.where(and(eq(infoRequests.intakeId, input.intakeId), isNull(infoRequests.answeredAt)));
		if (!request) return { kind: 'not-allowed' };
		const [recent] = await tx
			.select({ n: count() })
			.from(auditEvents)
			.where(
				and(
					eq(auditEvents.intakeId, input.intakeId),
					eq(auditEvents.action, 'intake.info_link_reissued'),
					gt(auditEvents.at, sql`now() - interval '1 hour'`)
				)
			);
		if ((recent?.n ?? 0) >= REISSUES_PER_HOUR) {
			return {
				kind: 'refused',
				message:
					`A fresh link was issued ${REISSUES_PER_HOUR} times in the last hour for this intake. ` +
					'Wait a while before issuing another, or check the email address with the patient.'
			};
		}
		const { token, code, columns } = freshSecrets(input.resumeDays);
		const revision = await bump(tx, input.intakeId, columns);
		await audit.record(asDb(tx), {
			action: 'intake.info_link_reissued',
			actorId: actor.id,
			actorRole: actor.role,
			intakeId: input.intakeId,
			requestId: actor.requestId,
			details: { revision, infoRequestId: request.id }
		});
		return {
			kind: 'changed',
			revision,
			resume: { token, code, email: row.email, locale: row.locale }
		};
	});
}
