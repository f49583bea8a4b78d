// Draft intakes: the row a patient's answers are saved into after every step, found through the
// resume token. A draft is an `intakes` row with status 'draft'; submission turns the same row
// into a submitted intake (see submit.ts), so nothing is ever copied or lost on the way.
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { intakes } from '../db/schema';
import { hashSecret, newCode, newToken } from './tokens';

export type IntakeRow = typeof intakes.$inferSelect;

/** Where a draft can still be resumed: a draft, or an intake whose clinic asked for more. */
const resumable = sql`${intakes.status} in ('draft', 'needs_info')`;

export interface Consent {
	version: string;
	textHash: string;
	locale: string;
	/** Email and phone calls. */
	contactConsent: 'yes' | 'no';
	/** Text messages (asked apart since PRIVACY_NOTICE_VERSION 2026-12.2). */
	textConsent: 'yes' | 'no';
}

export interface Origin {
	source?: string | null;
	utm?: Record<string, string> | null;
	referrer?: string | null;
}

/** Creates a draft with the privacy-notice consent; returns its id and the resume token. */
export async function start(
	db: Db,
	input: {
		questionnaireVersion: string;
		locale: string;
		consent: Consent;
		answers: Record<string, unknown>;
		origin: Origin;
	}
) {
	const { token, hash } = newToken();
	const [row] = await db
		.insert(intakes)
		.values({
			status: 'draft',
			questionnaireVersion: input.questionnaireVersion,
			locale: input.locale,
			answers: input.answers,
			consentVersion: input.consent.version,
			consentTextHash: input.consent.textHash,
			consentLocale: input.consent.locale,
			consentedAt: sql`now()`,
			contactConsent: input.consent.contactConsent,
			textConsent: input.consent.textConsent,
			source: input.origin.source ?? null,
			utm: input.origin.utm ?? null,
			referrer: input.origin.referrer ?? null,
			resumeTokenHash: hash
		})
		.returning({ id: intakes.id });
	return { id: row!.id, token };
}

/**
 * How long after sending a resume cookie still finds its intake: long enough for a second click
 * or a retry of the same "Send" (answered with the done page), and no longer. The browser's cookie
 * is cleared at sending anyway (wizard.ts); this bounds a copy of it.
 */
export const SENT_GRACE_SECONDS = 120;

/** The intake a resume cookie token belongs to: a draft, or one sent moments ago; else null. */
export async function findByToken(db: Db, token: string): Promise<IntakeRow | null> {
	const [row] = await db
		.select()
		.from(intakes)
		.where(
			and(
				eq(intakes.resumeTokenHash, hashSecret(token)),
				sql`(${resumable} or ${intakes.submittedAt} > now() - make_interval(secs => ${SENT_GRACE_SECONDS}))`
			)
		);
	return row ?? null;
}

/** An intake by id, or null. */
export async function findById(db: Db, id: string): Promise<IntakeRow | null> {
	const [row] = await db.select().from(intakes).where(eq(intakes.id, id));
	return row ?? null;
}

/**
 * Saves one step's validated answers into a draft, atomically (a jsonb merge in SQL, so two tabs
 * saving different steps cannot overwrite each other). `columns` carries denormalised values.
 * Returns the draft's answers after the save, or null when the row is no longer a draft.
 */
export async function saveStep(
	db: Db,
	id: string,
	stepId: string,
	values: unknown,
	columns: Partial<typeof intakes.$inferInsert> = {},
	/** Answers of other steps changed by this one (medicine names checked on the details step). */
	also: Record<string, unknown> = {}
): Promise<Record<string, unknown> | null> {
	const [row] = await db
		.update(intakes)
		.set({
			...columns,
			answers: sql`${intakes.answers} || ${JSON.stringify({ ...also, [stepId]: values })}::jsonb`,
			updatedAt: sql`now()`
		})
		.where(and(eq(intakes.id, id), eq(intakes.status, 'draft')))
		.returning({ answers: intakes.answers });
	return row?.answers ?? null;
}

/**
 * Issues a single-use resume link token and a short code for a draft, both valid for `days`
 * (earlier ones stop working). Returns them (the only clear copies) and when they expire.
 */
export async function issueResumeSecrets(db: Db, id: string, days: number) {
	const link = newToken();
	const code = newCode();
	const [row] = await db
		.update(intakes)
		.set({
			resumeLinkHash: link.hash,
			resumeLinkExpiresAt: sql`now() + make_interval(days => ${days})`,
			resumeCodeHash: code.hash,
			resumeCodeExpiresAt: sql`now() + make_interval(days => ${days})`
		})
		.where(eq(intakes.id, id))
		.returning({ expiresAt: intakes.resumeLinkExpiresAt });
	return { token: link.token, code: code.code, expiresAt: row?.expiresAt ?? new Date() };
}

/** What a resume link leads to, without using it: its intake's id, or why it does not work. */
export async function peekResumeLink(
	db: Db,
	token: string
): Promise<{ id: string } | 'expired' | 'unknown'> {
	const [row] = await db
		.select({ id: intakes.id, live: sql<boolean>`${intakes.resumeLinkExpiresAt} > now()` })
		.from(intakes)
		.where(and(eq(intakes.resumeLinkHash, hashSecret(token)), resumable));
	if (!row) return 'unknown';
	return row.live ? { id: row.id } : 'expired';
}

/**
 * Uses a resume link (once): the draft gets a new cookie token, and the link, the code and the
 * old cookie token all stop working, so whoever held them before (a shared or borrowed link)
 * cannot follow the patient in. Returns the new cookie token, or null.
 */
export async function redeemResumeLink(db: Db, token: string): Promise<string | null> {
	return rotate(
		db,
		and(eq(intakes.resumeLinkHash, hashSecret(token)), sql`${intakes.resumeLinkExpiresAt} > now()`)
	);
}

/** As redeemResumeLink, for the short code typed with the draft's email. */
export async function redeemResumeCode(
	db: Db,
	email: string,
	code: string
): Promise<string | null> {
	return rotate(
		db,
		and(
			eq(intakes.resumeCodeHash, hashSecret(code)),
			sql`${intakes.resumeCodeExpiresAt} > now()`,
			eq(sql`lower(${intakes.email})`, email.trim().toLowerCase())
		)
	);
}

async function rotate(db: Db, match: ReturnType<typeof and>): Promise<string | null> {
	const { token, hash } = newToken();
	const [row] = await db
		.update(intakes)
		.set({ resumeTokenHash: hash, ...NO_RESUME_SECRETS })
		.where(and(match, resumable))
		.returning({ id: intakes.id });
	return row ? token : null;
}

/** The columns that end every way back into an intake (at submission: nothing stays open). */
export const NO_RESUME_SECRETS = {
	resumeLinkHash: null,
	resumeLinkExpiresAt: null,
	resumeCodeHash: null,
	resumeCodeExpiresAt: null
} as const;

/** Ends every resume secret of an intake, the cookie token included. */
export async function endResumeSecrets(db: Db, id: string): Promise<void> {
	await db
		.update(intakes)
		.set({ resumeTokenHash: null, ...NO_RESUME_SECRETS })
		.where(eq(intakes.id, id));
}
