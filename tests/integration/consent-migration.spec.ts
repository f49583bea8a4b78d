// Migration 0005 (consent version 2026-12.2): an intake stored under the old single contact consent
// ("email, phone or text message") keeps its answer for texts too, in the column the leads export
// reads and in the answers, so a draft or an open request for more information still validates.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { intakeSchema } from '../../src/lib/intake';
import { buildAnswers } from '../../src/lib/intake/testing';
import { openDb, type DbHandle } from '../../src/lib/server/db/client';
import { intakes } from '../../src/lib/server/db/schema';
import { createFreshDatabase, dropDatabase } from '../support/databases';

const MIGRATION = '0005_contact_consents';
const work = mkdtempSync(join(tmpdir(), 'ldn-consent-migration-'));
let url: string | undefined;

/** The migrations folder as it was before `MIGRATION`. */
function migrationsBefore(): string {
	const dir = join(work, 'before');
	cpSync('migrations', dir, { recursive: true });
	const journalPath = join(dir, 'meta', '_journal.json');
	const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as {
		entries: { tag: string }[];
	};
	const at = journal.entries.findIndex((e) => e.tag === MIGRATION);
	expect(at).toBeGreaterThan(0);
	for (const e of journal.entries.slice(at)) rmSync(join(dir, `${e.tag}.sql`));
	journal.entries = journal.entries.slice(0, at);
	writeFileSync(journalPath, JSON.stringify(journal));
	return dir;
}

const open = (migrationsDir: string): Promise<DbHandle> =>
	openDb(
		url ? { url, migrationsDir, poolSize: 2 } : { pgliteDir: join(work, 'pglite'), migrationsDir }
	);

beforeAll(async () => {
	if (process.env.DATABASE_URL)
		url = await createFreshDatabase(process.env.DATABASE_URL, 'ldn_it_consent');
});
afterAll(async () => {
	if (url) await dropDatabase(url);
	rmSync(work, { recursive: true, force: true });
});

describe(`migration ${MIGRATION}`, () => {
	it('carries the old contact consent over to text messages, column and answers', async () => {
		const before = await open(migrationsBefore());
		await before.migrate();
		const answers = buildAnswers() as unknown as { consent: Record<string, string> };
		const oldConsent = { privacyNotice: 'accepted', contactConsent: 'yes' };
		const rows = [
			{ contact: 'yes', status: 'draft' },
			{ contact: 'no', status: 'submitted' }
		] as const;
		const ids: string[] = [];
		for (const r of rows) {
			const inserted = await before.db.execute<{ id: string }>(
				sql.raw(`insert into intakes (status, questionnaire_version, answers, consent_version, contact_consent)
				 values ('${r.status}', '2026-11.1', '${JSON.stringify({
						...answers,
						consent: { ...oldConsent, contactConsent: r.contact }
					})}'::jsonb, '2026-11.1', '${r.contact}') returning id`)
			);
			const list = Array.isArray(inserted)
				? inserted
				: (inserted as unknown as { rows: { id: string }[] }).rows;
			ids.push(list[0]!.id);
		}
		await before.close();

		const after = await open('migrations');
		await after.migrate();
		for (const [i, r] of rows.entries()) {
			const [row] = await after.db.select().from(intakes).where(eq(intakes.id, ids[i]!));
			expect(row).toMatchObject({
				contactConsent: r.contact,
				textConsent: r.contact,
				consentVersion: '2026-11.1'
			});
			expect((row!.answers as typeof answers).consent).toEqual({
				...oldConsent,
				contactConsent: r.contact,
				textConsent: r.contact
			});
			expect(intakeSchema.safeParse(row!.answers).success).toBe(true);
		}
		await after.close();
	});
});
