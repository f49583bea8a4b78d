// The leads export on the real database (PGlite keyset pages, or a PostgreSQL cursor): the consent
// filter, the columns, RFC 4180 quoting, formula neutralisation for each trigger character, the
// filters, paging past 1,000 rows, and the one audit row per export.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { eq, sql } from 'drizzle-orm';
import type { DbHandle } from '../../src/lib/server/db/client';
import { auditEvents, intakes } from '../../src/lib/server/db/schema';
import { leadsCsv } from '../../src/lib/server/export/csv';
import {
	leadFiltersSchema,
	parseFilters,
	type LeadFilters
} from '../../src/lib/server/export/filters';
import * as leads from '../../src/lib/server/export/leads';
import { seedIntakes } from '../../src/lib/server/seed/insert';
import { openTestDb, resetDb } from './db';

let handle: DbHandle;
const actor = { id: crypto.randomUUID(), role: 'admin' };

beforeAll(async () => {
	handle = await openTestDb();
});
afterAll(() => handle.close());
beforeEach(() => resetDb(handle));

type Lead = Partial<typeof intakes.$inferInsert>;

async function addLead(overrides: Lead = {}) {
	const [row] = await handle.db
		.insert(intakes)
		.values({
			status: 'submitted',
			questionnaireVersion: 'test',
			locale: 'es',
			answers: { about: { preferredContact: 'phone' } },
			firstName: 'Jordan',
			lastName: 'Okafor',
			email: 'jordan@example.com',
			phone: '5125550142',
			usState: 'TX',
			contactConsent: 'yes',
			textConsent: 'no',
			consentVersion: '2026-12.2',
			triage: 'eligible',
			source: 'google',
			utm: { utm_source: 'google', utm_medium: 'cpc', utm_campaign: 'fall' },
			submittedAt: new Date('2026-11-20T15:04:05Z'),
			...overrides
		})
		.returning({ id: intakes.id });
	return row!.id;
}

async function exportCsv(filters: LeadFilters = {}, requestId = crypto.randomUUID()) {
	const stream = leadsCsv({ db: handle.db, driver: handle.driver, actor, requestId }, filters);
	const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
	const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
	return { text, rows: parseCsv(text.replace(/^\uFEFF/, '')), requestId };
}

/** A strict RFC 4180 reader: every field quoted, CRLF after every record. */
function parseCsv(text: string): string[][] {
	const records: string[][] = [];
	let i = 0;
	while (i < text.length) {
		const record: string[] = [];
		for (;;) {
			if (text[i] !== '"') {
				// The header is unquoted: read to the next comma or line end.
				const end = text.slice(i).search(/,|\r\n/);
				record.push(text.slice(i, i + end));
				i += end;
			} else {
				let value = '';
				i++;
				for (;;) {
					const q = text.indexOf('"', i);
					value += text.slice(i, q);
					i = q + 1;
					if (text[i] === '"') {
						value += '"';
						i++;
					} else break;
				}
				record.push(value);
			}
			if (text[i] === ',') i++;
			else if (text.startsWith('\r\n', i)) {
				i += 2;
				break;
			} else throw new Error(`bad CSV at ${i}: ${JSON.stringify(text.slice(i, i + 20))}`);
		}
		records.push(record);
	}
	return records;
}

const auditRows = async (requestId: string) =>
	handle.db.select().from(auditEvents).where(eq(auditEvents.requestId, requestId));

