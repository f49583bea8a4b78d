// The leads CSV: people who agreed to be contacted (by email or phone, or by text message: two
// consents since consent version 2026-12.2), with the minimum a front desk or CRM needs (no
// clinical answers) and which of the two they agreed to, safe to open in a spreadsheet.
//
// Why it is built this way:
// - Each CSV record is built in SQL, so that both drivers run the same escaping and the server
//   only passes bytes on. Every field is quoted (RFC 4180: quotes doubled, CRLF line ends), and a
//   field a spreadsheet could run as a formula (FORMULA_PATTERN) gets a leading single quote so
//   that it shows as text (OWASP "CSV injection").
// - PostgreSQL streams the records with COPY … TO STDOUT (binary, so the records' own CR LF come
//   through untouched; copy-binary.ts strips the framing). COPY runs the query with parallel
//   workers, as the raw COPY baseline does; a cursor cannot. postgres.js pauses the socket when
//   its stream is full, and the HTTP response only reads when the client has taken what it was
//   sent (csv.ts), so memory stays flat and a slow client slows the query down instead of filling
//   the server. COPY takes no bind parameters, so the filter values are inlined as literals; they
//   are validated first (filters.ts) and checked again here. PGlite (one connection, in process)
//   reads keyset pages of 1,000 of the same query instead.
import { once } from 'node:events';
import { sql, type SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { Sql } from 'postgres';
import { PREFERRED_CONTACTS } from '../../intake';
import type { Db } from '../db/client';
import { intakes } from '../db/schema';
import { CopyBinaryReader } from './copy-binary';
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
	'email_phone_consent',
	'text_consent',
	'consent_version',
	'state',
	'language',
	'submitted_at',
	'status',
	'triage',
	'override',
	'source',
	'utm_source',
	'utm_medium',
	'utm_campaign'
] as const;

/** Characters that make a spreadsheet treat a cell as a formula (OWASP), with full-width forms. */
export const FORMULA_TRIGGERS = [
	'=',
	'+',
	'-',
	'@',
	'\t',
	'\r',
	'\n',
	'\uFF1D', // ＝ full-width equals
	'\uFF0B', // ＋
	'\uFF0D', // －
	'\uFF20', // ＠
	'\u2212', // − minus sign
	'\uFE62', // ﹢ small plus
	'\uFE63' // ﹣ small hyphen-minus
] as const;

/** Whitespace and control characters a spreadsheet skips before reading a formula. */
const SKIPPED =
	'\\u0001-\\u0020\\u007f-\\u00a0\\u00ad\\u061c\\u1680\\u180e\\u2000-\\u200f\\u2028-\\u202f\\u205f-\\u2064\\u3000\\ufeff';
const SIGNS = '=+@\\uff1d\\uff0b\\uff0d\\uff20\\u2212\\ufe62\\ufe63-';

/**
 * A cell a spreadsheet could run as a formula (OWASP "CSV Injection"): one starting with tab, CR
 * or LF, or with = + - @ (or their full-width and small forms) after any run of whitespace and
 * control characters, which Excel, LibreOffice and Sheets skip (` =1+1` is a formula too). Written
 * once, in the syntax both JavaScript (`u` flag) and PostgreSQL's regular expressions read.
 */
export const FORMULA_PATTERN = `^[\\t\\r\\n]|^[${SKIPPED}]*[${SIGNS}]`;

/** The same test in JavaScript, for CSVs built in the server (e.g. the audit trail). */
export const looksLikeFormula = (value: string) => new RegExp(FORMULA_PATTERN, 'u').test(value);

/** Whether the patient agreed to be contacted at all: by email or phone, or by text message. */
const consented = sql`(${intakes.contactConsent} = 'yes' or ${intakes.textConsent} = 'yes')`;

/** How many submitted intakes match, split by whether they may be exported (contact consent). */
export async function count(db: Db, f: LeadFilters) {
	const [row] = await db
		.select({
			exported: sql<number>`count(*) filter (where ${consented})::int`,
			withoutConsent: sql<number>`count(*) filter (where ${consented} is not true)::int`
		})
		.from(intakes)
		.where(matching(f));
	return { exported: Number(row?.exported ?? 0), withoutConsent: Number(row?.withoutConsent ?? 0) };
}

const FORMULA_SQL = sql.raw(`'${FORMULA_PATTERN}'`);
const QUOTE = sql.raw(`'"'`);
const CRLF = sql.raw(`E'"\\r\\n'`);

/** A field a spreadsheet reads as text: a cell that could be a formula gets a single quote. */
const safe = (c: SQL) =>
	sql`replace(case when (${c}) ~ ${FORMULA_SQL} then '''' || (${c}) else ${c} end, '"', '""')`;

/**
 * The export's rows (consenting leads matching `f`, newest first), one CSV record per row in
 * `line`. With `page`, one keyset page after `page.after`, with its key columns as text.
 *
 * One query level of plain, parallel-safe expressions, so that PostgreSQL builds the records in
 * its parallel workers before the sort, as it does for a raw COPY of the same columns. `concat`
 * reads NULL as '', and the anchored pattern stops at the first character that cannot start a formula.
 */
