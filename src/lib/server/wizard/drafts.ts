// The patient's form in progress: the resume cookie, starting and saving steps, and resuming by
// link or code.
import type { RequestEvent } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { getLocale, localizeUrl } from '$lib/paraglide/runtime';
import { QUESTIONNAIRE_VERSION, type DraftAnswers, type StepId } from '$lib/intake';
import { config, db } from '../db';
import * as drafts from '../intakes/drafts';
import * as infoRequests from '../intakes/info-requests';
import { aboutColumns } from '../intakes/record';
import {
	isWellFormedCode,
	isWellFormedToken,
	normaliseCode,
	resumeCookieOptions
} from '../intakes/tokens';
import * as mail from '../mail';
import * as rateLimit from '../http/rate-limit';
import { consentColumns, consentRecord, type ConsentValues } from './consent';
import { clientKey, HOUR } from './throttles';
import { origin } from './origin';

export const RESUME_COOKIE = 'ldn_resume';

function setResumeCookie(event: RequestEvent, token: string) {
	event.cookies.set(
		RESUME_COOKIE,
		token,
		resumeCookieOptions(event.url, config.DRAFT_RETENTION_DAYS * 24 * HOUR)
	);
}

/**
 * The intake (draft or submitted) of the patient's resume cookie, or null. An intake whose clinic
 * asked for more information comes with the open request (`reopen`) and the answers in progress.
 */
export async function currentDraft(event: RequestEvent) {
	const token = event.cookies.get(RESUME_COOKIE);
	if (!token || !isWellFormedToken(token)) return null;
	const row = await drafts.findByToken(db, token);
	return row ? infoRequests.forWizard(db, row) : null;
}

/** Whether the patient may still change answers: a draft, or an open request for more. */
export const isEditable = (intake: infoRequests.WizardIntake) =>
	intake.status === 'draft' || intake.reopen !== null;

/** Creates the draft with the privacy-notice consent and sets the resume cookie. */
export async function startDraft(
	event: RequestEvent,
	values: ConsentValues
): Promise<'started' | 'throttled'> {
	const limit = await rateLimit.hit(db, clientKey(event, 'draft-start'), {
		window: HOUR,
		max: config.DRAFT_STARTS_PER_HOUR
	});
	if (!limit.allowed) return 'throttled';
	const locale = getLocale();
	const { token } = await drafts.start(db, {
		questionnaireVersion: QUESTIONNAIRE_VERSION,
		locale,
		consent: consentRecord(locale, values),
		answers: { consent: values },
		origin: origin(event)
	});
	setResumeCookie(event, token);
	return 'started';
}

/** Saves the patient's reply to the clinic's message (validated there: bad input changes nothing). */
export const saveReply = (draft: infoRequests.WizardIntake, posted: unknown) =>
	infoRequests.saveReply(db, draft.id, posted);

/** Saves one validated step; contact details are also copied to their columns. */
export async function saveStep(
	_event: RequestEvent,
	draft: infoRequests.WizardIntake,
	stepId: StepId,
	values: Record<string, unknown>,
	/** Answers of other steps this one changes (medicine names checked on the details step). */
	also: Partial<Record<StepId, unknown>> = {}
): Promise<DraftAnswers | null> {
	// Answers to a request for more information wait in the request until they are sent.
	if (draft.reopen) return infoRequests.saveStep(db, draft.id, stepId, values, also);
	const columns =
		stepId === 'about'
			? aboutColumns(values)
			: stepId === 'consent'
				? consentColumns(values as ConsentValues)
				: {};
	return (await drafts.saveStep(
		db,
		draft.id,
		stepId,
		values,
		{ ...columns, locale: getLocale() },
		also
	)) as DraftAnswers | null;
}

/**
 * "Save and finish later": a new single-use resume link and short code (earlier ones stop
 * working), valid for DRAFT_RETENTION_DAYS; the link is also emailed when SMTP is configured.
 */
export async function saveForLater(event: RequestEvent, draft: drafts.IntakeRow) {
	const days = config.DRAFT_RETENTION_DAYS;
	const secrets = await drafts.issueResumeSecrets(db, draft.id, days);
	const link = resumeLink(event, secrets.token);
	let emailed = false;
	if (draft.email && mail.isConfigured()) {
		const locale = getLocale();
		emailed = await mail.send(
			draft.email,
			m.email_resume_subject({}, { locale }),
			m.email_resume_body({ link, days }, { locale })
		);
	}
	return { link, code: secrets.code, emailed, expiresOn: isoDay(secrets.expiresAt) };
}

const resumeLink = (event: RequestEvent, token: string) =>
	localizeUrl(new URL(`/intake/resume/${token}`, config.ORIGIN ?? event.url.origin), {
		locale: getLocale()
	}).toString();

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/**
 * What a resume link would do, without using it (GET: mail scanners open links too): 'unknown'
 * or 'expired', or that it works, and whether this browser already holds another form in progress
 * (the patient is asked before it is set aside).
 */
export async function resumeLinkState(event: RequestEvent, token: string) {
	if (!isWellFormedToken(token)) return { kind: 'unknown' as const };
	const target = await drafts.peekResumeLink(db, token);
	if (typeof target === 'string') return { kind: target };
	const current = await currentDraft(event);
	const otherDraft = current !== null && current.id !== target.id && isEditable(current);
	return { kind: 'ok' as const, otherDraft };
}

/**
 * Uses a resume link, once: this browser gets a new cookie token, and the link, the code and any
 * cookie token from before stop working (whoever sent or shared the link cannot follow in).
 */
export async function useResumeLink(event: RequestEvent, token: string) {
	if (!isWellFormedToken(token)) return 'unknown' as const;
	const fresh = await drafts.redeemResumeLink(db, token);
	if (!fresh) return 'unknown' as const;
	setResumeCookie(event, fresh);
	return 'resumed' as const;
}

const RESUME_FAILURES = {
	perIp: { window: HOUR, max: 20 },
	perEmail: { window: HOUR, max: 10 }
};

/**
 * Resumes by email and code, with the same answer whether or not such a draft exists. Each try
 * is counted before it is checked (one statement per key, so parallel guesses cannot slip past),
 * and a try that works is taken back: the limits count failures only, per address and per email.
 */
export async function resumeByCode(event: RequestEvent, email: string, rawCode: string) {
	const keys = {
		ip: clientKey(event, 'resume-ip'),
		email: rateLimit.limiterKey(config.secret, 'resume-email', email.trim().toLowerCase())
	};
	const [ip, perEmail] = await Promise.all([
		rateLimit.hit(db, keys.ip, RESUME_FAILURES.perIp),
		rateLimit.hit(db, keys.email, RESUME_FAILURES.perEmail)
	]);
	if (!ip.allowed || !perEmail.allowed) {
		const waits = [ip, perEmail].filter((l) => !l.allowed).map((l) => l.retryAfter);
		return { kind: 'throttled' as const, minutes: Math.ceil(Math.max(...waits) / 60) };
	}
	const code = normaliseCode(rawCode);
	const token = isWellFormedCode(code) ? await drafts.redeemResumeCode(db, email, code) : null;
	if (!token) return { kind: 'unknown' as const };
	await Promise.all([rateLimit.refund(db, keys.ip), rateLimit.refund(db, keys.email)]);
	setResumeCookie(event, token);
	return { kind: 'resumed' as const };
}

/** "Start a new form": this browser lets go of its form (still resumable by a link or code). */
export function forgetDraft(event: RequestEvent) {
	event.cookies.delete(RESUME_COOKIE, resumeCookieOptions(event.url, 0));
}