describe('the CSV', () => {
	it('has a BOM, the header, and only people who agreed to be contacted', async () => {
		const id = await addLead();
		const textOnly = await addLead({
			contactConsent: 'no',
			textConsent: 'yes',
			firstName: 'Texts',
			submittedAt: new Date('2026-11-19T15:04:05Z')
		});
		await addLead({ contactConsent: 'no', firstName: 'Nope' });
		await addLead({ contactConsent: null, textConsent: null, firstName: 'Unknown' });
		await addLead({ status: 'draft', submittedAt: null, firstName: 'Draft' });
		const { text, rows } = await exportCsv();
		expect(text.startsWith('\uFEFFintake_id,first_name,')).toBe(true);
		expect(rows[0]).toEqual([...leads.LEAD_COLUMNS]);
		expect(rows.slice(1)).toEqual([
			[
				id,
				'Jordan',
				'Okafor',
				'jordan@example.com',
				'512-555-0142',
				'phone',
				'yes',
				'no',
				'2026-12.2',
				'TX',
				'es',
				'2026-11-20T15:04:05Z',
				'submitted',
				'eligible',
				'no',
				'google',
				'google',
				'cpc',
				'fall'
			],
			[
				textOnly,
				'Texts',
				'Okafor',
				'jordan@example.com',
				'512-555-0142',
				'phone',
				'no',
				'yes',
				'2026-12.2',
				'TX',
				'es',
				'2026-11-19T15:04:05Z',
				'submitted',
				'eligible',
				'no',
				'google',
				'google',
				'cpc',
				'fall'
			]
		]);
		expect(await leads.count(handle.db, {})).toEqual({ exported: 2, withoutConsent: 2 });
	});

	it.each(leads.FORMULA_TRIGGERS.map((c) => [JSON.stringify(c), c]))(
		'neutralises a cell starting with %s in every free-text column',
		async (_name, c) => {
			const evil = `${c}HYPERLINK("http://evil.example","x")`;
			await addLead({
				firstName: evil,
				lastName: evil,
				email: `${c}a@example.com`,
				source: evil,
				utm: { utm_source: evil, utm_medium: evil, utm_campaign: evil },
				answers: { about: { preferredContact: evil } }
			});
			const { rows } = await exportCsv();
			const row = rows[1]!;
			for (const column of [
				'first_name',
				'last_name',
				'source',
				'utm_source',
				'utm_medium',
				'utm_campaign'
			]) {
				expect(row[leads.LEAD_COLUMNS.indexOf(column as never)]).toBe(`'${evil}`);
			}
			expect(row[leads.LEAD_COLUMNS.indexOf('email')]).toBe(`'${c}a@example.com`);
			// Preferred contact only ever shows the questionnaire's own values.
			expect(row[leads.LEAD_COLUMNS.indexOf('preferred_contact')]).toBe('');
		}
	);

	it.each([
		[' =1+1'],
		['\u3000=1+1'],
		['\u00a0\u200b+1'],
		['\u0001@SUM(A1)'],
		['\ufeff-1+1'],
		['\uff1dHYPERLINK("http://evil.example")'],
		['  \uff20x'],
		['\t'],
		['\r1']
	])('neutralises %j: leading whitespace and controls, full-width signs', async (evil) => {
		await addLead({ firstName: evil, source: evil });
		const { rows } = await exportCsv();
		expect(rows[1]![leads.LEAD_COLUMNS.indexOf('first_name')]).toBe(`'${evil}`);
		expect(rows[1]![leads.LEAD_COLUMNS.indexOf('source')]).toBe(`'${evil}`);
	});

	it('quotes exactly the cells a spreadsheet could run as formulas (property, on this database)', async () => {
		const skipped = [
			' ',
			'\t',
			'\n',
			'\r',
			'\u0001',
			'\u001f',
			'\u007f',
			'\u0085',
			'\u00a0',
			'\u00ad',
			'\u061c',
			'\u1680',
			'\u180e',
			'\u2000',
			'\u200b',
			'\u200e',
			'\u2028',
			'\u202e',
			'\u202f',
			'\u2060',
			'\u3000',
			'\ufeff'
		];
		const signs = [
			'=',
			'+',
			'-',
			'@',
			'\uff1d',
			'\uff0b',
			'\uff0d',
			'\uff20',
			'\u2212',
			'\ufe62',
			'\ufe63'
		];
		const plain = ['a', '1', 'é', '"', ',', "'", '(', '\u00e9', '\u4e2d', '£'];
		const value = fc
			.array(fc.constantFrom(...skipped, ...signs, ...plain), { minLength: 1, maxLength: 8 })
			.map((p) => p.join(''));
		const values = fc.sample(fc.uniqueArray(value, { minLength: 300, maxLength: 300 }), {
			numRuns: 1,
			seed: 14
		})[0]!;
		// An oracle written independently of FORMULA_PATTERN: Unicode's own classes.
		const formula = (v: string) =>
			/^[\t\r\n]/.test(v) ||
			/^[\s\p{Cc}\p{Cf}]*[=+\-@\uff1d\uff0b\uff0d\uff20\u2212\ufe62\ufe63]/u.test(v);
		await handle.db.insert(intakes).values(
			values.map((v, n) => ({
				status: 'submitted' as const,
				questionnaireVersion: 'test',
				answers: {},
				firstName: v,
				lastName: String(n),
				contactConsent: 'yes' as const,
				submittedAt: new Date('2026-11-20T15:04:05Z')
			}))
		);
		const { rows } = await exportCsv();
		const first = leads.LEAD_COLUMNS.indexOf('first_name');
		const last = leads.LEAD_COLUMNS.indexOf('last_name');
		for (const row of rows.slice(1)) {
			const v = values[Number(row[last])]!;
			expect(row[first], JSON.stringify(v)).toBe(formula(v) ? `'${v}` : v);
			expect(leads.looksLikeFormula(v)).toBe(formula(v));
		}
		expect(rows).toHaveLength(301);
	});

	it('leaves ordinary values alone and quotes commas, quotes and line breaks (RFC 4180)', async () => {
		await addLead({ firstName: 'Ann-Marie', lastName: 'O"Brien, Jr.\r\nIII', phone: '123' });
		const { text, rows } = await exportCsv();
		expect(rows[1]!.slice(1, 5)).toEqual([
			'Ann-Marie',
			'O"Brien, Jr.\r\nIII',
			'jordan@example.com',
			'123'
		]);
		expect(text).toContain('"O""Brien, Jr.\r\nIII"');
	});

	it('writes one export.leads audit row with the filters and the row count, no PHI', async () => {
		await addLead();
		await addLead({ usState: 'FL' });
		const { requestId } = await exportCsv({ state: 'TX', from: '2026-11-01' });
		const rows = await auditRows(requestId);
		expect(rows).toHaveLength(1);
		expect(rows[0]).toMatchObject({
			action: 'export.leads',
			actorId: actor.id,
			actorRole: 'admin',
			intakeId: null,
			details: {
				from: '2026-11-01',
				to: null,
				status: null,
				triage: null,
				state: 'TX',
				source: null,
				format: 'csv',
				rows: 1,
				completed: true
			}
		});
		expect(JSON.stringify(rows[0])).not.toMatch(/Jordan|Okafor|example\.com|555/);
	});
});

