// Draft intakes: the row a patient's answers are saved into after every step, found through the
// resume token. A draft is an `intakes` row with status 'draft'; submission turns the same row
// into a submitted intake (see submit.ts), so nothing is ever copied or lost on the way.
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { intakes } from '../db/schema';
import { hashSecret, newCode, newToken } from './tokens';

export type IntakeRow = typeof intakes.$inferSelect;

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

/** The intake (draft or submitted) a resume token belongs to, or null. */
export async function findByToken(db: Db, token: string): Promise<IntakeRow | null> {
	const [row] = await db
		.select()
		.from(intakes)
		.where(eq(intakes.resumeTokenHash, hashSecret(token)));
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
	columns: Partial<typeof intakes.$inferInsert> = {}
): Promise<Record<string, unknown> | null> {
	const [row] = await db
		.update(intakes)
		.set({
			...columns,
			answers: sql`${intakes.answers} || jsonb_build_object(${stepId}::text, ${JSON.stringify(values)}::jsonb)`,
			updatedAt: sql`now()`
		})
		.where(and(eq(intakes.id, id), eq(intakes.status, 'draft')))
		.returning({ answers: intakes.answers });
	return row?.answers ?? null;
}

/** Issues a new short resume code for a draft (the previous code stops working). */
export async function issueCode(db: Db, id: string): Promise<string> {
	const { code, hash } = newCode();
	await db.update(intakes).set({ resumeCodeHash: hash }).where(eq(intakes.id, id));
	return code;
}

/**
 * Resumes by email and code: on a match, gives the draft a new resume token (the only copy of the
 * old one is in the first device's cookie) and returns it. Null when nothing matches.
 */
export async function resumeByCode(db: Db, email: string, code: string): Promise<string | null> {
	const { token, hash } = newToken();
	const [row] = await db
		.update(intakes)
		.set({ resumeTokenHash: hash })
		.where(
			and(
				eq(intakes.resumeCodeHash, hashSecret(code)),
				eq(sql`lower(${intakes.email})`, email.trim().toLowerCase())
			)
		)
		.returning({ id: intakes.id });
	return row ? token : null;
}
