// The leads CSV: people who agreed to be contacted, with the minimum a front desk or CRM needs
// (no clinical answers), safe to open in a spreadsheet.
//
// Why it is built this way:
// - Each CSV record is built in SQL, so that both drivers run the same escaping and the server
//   only concatenates strings. Every field is quoted (RFC 4180: quotes doubled, CRLF line ends),
//   and a field that starts with =, +, -, @, tab, CR or LF gets a leading single quote so that a
//   spreadsheet shows it as text instead of running it as a formula (OWASP "CSV injection").
// - PostgreSQL streams through a cursor: postgres.js fetches the next 1,000 rows only when the
//   previous batch has been handed on, and the HTTP response only asks for more when the client
//   has taken what it was sent (see csv.ts), so memory stays flat and a slow client slows the
//   query instead of filling the server's memory. PGlite (one connection, in process) reads
//   keyset pages of 1,000 instead, ordered the same way.
import { sql, type SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { Sql } from 'postgres';
import type { Db } from '../db/client';
import { intakes } from '../db/schema';
import { matching, type LeadFilters } from './filters';

export const PAGE_SIZE = 1000;

/** The CSV header, in column order. */
export const LEAD_COLUMNS = [
	'intake_id',
	'first_name',
	'last_name',
	'email',
	'phone',
	'preferred_contact',
	'state',
	'submitted_at',
	'status',
	'triage',
	'source',
	'utm_source',
	'utm_medium',
	'utm_campaign'
] as const;

/** Characters that make a spreadsheet treat a cell as a formula (OWASP). */
export const FORMULA_TRIGGERS = ['=', '+', '-', '@', '\t', '\r', '\n'] as const;

/** How many submitted intakes match, split by whether they may be exported (contact consent). */
export async function count(db: Db, f: LeadFilters) {
	const [row] = await db
		.select({
			exported: sql<number>`count(*) filter (where ${intakes.contactConsent} = 'yes')::int`,
			withoutConsent: sql<number>`count(*) filter (where ${intakes.contactConsent} is distinct from 'yes')::int`
		})
		.from(intakes)
		.where(matching(f));
	return { exported: Number(row?.exported ?? 0), withoutConsent: Number(row?.withoutConsent ?? 0) };
}

/**
 * The export's rows (consenting leads matching `f`, newest first), one CSV record per row in
 * `line`. With `after`, only rows after that keyset position; with `limit`, one page.
 */
export function leadLines(
	f: LeadFilters,
	page?: { after: { at: string; id: string } | null; limit: number }
): SQL {
	const i = intakes;
	const text = (c: SQL) => sql`coalesce(${c}, '')`;
	const after = page?.after
		? sql`and (${i.submittedAt}, ${i.id}) < (${page.after.at}::timestamptz, ${page.after.id}::uuid)`
		: sql``;
	// `offset 0` keeps PostgreSQL from folding the inner select into the outer one, which would
	// evaluate each jsonb extraction twice (once for the formula check, once for the value).
	const inner = sql`select ${i.id} as id, ${i.submittedAt} as at,
		${text(sql`${i.firstName}`)} as first_name, ${text(sql`${i.lastName}`)} as last_name,
		${text(sql`${i.email}`)} as email,
		${text(sql`case when length(${i.phone}) = 10 then substr(${i.phone}, 1, 3) || '-' || substr(${i.phone}, 4, 3) || '-' || substr(${i.phone}, 7) else ${i.phone} end`)} as phone,
		${text(sql`${i.answers}->'about'->>'preferredContact'`)} as preferred_contact,
		${text(sql`${i.usState}`)} as state, ${i.status}::text as status,
		${text(sql`${i.triage}::text`)} as triage, ${text(sql`${i.source}`)} as source,
		${text(sql`${i.utm}->>'utm_source'`)} as utm_source,
		${text(sql`${i.utm}->>'utm_medium'`)} as utm_medium,
		${text(sql`${i.utm}->>'utm_campaign'`)} as utm_campaign
		from ${i} where ${matching(f)} and ${i.contactConsent} = 'yes' ${after}
		order by ${i.submittedAt} desc, ${i.id} desc
		${page ? sql`limit ${page.limit}` : sql``} offset 0`;
	const line = sql.join(
		[
			quoted(sql`t.id::text`),
			...['first_name', 'last_name', 'email', 'phone', 'preferred_contact', 'state'].map((c) =>
				neutralised(sql.raw(`t.${c}`))
			),
			quoted(sql`to_char(t.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`),
			quoted(sql`t.status`),
			quoted(sql`t.triage`),
			...['source', 'utm_source', 'utm_medium', 'utm_campaign'].map((c) =>
				neutralised(sql.raw(`t.${c}`))
			)
		],
		sql` || ',' || `
	);
	const keys = page ? sql`, t.at::text as at, t.id::text as id` : sql``;
	return sql`select ${line} || E'\\r\\n' as line ${keys} from (${inner}) t order by t.at desc, t.id desc`;
}

/** A quoted RFC 4180 field. */
const quoted = (c: SQL) => sql`'"' || replace(${c}, '"', '""') || '"'`;

/** A quoted field that a spreadsheet will never read as a formula. */
const neutralised = (c: SQL) =>
	quoted(
		sql`case when left(${c}, 1) in ('=', '+', '-', '@', E'\\t', E'\\r', E'\\n') then '''' || ${c} else ${c} end`
	);

export interface Chunk {
	text: string;
	rows: number;
}

/** The CSV records in batches of about PAGE_SIZE rows, read from whichever database this is. */
export function leadChunks(
	db: Db,
	driver: 'postgres' | 'pglite',
	f: LeadFilters
): AsyncGenerator<Chunk> {
	return driver === 'postgres' ? cursorChunks(db, f) : keysetChunks(db, f);
}

const dialect = new PgDialect({ casing: 'snake_case' });

async function* cursorChunks(db: Db, f: LeadFilters): AsyncGenerator<Chunk> {
	const client = (db as unknown as { $client: Sql }).$client;
	const query = dialect.sqlToQuery(leadLines(f));
	const params = query.params as never[];
	for await (const rows of client.unsafe<{ line: string }[]>(query.sql, params).cursor(PAGE_SIZE)) {
		yield { text: rows.map((r) => r.line).join(''), rows: rows.length };
	}
}

interface PageRow {
	line: string;
	at: string;
	id: string;
}

async function* keysetChunks(db: Db, f: LeadFilters): AsyncGenerator<Chunk> {
	let after: { at: string; id: string } | null = null;
	for (;;) {
		const result: unknown = await db.execute(leadLines(f, { after, limit: PAGE_SIZE }));
		const rows = (result as { rows: PageRow[] }).rows;
		if (rows.length === 0) return;
		yield { text: rows.map((r) => r.line).join(''), rows: rows.length };
		if (rows.length < PAGE_SIZE) return;
		const last: PageRow = rows[rows.length - 1]!;
		after = { at: last.at, id: last.id };
	}
}
