import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import type { DbHandle } from '../../src/lib/server/db/client';
import { auditEvents } from '../../src/lib/server/db/schema';
import * as audit from '../../src/lib/server/audit';
import { openTestDb } from './db';

describe('audit trail', () => {
	let handle: DbHandle;
	const requestId = `audit-spec-${crypto.randomUUID()}`;
	beforeAll(async () => {
		handle = await openTestDb();
		await audit.record(handle.db, { action: 'staff.login', requestId, details: { via: 'test' } });
	});
	afterAll(() => handle.close());

	it('appends rows', async () => {
		const rows = await handle.db
			.select()
			.from(auditEvents)
			.where(eq(auditEvents.requestId, requestId));
		expect(rows).toHaveLength(1);
		expect(rows[0]).toMatchObject({ action: 'staff.login', details: { via: 'test' } });
	});

	it('refuses UPDATE', async () => {
		await expect(
			handle.db
				.update(auditEvents)
				.set({ action: 'staff.logout' })
				.where(eq(auditEvents.requestId, requestId))
		).rejects.toThrow();
		const rows = await handle.db
			.select()
			.from(auditEvents)
			.where(eq(auditEvents.requestId, requestId));
		expect(rows[0]?.action).toBe('staff.login');
	});

	it('refuses DELETE', async () => {
		await expect(
			handle.db.delete(auditEvents).where(eq(auditEvents.requestId, requestId))
		).rejects.toThrow();
		const rows = await handle.db
			.select()
			.from(auditEvents)
			.where(eq(auditEvents.requestId, requestId));
		expect(rows).toHaveLength(1);
	});

	it('refuses TRUNCATE', async () => {
		await expect(handle.db.execute(sql`truncate audit_events`)).rejects.toThrow();
		const rows = await handle.db
			.select()
			.from(auditEvents)
			.where(eq(auditEvents.requestId, requestId));
		expect(rows).toHaveLength(1);
	});
});
