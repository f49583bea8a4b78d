// The clinicians' triage queue: filters from the URL, keyset pagination (never OFFSET), and tab
// counts capped so that a load never counts a whole table. Each filter maps onto an index named
// in db/schema.ts; benchmarks check the plans on a million rows.
import { and, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db/client';
import { intakes, intakeStatus, triage, flagSeverity, user, foldSearch } from '../db/schema';
import { filterDateSchema, isIsoInstant } from '../db/dates';
import { phoneDigits } from '../intakes/record';

export const STATUSES = intakeStatus.enumValues.filter((s) => s !== 'draft');
/** The queue's tabs: each status, then "All" (every status but drafts, archived included). */
export const TABS = [...STATUSES, 'all'] as const;
export type Tab = (typeof TABS)[number];
export const PAGE_SIZE = 50;
export const COUNT_CAP = 1000;
const DAY_MS = 86_400_000;

const isoDate = filterDateSchema();
const blankToUndefined = (v: unknown) => (v === '' || v === null ? undefined : v);
const opt = <T extends z.ZodType>(s: T) => z.preprocess(blankToUndefined, s.optional());

/** Queue filters as they appear in the URL; anything malformed is dropped, never an error page. */
export const queueFiltersSchema = z.object({
	status: z.enum(TABS).catch('submitted'),
	triage: opt(z.enum(triage.enumValues)).catch(undefined),
	severity: opt(z.enum(flagSeverity.enumValues)).catch(undefined),
	rule: opt(z.string().regex(/^[a-z0-9-]{2,60}$/)).catch(undefined),
	condition: opt(z.string().regex(/^[a-z0-9-]{2,60}$/)).catch(undefined),
	state: opt(z.string().regex(/^[A-Z]{2}$/)).catch(undefined),
	from: opt(isoDate).catch(undefined),
	to: opt(isoDate).catch(undefined),
	assigned: opt(z.enum(['me', 'unassigned'])).catch(undefined),
	source: opt(z.string().max(100)).catch(undefined),
	q: opt(z.string().trim().max(100)).catch(undefined),
	sort: z.enum(['newest', 'priority', 'activity']).catch('newest'),
	after: opt(z.string().max(200)).catch(undefined)
});
export type QueueFilters = z.infer<typeof queueFiltersSchema>;

/** Reads the filters from URL search params. */
export function parseFilters(params: URLSearchParams): QueueFilters {
	return queueFiltersSchema.parse(Object.fromEntries(params));
}

interface Cursor {
	/** The sort's time of the last row: submitted_at, or activity_at for the activity sort. */
	submittedAt: string;
	id: string;
	triage?: string;
}

const encodeCursor = (c: Cursor) => Buffer.from(JSON.stringify(c)).toString('base64url');
function decodeCursor(s: string | undefined): Cursor | null {
	if (!s) return null;
	try {
		const c = JSON.parse(Buffer.from(s, 'base64url').toString('utf8'));
		if (!isIsoInstant(c?.submittedAt) || !z.uuid().safeParse(c.id).success) return null;
		if (c.triage !== undefined && !(triage.enumValues as readonly unknown[]).includes(c.triage)) {
			return null;
		}
		return c;
	} catch {
		return null;
	}
}

function whereFor(f: QueueFilters, staffId: string): SQL {
	const conds: (SQL | undefined)[] = [statusCondition(f.status)];
	if (f.triage) conds.push(eq(intakes.triage, f.triage));
	if (f.severity === 'contraindication') conds.push(sql`${intakes.contraindicationCount} > 0`);
	if (f.severity === 'caution') conds.push(sql`${intakes.cautionCount} > 0`);
	if (f.severity === 'info')
		conds.push(
			sql`cardinality(${intakes.flagRules}) > ${intakes.contraindicationCount} + ${intakes.cautionCount}`
		);
	if (f.rule) conds.push(sql`${intakes.flagRules} @> array[${f.rule}]::text[]`);
	if (f.condition)
		conds.push(sql`(${intakes.answers}->'conditions'->'conditions') ? ${f.condition}`);
	if (f.state) conds.push(eq(intakes.usState, f.state));
	if (f.from) conds.push(gte(intakes.submittedAt, new Date(`${f.from}T00:00:00Z`)));
	if (f.to) conds.push(lt(intakes.submittedAt, new Date(Date.parse(`${f.to}T00:00:00Z`) + DAY_MS)));
	if (f.assigned === 'me') conds.push(eq(intakes.assignedTo, staffId));
	if (f.assigned === 'unassigned') conds.push(sql`${intakes.assignedTo} is null`);
	if (f.source) conds.push(eq(intakes.source, f.source));
	if (f.q) conds.push(searchCondition(f.q));
	return and(...conds)!;
}

/** One status, or every status but drafts: a literal, which the partial intakes_all_*_idx need. */
const statusCondition = (tab: Tab): SQL =>
	tab === 'all' ? sql`${intakes.status} <> 'draft'` : eq(intakes.status, tab);

/**
 * Search that finds people (issue 16): a query of digits and punctuation only, with 4 or more
 * digits, is a phone number or part of one, found anywhere in the stored digits ("555-0199",
 * "0199"); anything else is folded like the stored search_text (letters and digits, lowercased,
 * accents folded) and found anywhere in the name or the email ("maria.gonzalez", "Lucia" for
 * "Lucía"). Both are LIKE '%…%' on a trigram index; the folded text holds no LIKE wildcards.
 */
function searchCondition(q: string): SQL {
	const digits = q.replace(/\D/g, '');
	if (!/\p{L}/u.test(q) && digits.length >= 4) {
		return sql`${intakes.phone} like ${`%${phoneDigits(digits)}%`}`;
	}
	const folded = foldSearch(q);
	if (!folded) return sql`false`;
	return sql`${intakes.searchText} like ${`%${folded}%`}`;
}

export interface QueueRow {
	id: string;
	submittedAt: Date | null;
	/** The patient's last resubmission, when they sent updated answers. */
	resubmittedAt: Date | null;
	activityAt: Date | null;
	firstName: string | null;
	lastName: string | null;
	dateOfBirth: string | null;
	usState: string | null;
	/** The language the patient used ('en', 'es'). */
	locale: string;
	conditions: string[];
	triage: 'eligible' | 'review' | 'not-eligible-now' | null;
	contraindicationCount: number;
	cautionCount: number;
	status: string;
	/** The revision the row was read at (a bulk action refuses a row changed since). */
	revision: number;
	assignee: string | null;
}

/**
 * The query of one page (PAGE_SIZE + 1 rows, to tell whether a next page exists), newest first or
 * by triage priority, after the filters' cursor. Returned unexecuted so benchmarks can EXPLAIN
 * the exact SQL the queue runs.
 *
 * Two steps: the ids of the page first, from the queue indexes alone where they can (they hold
 * every filtered column but the conditions, so a filter that matches few rows is checked in the
 * index, not row by row in the table), then those rows' columns by primary key.
 */
export function pageQuery(db: Db, f: QueueFilters, staffId: string, limit = PAGE_SIZE + 1) {
	const cursor = decodeCursor(f.after);
	const priority = f.sort === 'priority';
	// Last activity: the patient's last resubmission, else the submission (intakes_queue_activity_idx).
	const time = f.sort === 'activity' ? intakes.activityAt : intakes.submittedAt;
	const conds = [whereFor(f, staffId)];
	if (cursor) {
		// Raw SQL parameters are not mapped by column type: pass the time as text and cast it.
		const at = sql`${cursor.submittedAt}::timestamptz`;
		conds.push(
			priority && cursor.triage
				? sql`(${intakes.triage}, ${time}, ${intakes.id}) < (${cursor.triage}::triage, ${at}, ${cursor.id}::uuid)`
				: sql`(${time}, ${intakes.id}) < (${at}, ${cursor.id}::uuid)`
		);
	}
	const order = [
		...(priority ? [sql`${intakes.triage} desc nulls last`] : []),
		sql`${time} desc nulls last`,
		sql`${intakes.id} desc nulls last`
	];
	const ids = db
		.select({ id: intakes.id })
		.from(intakes)
		.where(and(...conds))
		.orderBy(...order)
		.limit(limit)
		.as('page');
	return db
		.select({
			id: intakes.id,
			submittedAt: intakes.submittedAt,
			resubmittedAt: intakes.resubmittedAt,
			activityAt: intakes.activityAt,
			firstName: intakes.firstName,
			lastName: intakes.lastName,
			dateOfBirth: intakes.dateOfBirth,
			usState: intakes.usState,
			locale: intakes.locale,
			conditions: sql<
				string[]
			>`coalesce(${intakes.answers}->'conditions'->'conditions', '[]'::jsonb)`,
			triage: intakes.triage,
			contraindicationCount: intakes.contraindicationCount,
			cautionCount: intakes.cautionCount,
			status: intakes.status,
			revision: intakes.revision,
			assignee: user.name
		})
		.from(ids)
		.innerJoin(intakes, eq(intakes.id, ids.id))
		.leftJoin(user, eq(user.id, intakes.assignedTo))
		.orderBy(...order);
}

/** The `after` cursor of the page that follows `row` (null when it has no submission time). */
export function cursorAfter(
	row: Pick<QueueRow, 'id' | 'submittedAt' | 'triage'> & { activityAt?: Date | null },
	sort: QueueFilters['sort']
): string | null {
	const at = sort === 'activity' ? row.activityAt : row.submittedAt;
	if (!at) return null;
	return encodeCursor({
		submittedAt: at.toISOString(),
		id: row.id,
		...(sort === 'priority' && row.triage ? { triage: row.triage } : {})
	});
}

/** One page of the queue and the cursor of the next page. */
export async function listPage(db: Db, f: QueueFilters, staffId: string) {
	const rows = await pageQuery(db, f, staffId);
	const page = rows.slice(0, PAGE_SIZE) as QueueRow[];
	const last = page.at(-1);
	const next = rows.length > PAGE_SIZE && last ? cursorAfter(last, f.sort) : null;
	return { rows: page, next };
}

/** The count of one status tab, capped at COUNT_CAP + 1: never counts a whole table. */
export function tabCountQuery(db: Db, status: Tab) {
	const capped = db
		.select({ one: sql`1` })
		.from(intakes)
		.where(statusCondition(status))
		.limit(COUNT_CAP + 1)
		.as('capped');
	return db.select({ n: sql<number>`count(*)::int` }).from(capped);
}

/** Per-status counts for the tabs, each capped at COUNT_CAP (shown as "1000+"). */
export async function tabCounts(db: Db): Promise<Record<Tab, number>> {
	const counts = await Promise.all(
		TABS.map(async (status) => {
			const [row] = await tabCountQuery(db, status);
			return [status, row?.n ?? 0] as const;
		})
	);
	return Object.fromEntries(counts) as Record<Tab, number>;
}
