// The server side of the patient wizard: resume cookie, consent record, per-step saves, resume by
// link or code, submission and the done page. Routes stay thin and call these functions.
import { createHash } from 'node:crypto';
import type { RequestEvent } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { getLocale, localizeUrl, locales, type Locale } from '$lib/paraglide/runtime';
import {
	CONSENT_QUESTION_KEYS,
	PRIVACY_NOTICE_KEYS,
	PRIVACY_NOTICE_LINK_KEY,
	PRIVACY_NOTICE_VERSION,
	QUESTIONNAIRE_VERSION,
	todayIso,
	type DraftAnswers,
	type StepId
} from '$lib/intake';
import { message } from '$lib/i18n/messages';
import { patientMessage } from '$lib/i18n/screening';
import { groupSafetySentence, notesInReadingOrder } from './done-notes';
import { config, db } from '../db';
import * as drafts from '../intakes/drafts';
import * as infoRequests from '../intakes/info-requests';
import { resubmit } from '../intakes/resubmit';
import { submit } from '../intakes/submit';
import { phoneDigits } from '../intakes/record';
import { currentScreening } from '../intakes/screenings';
import {
	isWellFormedCode,
	isWellFormedToken,
	normaliseCode,
	readDonePass,
	resumeCookieOptions,
	signDonePass
} from '../intakes/tokens';
import * as funnel from '../funnel';
import * as mail from '../mail';
import { createMemoryLimiter } from '../memory-limit';
import * as rateLimit from '../rate-limit';
import { addressKey, clientAddress } from '../client-address';

export type { IntakeRow } from '../intakes/drafts';
export type { WizardIntake } from '../intakes/info-requests';

export const RESUME_COOKIE = 'ldn_resume';
const HOUR = 3600;

const render = (key: string, locale: Locale) =>
	message(key, { clinic: config.CLINIC_NAME }, locale) ?? key;

/**
 * The privacy notice exactly as shown on the consent step, in `locale`: the clinic named, and the
 * paragraph at `linkIndex` linking its Notice of Privacy Practices (`url`).
 */
export function privacyNotice(locale: Locale = getLocale()) {
	return {
		version: PRIVACY_NOTICE_VERSION,
		paragraphs: PRIVACY_NOTICE_KEYS.map((k) => render(k, locale)),
		linkIndex: PRIVACY_NOTICE_KEYS.indexOf(PRIVACY_NOTICE_LINK_KEY),
		url: config.privacyNoticeUrl
	};
}

/** SHA-256 of everything the patient consents to: the notice, its link and the consent questions. */
export function consentTextHash(locale: Locale) {
	const notice = privacyNotice(locale);
	const questions = CONSENT_QUESTION_KEYS.map((k) => render(k, locale));
	return createHash('sha256')
		.update([...notice.paragraphs, notice.url, ...questions].join('\n\n'))
		.digest('hex');
}

/** The consent record of the consent step's answers, against the text shown in `locale`. */
const consentRecord = (locale: Locale, values: ConsentValues) => ({
	version: PRIVACY_NOTICE_VERSION,
	textHash: consentTextHash(locale),
	locale,
	contactConsent: values.contactConsent,
	textConsent: values.textConsent
});

type ConsentValues = {
	privacyNotice: 'accepted';
	contactConsent: 'yes' | 'no';
	textConsent: 'yes' | 'no';
};

/** The limiter key of this client's address (IPv6 by /64), an HMAC: never the address itself. */
function clientKey(event: RequestEvent, kind: string) {
	return rateLimit.limiterKey(config.secret, kind, addressKey(clientAddress(event)));
}

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

/** Only our own campaign parameters are kept, trimmed; never free-form query strings. */
function origin(event: RequestEvent) {
	const params = event.url.searchParams;
	const utm: Record<string, string> = {};
	for (const key of ['utm_source', 'utm_medium', 'utm_campaign', 'utm_term', 'utm_content']) {
		const value = params.get(key);
		if (value) utm[key] = value.slice(0, 100);
	}
	const referrer = event.request.headers.get('referer');
	return {
		source: (params.get('source') ?? utm.utm_source ?? null)?.slice(0, 100) ?? null,
		utm: Object.keys(utm).length ? utm : null,
		referrer: referrer && !referrer.startsWith(event.url.origin) ? referrer.slice(0, 300) : null
	};
}

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
			? {
					firstName: String(values.firstName ?? ''),
					lastName: String(values.lastName ?? ''),
					email: String(values.email ?? '').toLowerCase(),
					phone: phoneDigits(String(values.phone ?? '')),
					dateOfBirth: String(values.dateOfBirth ?? '') || null,
					usState: String(values.state ?? '') || null
				}
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

