// The audit viewer's data (src/lib/server/audit-trail): filters, keyset pages that neither skip
// nor repeat a row (even when rows share a timestamp), and the CSV (spreadsheet-safe, audited).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import type { DbHandle } from '../../src/lib/server/db/client';
import { auditEvents } from '../../src/lib/server/db/schema';
import { auditCsv } from '../../src/lib/server/audit-trail/csv';
import { page, parseAuditFilters, type AuditFilters } from '../../src/lib/server/audit-trail/view';
import { openTestDb } from './db';

let handle: DbHandle;
const actor = crypto.randomUUID();
const other = crypto.randomUUID();
const intake = crypto.randomUUID();

beforeAll(async () => {
	handle = await openTestDb();
	// 23 rows by `actor` (7 sharing one instant), 3 by `other` about `intake`.
	const same = new Date('2026-11-20T10:00:00.123456Z');
	await handle.db.insert(auditEvents).values([
		...Array.from({ length: 16 }, (_, i) => ({
			action: 'intake.viewed',
			actorId: actor,
			actorRole: 'clinician',
			at: new Date(Date.UTC(2026, 10, 1 + i, 9)),
			details: { n: i }
		})),
		...Array.from({ length: 7 }, (_, i) => ({
			action: 'staff.login',
			actorId: actor,
			at: same,
			details: { n: 100 + i }
		})),
		...Array.from({ length: 3 }, (_, i) => ({
			action: 'intake.status_changed',
			actorId: other,
			intakeId: intake,
			at: new Date(Date.UTC(2026, 10, 25, i)),
			details: { to: '=HYPERLINK("http://evil.example")' }
		}))
	]);
});
afterAll(() => handle.close());

async function everyPage(f: AuditFilters, size: number) {
	const seen: number[] = [];
	let filters = f;
	for (let i = 0; i < 100; i++) {
		const result = await page(handle.db, filters, size);
		seen.push(...result.rows.map((r) => r.id));
		if (!result.next) break;
		filters = { ...filters, after: result.next };
	}
	return seen;
}

describe('the audit viewer', () => {
	it('pages newest first through every row once, ties on the time included', async () => {
		const ids = await everyPage({ actor }, 4);
		const all = await handle.db
			.select({ id: auditEvents.id })
			.from(auditEvents)
			.where(eq(auditEvents.actorId, actor))
			.orderBy(sql`${auditEvents.at} desc, ${auditEvents.id} desc`);
		expect(ids).toEqual(all.map((r) => r.id));
		expect(new Set(ids).size).toBe(23);
	});

	it('filters by staff member, intake, event type and UTC days', async () => {
		const count = async (f: AuditFilters) => (await everyPage(f, 50)).length;
		expect(await count({ actor: other })).toBe(3);
		expect(await count({ intake })).toBe(3);
		expect(await count({ actor, action: 'staff.login' })).toBe(7);
		expect(await count({ actor, from: '2026-11-03', to: '2026-11-05' })).toBe(3);
	});

	it('refuses bad filters field by field', () => {
		const parsed = parseAuditFilters(
			new URLSearchParams({ actor: 'x', action: 'no.such', from: '2026-02-30', after: "1'~2" })
		);
		expect(parsed.ok).toBe(false);
		if (parsed.ok) return;
		expect(Object.keys(parsed.errors).sort()).toEqual(['action', 'actor', 'after', 'from']);
	});

	it('downloads the matching rows as spreadsheet-safe CSV and audits the download', async () => {
		const requestId = `audit-csv-${crypto.randomUUID()}`;
		const stream = auditCsv(
			handle.db,
			{ intake },
			{ actor: { id: actor, role: 'admin' }, requestId }
		);
		const text = await new Response(stream).text();
		const lines = text
			.replace(/^\uFEFF/, '')
			.trimEnd()
			.split('\r\n');
		expect(lines[0]).toBe('id,at,actor_id,actor_role,action,intake_id,request_id,details');
		expect(lines).toHaveLength(4);
		expect(lines[1]).toContain(`"${intake}"`);
		// The details cell starts with `{`, so it is not a formula; a value that would be is quoted.
		expect(lines[1]).toContain('"{""to"":""=HYPERLINK');
		const [row] = await handle.db
			.select()
			.from(auditEvents)
			.where(eq(auditEvents.requestId, requestId));
		expect(row).toMatchObject({
			action: 'audit.exported',
			actorId: actor,
			details: { intake, rows: 3, completed: true }
		});
	});
});
