// The audit viewer (/admin/audit): the trail filtered by staff member, intake, event type and
// dates, newest first, in keyset pages on (at, id) so that page 1,000 costs what page 1 does
// (indexes audit_events_at_idx and audit_events_action_idx; actor and intake have their own), and
// the same rows as a CSV. Reading the trail is itself audited (audit.viewed, audit.exported).
import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { AUDIT_ACTIONS } from '../audit';
import { filterDateSchema } from '../db/dates';
import type { Db } from '../db/client';
import { auditEvents } from '../db/schema';

export const PAGE_SIZE = 50;

const blank = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blank, schema.optional());

/** `2026-12-07T09:10:11.123456Z~42`: the last row's time and id, where the next page starts. */
const cursorSchema = z
	.string()
	.regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,6})?Z~\d{1,18}$/, 'That page link is not valid.');

export const auditFiltersSchema = z
	.object({
		actor: optional(z.uuid('Choose a staff member from the list.')),
		intake: optional(z.uuid('An intake id looks like 1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed.')),
		action: optional(z.enum(AUDIT_ACTIONS, 'Choose an event type from the list.')),
		from: optional(filterDateSchema('Enter a real date, from 1900 on.')),
		to: optional(filterDateSchema('Enter a real date, from 1900 on.')),
		after: optional(cursorSchema)
	})
	.refine((f) => !f.from || !f.to || f.from <= f.to, {
		path: ['to'],
		message: 'The end date must be on or after the start date.'
	});

export type AuditFilters = z.infer<typeof auditFiltersSchema>;
export type AuditFilterErrors = Partial<Record<keyof AuditFilters, string>>;

/** Validates the viewer's query string; unknown fields are ignored. */
export function parseAuditFilters(query: URLSearchParams) {
	const values: Record<string, string> = {};
	for (const key of Object.keys(auditFiltersSchema.shape)) {
		const value = query.get(key);
		if (typeof value === 'string') values[key] = value.slice(0, 200);
	}
	const parsed = auditFiltersSchema.safeParse(values);
	if (parsed.success) return { ok: true as const, filters: parsed.data, values };
	const errors: AuditFilterErrors = {};
	for (const issue of parsed.error.issues)
		errors[issue.path[0] as keyof AuditFilters] ??= issue.message;
	return { ok: false as const, errors, values };
}

/** The filters as audit details (ids and dates only). */
export const describeAuditFilters = (f: AuditFilters) => ({
	actor: f.actor ?? null,
	intake: f.intake ?? null,
	action: f.action ?? null,
	from: f.from ?? null,
	to: f.to ?? null
});

function where(f: AuditFilters): SQL | undefined {
	const a = auditEvents;
	const utc = (d: string) => sql`(${d}::date)::timestamp at time zone 'UTC'`;
	const [at, id] = f.after?.split('~') ?? [];
	return and(
		f.actor ? eq(a.actorId, f.actor) : undefined,
		f.intake ? eq(a.intakeId, f.intake) : undefined,
		f.action ? eq(a.action, f.action) : undefined,
		f.from ? sql`${a.at} >= ${utc(f.from)}` : undefined,
		f.to ? sql`${a.at} < ${utc(f.to)} + interval '1 day'` : undefined,
		at && id ? sql`(${a.at}, ${a.id}) < (${at}::timestamptz, ${id}::bigint)` : undefined
	);
}

export interface AuditRow {
	id: number;
	at: Date;
	actorId: string | null;
	actorRole: string | null;
	action: string;
	intakeId: string | null;
	requestId: string | null;
	details: Record<string, unknown>;
}

const cursorOf = (r: { at: Date; micros: string; id: number }) => `${r.micros}~${r.id}`;

/** The query of one page (one row more than shown, to tell whether there is a next page). */
export function pageQuery(db: Db, f: AuditFilters, size = PAGE_SIZE) {
	return db
		.select({
			id: auditEvents.id,
			at: auditEvents.at,
			// Microseconds, so that the cursor matches the stored time exactly.
			micros: sql<string>`to_char(${auditEvents.at} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
			actorId: auditEvents.actorId,
			actorRole: auditEvents.actorRole,
			action: auditEvents.action,
			intakeId: auditEvents.intakeId,
			requestId: auditEvents.requestId,
			details: auditEvents.details
		})
		.from(auditEvents)
		.where(where(f))
		.orderBy(desc(auditEvents.at), desc(auditEvents.id))
		.limit(size + 1);
}

/** One page, newest first, and the cursor of the next page (null on the last one). */
export async function page(db: Db, f: AuditFilters, size = PAGE_SIZE) {
	const rows = await pageQuery(db, f, size);
	const shown = rows.slice(0, size).map((r) => ({ ...r, at: new Date(r.at) }));
	const last = rows.length > size ? rows[size - 1] : undefined;
	return {
		rows: shown.map(({ micros: _micros, ...r }) => r as AuditRow),
		next: last ? cursorOf({ ...last, at: new Date(last.at) }) : null
	};
}

/** Every matching row, newest first, a page of 1,000 at a time. */
export async function* allRows(db: Db, f: AuditFilters): AsyncGenerator<AuditRow[]> {
	let filters: AuditFilters = { ...f, after: undefined };
	for (;;) {
		const { rows, next } = await page(db, filters, 1000);
		if (rows.length) yield rows;
		if (!next) return;
		filters = { ...filters, after: next };
	}
}