describe('filters', () => {
	it('filter by dates (UTC days, both ends included), status, triage, state and source', async () => {
		const a = await addLead({ submittedAt: new Date('2026-11-01T00:00:00Z') });
		const b = await addLead({ submittedAt: new Date('2026-11-30T23:59:59Z'), status: 'booked' });
		const c = await addLead({ submittedAt: new Date('2026-12-01T00:00:00Z'), triage: 'review' });
		const d = await addLead({ usState: 'FL', source: 'Newsletter', utm: null });
		const e = await addLead({ source: null, utm: { utm_source: 'podcast' } });
		const ids = async (f: LeadFilters) =>
			(await exportCsv(f)).rows
				.slice(1)
				.map((r) => r[0])
				.sort();
		expect(await ids({ from: '2026-11-01', to: '2026-11-30' })).toEqual(
			[a, b, d, e].sort() // d and e use the default date, 2026-11-20
		);
		expect(await ids({ from: '2026-12-01' })).toEqual([c]);
		expect(await ids({ status: 'booked' })).toEqual([b]);
		expect(await ids({ triage: 'review' })).toEqual([c]);
		expect(await ids({ state: 'FL' })).toEqual([d]);
		expect(await ids({ source: 'newsletter' })).toEqual([d]);
		expect(await ids({ source: 'PODCAST' })).toEqual([e]);
		expect(await leads.count(handle.db, { state: 'FL' })).toEqual({
			exported: 1,
			withoutConsent: 0
		});
	});

	it('reject bad input field by field', () => {
		const form = new URLSearchParams({
			from: '2026-13-01',
			to: '2026-01-01',
			status: 'draft',
			triage: 'maybe',
			state: 'XX',
			source: 'a\tb'
		});
		const parsed = parseFilters(form);
		expect(parsed.ok).toBe(false);
		if (parsed.ok) return;
		expect(Object.keys(parsed.errors).sort()).toEqual([
			'from',
			'source',
			'state',
			'status',
			'triage'
		]);
		const reversed = parseFilters(new URLSearchParams({ from: '2026-02-01', to: '2026-01-01' }));
		expect(reversed).toMatchObject({ ok: false, errors: { to: expect.any(String) } });
		expect(leadFiltersSchema.parse({ from: '', status: '' })).toEqual({});
		for (const source of ["o'neil", 'a\\b']) {
			expect(parseFilters(new URLSearchParams({ source }))).toMatchObject({
				ok: false,
				errors: { source: expect.any(String) }
			});
		}
	});
});

describe('paging and streaming', () => {
	it('exports every consenting lead once, newest first, across pages of 1,000', async () => {
		await seedIntakes(handle.db, { count: 2_300, seed: 7, now: new Date('2026-11-27T12:00:00Z') });
		const expected = await leads.count(handle.db, {});
		expect(expected.exported).toBeGreaterThan(leads.PAGE_SIZE);
		const { rows } = await exportCsv();
		const body = rows.slice(1);
		expect(body).toHaveLength(expected.exported);
		expect(new Set(body.map((r) => r[0])).size).toBe(body.length);
		const times = body.map((r) => r[leads.LEAD_COLUMNS.indexOf('submitted_at')]!);
		expect([...times].sort().reverse()).toEqual(times);
	});

	it('stops reading when the client goes away, and audits the export as incomplete', async () => {
		await seedIntakes(handle.db, { count: 2_300, seed: 8, now: new Date('2026-11-27T12:00:00Z') });
		const requestId = crypto.randomUUID();
		const stream = leadsCsv({ db: handle.db, driver: handle.driver, actor, requestId }, {});
		const reader = stream.getReader();
		await reader.read(); // header
		await reader.read(); // first batch
		await reader.cancel();
		const [row] = await auditRows(requestId);
		const total = (await leads.count(handle.db, {})).exported;
		expect(row?.details).toMatchObject({ completed: false });
		expect(row?.details.rows).toBeGreaterThan(0);
		expect(row?.details.rows).toBeLessThan(total);
		if (handle.driver === 'postgres') {
			// The COPY was cancelled and its connection is idle again.
			const active = await handle.db.execute(
				sql`select 1 from pg_stat_activity where datname = current_database()
					and query like 'copy (%' and state <> 'idle'`
			);
			expect([...(active as unknown as unknown[])]).toEqual([]);
		}
	});
});
