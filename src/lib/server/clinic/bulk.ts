// Bulk actions on the queue (issue 16): assign, or archive, the intakes ticked on a page.
//
// Each ticked row is posted as "<intake id>:<revision shown>", so a row someone else changed after
// the page was loaded is refused like a stale single-intake form. The intakes are changed one by
// one, each in its own transaction through the same workflow functions as the intake page, so each
// gets its own audit row (marked bulk) and its own timeline entry. It is not all-or-nothing: what
// can be done is done, and every intake skipped is reported by name with the reason. Bad input
// (no rows, too many, a malformed id, no reason) changes nothing and comes back as a field error.
import { eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { statusLabel } from '../../clinic/labels';
import { plural } from '../../clinic/words';
import type { Db } from '../db/client';
import { intakes, user } from '../db/schema';
import * as workflow from './workflow';
import type { Actor } from './workflow';

/** The most intakes one bulk action may change (a queue page holds 50). */
export const BULK_MAX = 100;

const SELECT_NONE = 'Select at least one intake in the table first.';
const SELECT_BAD = 'The selection could not be read. Reload the page and select the intakes again.';
const SELECT_MANY = `Select at most ${BULK_MAX} intakes at a time.`;

/** A ticked row: the intake and the revision the page showed. */
export interface RowRef {
	id: string;
	revision: number;
}

/** "<uuid>:<revision>" → a RowRef, or null. */
export function parseRowRef(value: string): RowRef | null {
	const m = /^([0-9a-fA-F-]{36}):(\d{1,9})$/.exec(value.trim());
	if (!m || !z.uuid().safeParse(m[1]).success) return null;
	return { id: m[1]!.toLowerCase(), revision: Number(m[2]) };
}

const refList = z.array(z.string().max(200)).default([]);

/**
 * The rows a bulk form selected: the ticked rows (`ids`), or every row of the page (`page`) when
 * "select all on this page" (`all`) is ticked, which works without JavaScript too.
 */
const selectionShape = { ids: refList, page: refList, all: z.string().max(10).optional() };

type Selection = { ids: string[]; page: string[]; all?: string };

/** The distinct rows selected; adds a field error (on `ids`) when the selection is unusable. */
function checkSelection(v: Selection, ctx: z.RefinementCtx) {
	const raw = v.all ? v.page : v.ids;
	if (raw.length === 0) ctx.addIssue({ code: 'custom', path: ['ids'], message: SELECT_NONE });
	else if (raw.length > BULK_MAX)
		ctx.addIssue({ code: 'custom', path: ['ids'], message: SELECT_MANY });
	else if (raw.some((r) => parseRowRef(r) === null))
		ctx.addIssue({ code: 'custom', path: ['ids'], message: SELECT_BAD });
}

/** The selected rows of a parsed bulk form, each intake once. */
export function selectedRows(v: Selection): RowRef[] {
	const seen = new Map<string, RowRef>();
	for (const raw of v.all ? v.page : v.ids) {
		const ref = parseRowRef(raw);
		if (ref && !seen.has(ref.id)) seen.set(ref.id, ref);
	}
	return [...seen.values()];
}

export const bulkAssignSchema = z
	.object({
		...selectionShape,
		/** A staff id, or 'nobody' to unassign. */
		assignee: z.union([z.uuid(), z.literal('nobody')], {
			message: 'Choose who to assign them to.'
		})
	})
	.superRefine(checkSelection);

export const bulkArchiveSchema = z
	.object({
		...selectionShape,
		reason: z
			.string({ message: 'Give a reason for archiving.' })
			.trim()
			.min(1, 'Give a reason for archiving.')
			.max(workflow.NOTE_MAX, `Keep the reason under ${workflow.NOTE_MAX} characters.`)
	})
	.superRefine(checkSelection);

export interface BulkReport {
	/** One sentence: what was done. */
	done: string;
	changed: string[];
	skipped: { id: string; name: string; why: string }[];
}

export type BulkOutcome =
	| { kind: 'done'; report: BulkReport }
	| { kind: 'invalid'; errors: Record<string, string[]> }
	| { kind: 'not-allowed'; message: string };

const STALE = 'someone changed it after this page was loaded; open it to check';
const GONE = 'it is no longer in the queue';

/** Names and states of the selected intakes, for the report (the decision is per transaction). */
async function currentRows(db: Db, refs: readonly RowRef[]) {
	const rows = await db
		.select({
			id: intakes.id,
			firstName: intakes.firstName,
			lastName: intakes.lastName,
			status: intakes.status,
			assignedTo: intakes.assignedTo
		})
		.from(intakes)
		.where(
			inArray(
				intakes.id,
				refs.map((r) => r.id)
			)
		);
	return new Map(
		rows
			.filter((r) => r.status !== 'draft')
			.map((r) => [
				r.id,
				{ ...r, name: [r.firstName, r.lastName].filter(Boolean).join(' ') || 'No name given' }
			])
	);
}

/** "Archived 3 intakes." plus how many were skipped. */
const summary = (verb: string, n: number, skipped: number, tail = '') =>
	`${verb} ${plural(n, 'intake')}${tail}.` +
	(skipped ? ` ${plural(skipped, 'intake was', 'intakes were')} skipped: see below.` : '');

/** Assigns each selected intake to `assignee` (or to nobody, with null). */
export async function assignMany(
	db: Db,
	actor: Actor,
	input: { rows: readonly RowRef[]; assignee: string | null }
): Promise<BulkOutcome> {
	let assigneeName: string | null = null;
	if (input.assignee) {
		if (!(await workflow.isAssignable(db, input.assignee))) {
			return {
				kind: 'invalid',
				errors: {
					assignee: ['That person cannot be assigned intakes. Choose someone from the list.']
				}
			};
		}
		const [who] = await db
			.select({ name: user.name })
			.from(user)
			.where(eq(user.id, input.assignee));
		assigneeName = who?.name ?? null;
	}
	const current = await currentRows(db, input.rows);
	const report: BulkReport = { done: '', changed: [], skipped: [] };
	for (const ref of input.rows) {
		const row = current.get(ref.id);
		if (!row) {
			report.skipped.push({ id: ref.id, name: 'An intake', why: GONE });
			continue;
		}
		if (row.assignedTo === input.assignee) {
			const why = input.assignee ? 'it is already assigned to them' : 'it is already unassigned';
			report.skipped.push({ id: ref.id, name: row.name, why });
			continue;
		}
		const outcome = await workflow.assign(db, actor, {
			intakeId: ref.id,
			revision: ref.revision,
			assignee: input.assignee,
			bulk: true
		});
		if (outcome.kind === 'changed') report.changed.push(ref.id);
		else
			report.skipped.push({
				id: ref.id,
				name: row.name,
				why: outcome.kind === 'conflict' ? STALE : GONE
			});
	}
	report.done = input.assignee
		? summary('Assigned', report.changed.length, report.skipped.length, ` to ${assigneeName}`)
		: summary('Unassigned', report.changed.length, report.skipped.length);
	return { kind: 'done', report };
}

/** Archives each selected intake with `reason` (kept as a note on each). Admins only. */
export async function archiveMany(
	db: Db,
	actor: Actor,
	input: { rows: readonly RowRef[]; reason: string }
): Promise<BulkOutcome> {
	if (actor.role !== 'admin') {
		return { kind: 'not-allowed', message: 'Only an admin can archive intakes.' };
	}
	const current = await currentRows(db, input.rows);
	const report: BulkReport = { done: '', changed: [], skipped: [] };
	for (const ref of input.rows) {
		const row = current.get(ref.id);
		if (!row) {
			report.skipped.push({ id: ref.id, name: 'An intake', why: GONE });
			continue;
		}
		if (row.status === 'archived') {
			report.skipped.push({ id: ref.id, name: row.name, why: 'it is already archived' });
			continue;
		}
		const outcome = await workflow.changeStatus(db, actor, {
			intakeId: ref.id,
			revision: ref.revision,
			to: 'archived',
			reason: input.reason,
			bulk: true
		});
		if (outcome.kind === 'changed') {
			report.changed.push(ref.id);
			continue;
		}
		const why =
			outcome.kind === 'conflict'
				? STALE
				: outcome.kind === 'not-found'
					? GONE
					: `it cannot be archived while ${statusLabel(row.status).toLowerCase()}`;
		report.skipped.push({ id: ref.id, name: row.name, why });
	}
	report.done = summary('Archived', report.changed.length, report.skipped.length);
	return { kind: 'done', report };
}