/** Consent answered again: recorded against the text shown now, at this time. */
function consentColumns(values: ConsentValues) {
	const consent = consentRecord(getLocale(), values);
	return {
		consentVersion: consent.version,
		consentTextHash: consent.textHash,
		consentLocale: consent.locale,
		consentedAt: new Date(),
		contactConsent: consent.contactConsent,
		textConsent: consent.textConsent
	};
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

const DONE_COOKIE = 'ldn_done';
/** How long the done page can be shown after sending (then the browser keeps nothing). */
const DONE_PASS_MINUTES = 30;

/** After sending: the resume cookie goes, a short done pass comes (tokens.ts). */
function handOverToDonePage(event: RequestEvent, id: string) {
	forgetDraft(event);
	const expires = Date.now() + DONE_PASS_MINUTES * 60_000;
	event.cookies.set(DONE_COOKIE, signDonePass(id, expires, config.secret), {
		...resumeCookieOptions(event.url, DONE_PASS_MINUTES * 60),
		path: '/'
	});
}

/** The intake just sent from this browser (within the done pass), or null. */
export async function justSent(event: RequestEvent) {
	const pass = event.cookies.get(DONE_COOKIE);
	const id = pass ? readDonePass(pass, config.secret) : null;
	if (!id) return null;
	const row = await drafts.findById(db, id);
	return row && row.status !== 'draft' && row.status !== 'needs_info' ? row : null;
}

const stepPostsPerDraft = createMemoryLimiter({
	window: HOUR,
	max: config.STEP_POSTS_PER_HOUR_DRAFT
});
const stepPostsPerIp = createMemoryLimiter({ window: HOUR, max: config.STEP_POSTS_PER_HOUR_IP });

/**
 * Counts a step post against its draft and its address (in this server's memory: the limit only
 * keeps one client from costing too much). Null when allowed, else seconds to wait.
 */
export function stepPostThrottle(event: RequestEvent, draft: { id: string } | null): number | null {
	const ip = stepPostsPerIp.hit(addressKey(clientAddress(event)));
	const own = draft ? stepPostsPerDraft.hit(draft.id) : { allowed: true, retryAfter: 0 };
	if (ip.allowed && own.allowed) return null;
	return Math.max(ip.allowed ? 0 : ip.retryAfter, own.allowed ? 0 : own.retryAfter);
}

const nameLookupsPerIp = createMemoryLimiter({
	window: 60,
	max: config.NAME_LOOKUPS_PER_MINUTE_IP
});

/** Counts a medicine-name lookup against its address. Null when allowed, else seconds to wait. */
export function nameLookupThrottle(event: RequestEvent): number | null {
	const hit = nameLookupsPerIp.hit(addressKey(clientAddress(event)));
	return hit.allowed ? null : hit.retryAfter;
}

/** Validates, screens and stores the intake once, however often it is submitted. */
export async function submitDraft(event: RequestEvent, draft: infoRequests.WizardIntake) {
	if (!isEditable(draft)) {
		handOverToDonePage(event, draft.id);
		return { kind: 'already-submitted' as const, id: draft.id };
	}
	const limit = await rateLimit.hit(db, clientKey(event, 'submit'), {
		window: HOUR,
		max: config.SUBMISSIONS_PER_HOUR
	});
	if (!limit.allowed) return { kind: 'throttled' as const };
	const outcome = await (draft.reopen ? resubmit : submit)(db, draft.id, {
		today: todayIso(),
		serviceStates: config.SERVICE_STATES,
		requestId: event.locals.requestId
	});
	if (outcome.kind === 'submitted' || outcome.kind === 'already-submitted') {
		handOverToDonePage(event, draft.id);
	}
	return outcome.kind === 'submitted' ? { kind: 'submitted' as const, id: outcome.id } : outcome;
}

/**
 * What the done page shows: calm next steps from the intake's stored screening (the one made when
 * it was sent), and when booking opens.
 */
export async function doneView(intake: drafts.IntakeRow, locale: Locale = getLocale()) {
	const screening = await currentScreening(db, intake.id);
	const flags = (screening?.result.flags ?? []).map((f) => ({
		rule: f.rule,
		patientMessage: patientMessage(f, locale)
	}));
	const { notes: messages, keepMedicines } = groupSafetySentence(
		notesInReadingOrder(flags),
		m.wizard_done_keep_medicines({}, { locale })
	);
	const triage = intake.triage ?? screening?.result.triage ?? 'review';
	const eligibleFrom = intake.eligibleFrom ?? undefined;
	const open = eligibleFrom ? todayIso() >= eligibleFrom : triage !== 'not-eligible-now';
	return {
		triage,
		eligibleFrom,
		messages,
		keepMedicines,
		bookingUrl: open ? bookingUrl(intake) : null
	};
}

function bookingUrl(intake: drafts.IntakeRow): string | null {
	if (!config.BOOKING_URL) return null;
	const name = [intake.firstName, intake.lastName].filter(Boolean).join(' ');
	return config.BOOKING_URL.replaceAll('{name}', encodeURIComponent(name)).replaceAll(
		'{email}',
		encodeURIComponent(intake.email ?? '')
	);
}

/** The step funnel of this server (counted in memory, written every few seconds: funnel.ts). */
export const stepFunnel = funnel.createFunnel(db);

/** Counts a step view or completion; answering a clinic's request for more is not the funnel. */
export const countFunnel = (
	stepId: string,
	event: funnel.FunnelEvent,
	intake: infoRequests.WizardIntake | null
) => {
	if (!intake?.reopen) stepFunnel.count(stepId, event);
};

/** Bots fill every field; people never see this one. */
export const isHoneypotTripped = (form: Pick<FormData, 'get'>) =>
	String(form.get('website') ?? '').trim() !== '';

export const isLocale = (value: string): value is Locale =>
	(locales as readonly string[]).includes(value);
