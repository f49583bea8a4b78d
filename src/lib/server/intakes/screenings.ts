// The stored screening of a submitted intake (issue 15): screened once, stored whole, read as stored.
//
// Submission, resubmission, a clinician's "screen again" and the migration step all go through
// screenAndStore(), which screens the answers, suggests the titration, and in one transaction
// stores the whole outcome (intake_screenings), the intake's queue columns and its flag rows. Every
// reader (done page, clinician detail and print, FHIR export) reads the newest stored row and never
// screens again, so a rule changed later cannot silently change what an intake was told.
import { and, desc, eq, gt, ne, notExists, sql } from 'drizzle-orm';
import { intakeSchema, validatingOn, type IntakeAnswers } from '../../intake';
import {
	screen,
	suggestTitration,
	type Evidence,
	type ScreeningResult,
	type Severity,
	type TitrationSuggestion,
	type Triage
} from '../../screening';
import type { Db } from '../db/client';
import { intakeFlags, intakeScreenings, intakes, screeningKind } from '../db/schema';
import { flagRows, screeningColumns } from './record';

export type ScreeningKind = (typeof screeningKind.enumValues)[number];

/** The outcome as it stood before a recomputation replaced it (never lost). */
export interface PreviousOutcome {
	triage: Triage | null;
	rulesetVersion: string | null;
	eligibleFrom: string | null;
	flags: { rule: string; severity: Severity; evidence: Evidence[] }[];
}

/** What intake_screenings.result holds: version 1 of the stored format. */
export interface StoredScreening extends ScreeningResult {
	format: 1;
	/** The day the rules were applied on. */
	screenedOn: string;
	titration: TitrationSuggestion;
	/** Only for kind 'recomputed': the triage and flags the intake had before. */
	previous?: PreviousOutcome;
}

/** A stored screening with how and when it was made. */
export interface ScreeningRecord {
	id: number;
	kind: ScreeningKind;
	rulesetVersion: string;
	screenedOn: string;
	createdAt: Date;
	createdBy: string | null;
	result: StoredScreening;
}

/** Screens `answers` on `today` and adds what is stored beside the result. Pure. */
export function screeningOf(
	answers: IntakeAnswers,
	opts: { today: string; serviceStates: readonly string[] }
): StoredScreening {
	const result = screen(answers, { today: opts.today, serviceStates: opts.serviceStates });
	return {
		format: 1,
		...result,
		screenedOn: opts.today,
		titration: suggestTitration(result, answers)
	};
}

export interface ScreenAndStoreInput {
	intakeId: string;
	answers: IntakeAnswers;
	today: string;
	serviceStates: readonly string[];
	kind: ScreeningKind;
	actorId?: string | null;
	previous?: PreviousOutcome;
}

/**
 * Screens and stores: the whole screening, the intake's screening columns (triage, counts, rule
 * ids, ruleset, eligible-from) and its flag rows (queue filters). Pass a transaction as `db`.
 */
export async function screenAndStore(db: Db, input: ScreenAndStoreInput) {
	const result = screeningOf(input.answers, input);
	if (input.previous) result.previous = input.previous;
	const [row] = await db
		.insert(intakeScreenings)
		.values({
			intakeId: input.intakeId,
			kind: input.kind,
			rulesetVersion: result.rulesetVersion,
			screenedOn: result.screenedOn,
			createdBy: input.actorId ?? null,
			result
		})
		.returning({ id: intakeScreenings.id });
	await db.update(intakes).set(screeningColumns(result)).where(eq(intakes.id, input.intakeId));
	await db.delete(intakeFlags).where(eq(intakeFlags.intakeId, input.intakeId));
	const flags = flagRows(result).map((f) => ({ ...f, intakeId: input.intakeId }));
	if (flags.length) await db.insert(intakeFlags).values(flags);
	return { id: row!.id, result };
}

/** The newest stored screening of an intake, or null when it has none. */
export async function currentScreening(db: Db, intakeId: string): Promise<ScreeningRecord | null> {
	const [row] = await db
		.select()
		.from(intakeScreenings)
		.where(eq(intakeScreenings.intakeId, intakeId))
		.orderBy(desc(intakeScreenings.id))
		.limit(1);
	return row ? { ...row, result: row.result as StoredScreening } : null;
}

