// "Request more information": a clinician reopens some steps of an intake in review, with a message
// for the patient. In one transaction the intake row is locked and its revision checked (as every
// workflow change), the answers, triage and flags are kept as they are in a new info_requests row,
// the intake goes to 'needs_info' with a new resume token and code (the old ones stop working), and
// one audit row records the step ids, never the message (it may hold health information).
// The new link is then emailed when SMTP is configured, or shown once to the clinician to send.
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { reopenableSteps, STEP_IDS, type DraftAnswers, type StepId } from '../../intake';
import { m } from '../../paraglide/messages';
import { localizeUrl } from '../../paraglide/runtime';
import * as audit from '../audit';
import type { Db } from '../db/client';
import { infoRequests, intakeFlags, intakes } from '../db/schema';
import { newCode, newToken } from '../intakes/tokens';
import {
	allowedTransitions,
	asDb,
	bump,
	revisionField,
	type Actor,
	type ChangeOutcome
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
			.where(eq(intakes.id, input.intakeId))
			.for('update');
		if (!row || row.status === 'draft') return { kind: 'not-found' };
		if (row.revision !== input.revision) return { kind: 'conflict' };
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
		// A single-use link and a code, as for "save and finish later" (drafts.ts); no browser holds
		// the intake until the patient uses one of them.
		const { token, hash } = newToken();
		const { code, hash: codeHash } = newCode();
		const expires = new Date(Date.now() + (input.resumeDays ?? 30) * 86_400_000);
		const revision = await bump(tx, input.intakeId, {
			status: 'needs_info',
			resumeTokenHash: null,
			resumeLinkHash: hash,
			resumeLinkExpiresAt: expires,
			resumeCodeHash: codeHash,
			resumeCodeExpiresAt: expires
		});
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

export type Delivery =
	{ emailed: true; to: string } | { emailed: false; link: string; code: string };

/**
 * Gets the resume link to the patient: by email (in their language, with no health information and
 * not the clinician's message) when `send` is given and works; otherwise the link and the code
 * for the clinician to pass on.
 */
export async function deliverResume(
	resume: ResumeSecrets,
	opts: { origin: string; send: Send | null }
): Promise<Delivery> {
	const locale = resume.locale === 'es' ? 'es' : 'en';
	const link = localizeUrl(new URL(`/intake/resume/${resume.token}`, opts.origin), {
		locale
	}).href;
	if (opts.send && resume.email) {
		const sent = await opts.send(
			resume.email,
			m.email_reopen_subject({}, { locale }),
			m.email_reopen_body({ link }, { locale })
		);
		if (sent) return { emailed: true, to: resume.email };
	}
	return { emailed: false, link, code: resume.code };
}