export function leadLines(
	f: LeadFilters,
	page?: { after: { at: string; id: string } | null; limit: number }
): SQL {
	const i = intakes;
	const phone = sql`case when length(${i.phone}) = 10 then substr(${i.phone}, 1, 3) || '-' || substr(${i.phone}, 4, 3) || '-' || substr(${i.phone}, 7) else ${i.phone} end`;
	// Only the questionnaire's own values: anything else in the stored answers is left out.
	const whens = PREFERRED_CONTACTS.map((v) => sql.raw(`when '${v}' then '${v}'`));
	const contact = sql`case ${i.answers}->'about'->>'preferredContact' ${sql.join(whens, sql` `)} end`;
	const utm = (key: string) => safe(sql`${i.utm}->>${sql.raw(`'${key}'`)}`);
	const fields = [
		sql`${i.id}::text`,
		safe(sql`${i.firstName}`),
		safe(sql`${i.lastName}`),
		safe(sql`${i.email}`),
		safe(phone),
		contact,
		sql`coalesce(${i.contactConsent}, 'no')`,
		sql`coalesce(${i.textConsent}, 'no')`,
		safe(sql`${i.consentVersion}`),
		safe(sql`${i.usState}`),
		// The patient's language as a BCP 47 code; only the app's own locales.
		sql`case ${i.locale} when 'es' then 'es' else 'en' end`,
		sql`to_char(${i.submittedAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`,
		sql`${i.status}::text`,
		sql`${i.triage}::text`,
		// 'yes' when approved or booked against a not-eligible-now triage (issue 16).
		sql`case when ${i.overriddenAt} is null then 'no' else 'yes' end`,
		safe(sql`${i.source}`),
		utm('utm_source'),
		utm('utm_medium'),
		utm('utm_campaign')
	];
	const line = sql`concat(${QUOTE}, ${sql.join(fields, sql`, '","', `)}, ${CRLF})`;
	const after = page?.after
		? sql`and (${i.submittedAt}, ${i.id}) < (${page.after.at}::timestamptz, ${page.after.id}::uuid)`
		: sql``;
	const keys = page ? sql`, ${i.submittedAt}::text as at, ${i.id}::text as id` : sql``;
	const limit = page ? sql`limit ${page.limit}` : sql``;
	return sql`select ${line} as line ${keys} from ${i}
		where ${matching(f)} and ${consented} ${after}
		order by ${i.submittedAt} desc, ${i.id} desc ${limit}`;
}

export interface Chunk {
	bytes: Uint8Array;
	rows: number;
}

/** The CSV records in chunks, read from whichever database this is. */
export function leadChunks(
	db: Db,
	driver: 'postgres' | 'pglite',
	f: LeadFilters
): AsyncGenerator<Chunk> {
	return driver === 'postgres' ? copyChunks(db, f) : keysetChunks(db, f);
}

const dialect = new PgDialect({ casing: 'snake_case' });

/** The COPY statement with its (validated) values inlined: COPY takes no bind parameters. */
export function copyStatement(f: LeadFilters): string {
	const query = leadLines(f);
	const { params } = dialect.sqlToQuery(query);
	// Belt and braces: no quote or backslash can reach a literal, whatever the server's settings.
	if (params.some((p) => typeof p !== 'string' || /['\\]/.test(p))) {
		throw new Error('An export filter value cannot be inlined.');
	}
	const { sql: select } = dialect.sqlToQuery(query.inlineParams());
	return `copy (${select}) to stdout with (format binary)`;
}

async function* copyChunks(db: Db, f: LeadFilters): AsyncGenerator<Chunk> {
	const client = (db as unknown as { $client: Sql }).$client;
	// A connection of its own: nothing else can run on it until the COPY is over, so a late
	// cancellation can never reach another request's query.
	const connection = await client.reserve();
	try {
		const query = connection.unsafe(copyStatement(f));
		const stream = await query.readable();
		let ended = false;
		stream.once('end', () => (ended = true));
		const reader = new CopyBinaryReader();
		try {
			// Not `for await (… of stream)`: that destroys the stream on an early return, and
			// postgres.js would then never read the rest of the reply (see `finally`).
			for await (const chunk of stream.iterator({ destroyOnReturn: false })) {
				const bytes = reader.push(chunk as Buffer);
				if (bytes.length > 0) yield { bytes, rows: reader.takeRows() };
			}
		} finally {
			if (!ended && !stream.closed) {
				// The client went away: cancel the COPY and let postgres.js read the rest of the
				// reply (what was already sent, then the cancellation), freeing the connection.
				stream.on('error', () => {});
				const closed = once(stream, 'close');
				const cancelled = query.cancel();
				stream.resume();
				await closed;
				await Promise.race([cancelled, new Promise((r) => setTimeout(r, 2000))]);
			}
		}
	} finally {
		connection.release();
	}
}

interface PageRow {
	line: string;
	at: string;
	id: string;
}

async function* keysetChunks(db: Db, f: LeadFilters): AsyncGenerator<Chunk> {
	const encoder = new TextEncoder();
	let after: { at: string; id: string } | null = null;
	for (;;) {
		const result: unknown = await db.execute(leadLines(f, { after, limit: PAGE_SIZE }));
		const rows = (result as { rows: PageRow[] }).rows;
		if (rows.length === 0) return;
		yield { bytes: encoder.encode(rows.map((r) => r.line).join('')), rows: rows.length };
		if (rows.length < PAGE_SIZE) return;
		const last: PageRow = rows[rows.length - 1]!;
		after = { at: last.at, id: last.id };
	}
}