/** What changed between two screenings of one intake, for the clinician who screened again. */
export interface ScreeningChange {
	rulesetFrom: string;
	rulesetTo: string;
	triageFrom: Triage;
	triageTo: Triage;
	eligibleFromBefore: string | null;
	eligibleFromAfter: string | null;
	added: { rule: string; ref: string; title: string; severity: Severity }[];
	removed: { rule: string; ref: string; title: string; severity: Severity }[];
	/** Flags in both whose severity or wording changed. */
	changed: { rule: string; ref: string; title: string; severity: Severity }[];
}

export function screeningChange(before: StoredScreening, after: StoredScreening): ScreeningChange {
	const summary = (f: StoredScreening['flags'][number]) => ({
		rule: f.rule,
		ref: f.ref,
		title: f.title,
		severity: f.severity
	});
	const beforeByRule = new Map(before.flags.map((f) => [f.rule, f]));
	const afterRules = new Set(after.flags.map((f) => f.rule));
	return {
		rulesetFrom: before.rulesetVersion,
		rulesetTo: after.rulesetVersion,
		triageFrom: before.triage,
		triageTo: after.triage,
		eligibleFromBefore: before.eligibleFrom ?? null,
		eligibleFromAfter: after.eligibleFrom ?? null,
		added: after.flags.filter((f) => !beforeByRule.has(f.rule)).map(summary),
		removed: before.flags.filter((f) => !afterRules.has(f.rule)).map(summary),
		changed: after.flags
			.filter((f) => {
				const old = beforeByRule.get(f.rule);
				return (
					old !== undefined &&
					(old.severity !== f.severity ||
						old.clinicianMessage !== f.clinicianMessage ||
						old.title !== f.title)
				);
			})
			.map(summary)
	};
}

const BACKFILL_BATCH = 200;
const dayOf = (at: Date | null) => (at ?? new Date()).toISOString().slice(0, 10);

/**
 * The migration step for intakes submitted before screenings were stored: each gets one screening
 * computed from its stored answers on its submission day with the current rules, stored as
 * 'recomputed' beside the outcome it had (`previous`), so it is never passed off as the original.
 * Safe to run from several instances at once (rows are claimed with SKIP LOCKED) and again after
 * (intakes with a screening are skipped). Answers that no longer parse are left without one (the
 * detail page says so). Returns how many screenings were stored.
 */
export async function backfillScreenings(
	db: Db,
	opts: { serviceStates: readonly string[] }
): Promise<number> {
	let stored = 0;
	let after = '00000000-0000-0000-0000-000000000000';
	for (;;) {
		const batch = await db.transaction(async (txn) => {
			const tx = txn as unknown as Db;
			const rows = await tx
				.select({
					id: intakes.id,
					answers: intakes.answers,
					submittedAt: intakes.submittedAt,
					triage: intakes.triage,
					rulesetVersion: intakes.rulesetVersion,
					eligibleFrom: intakes.eligibleFrom
				})
				.from(intakes)
				.where(
					and(
						ne(intakes.status, 'draft'),
						gt(intakes.id, after),
						notExists(
							tx
								.select({ one: sql`1` })
								.from(intakeScreenings)
								.where(eq(intakeScreenings.intakeId, intakes.id))
						)
					)
				)
				.orderBy(intakes.id)
				.limit(BACKFILL_BATCH)
				.for('update', { skipLocked: true });
			for (const row of rows) {
				// The row lock does not re-check the NOT EXISTS above (READ COMMITTED): another
				// instance may have stored this intake's screening and committed while this one
				// scanned. A new statement sees its commit.
				const [done] = await tx
					.select({ one: sql`1` })
					.from(intakeScreenings)
					.where(eq(intakeScreenings.intakeId, row.id))
					.limit(1);
				if (done) continue;
				const today = dayOf(row.submittedAt);
				const parsed = validatingOn(today, () => intakeSchema.safeParse(row.answers));
				if (!parsed.success) continue;
				const flags = await tx
					.select({
						rule: intakeFlags.ruleId,
						severity: intakeFlags.severity,
						evidence: intakeFlags.evidence
					})
					.from(intakeFlags)
					.where(eq(intakeFlags.intakeId, row.id))
					.orderBy(intakeFlags.id);
				await screenAndStore(tx, {
					intakeId: row.id,
					answers: parsed.data,
					today,
					serviceStates: opts.serviceStates,
					kind: 'recomputed',
					previous: {
						triage: row.triage,
						rulesetVersion: row.rulesetVersion,
						eligibleFrom: row.eligibleFrom,
						flags: flags.map((f) => ({ ...f, evidence: f.evidence as Evidence[] }))
					}
				});
				stored++;
			}
			return rows;
		});
		if (batch.length < BACKFILL_BATCH) return stored;
		after = batch.at(-1)!.id;
	}
}
