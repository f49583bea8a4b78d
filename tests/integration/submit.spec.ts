import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { readFileSync } from 'node:fs';
import type { DbHandle } from '../../src/lib/server/db/client';
import { auditEvents, intakeFlags, intakes } from '../../src/lib/server/db/schema';
import * as drafts from '../../src/lib/server/intakes/drafts';
import { submit } from '../../src/lib/server/intakes/submit';
import { seedIntakes } from '../../src/lib/server/seed/insert';
import { openTestDb, resetDb } from './db';

const example = (name: string) =>
	JSON.parse(readFileSync(`docs/examples/${name}.json`, 'utf8')) as Record<string, unknown>;
// The examples were written on this day; the last-dose dates are relative to it.
const TODAY = '2026-11-27';
const opts = { today: TODAY, serviceStates: ['TX', 'FL', 'GA', 'MO', 'IL', 'IA'] };

let handle: DbHandle;
beforeAll(async () => {
	handle = await openTestDb();
});
afterAll(() => handle.close());
beforeEach(() => resetDb(handle));

async function draftWith(answers: Record<string, unknown>) {
	const { id } = await drafts.start(handle.db, {
		questionnaireVersion: 'test',
		locale: 'en',
		consent: {
			version: 'v',
			textHash: 'h',
			locale: 'en',
			contactConsent: 'yes',
			textConsent: 'yes'
		},
		answers,
		origin: {}
	});
	return id;
}

const auditRows = (id: string) =>
	handle.db
		.select()
		.from(auditEvents)
		.where(and(eq(auditEvents.intakeId, id), eq(auditEvents.action, 'intake.submitted')));

describe('submitting an intake', () => {
	it('stores status, screening, flags with evidence, contact columns and one audit row', async () => {
		const id = await draftWith(example('daily-oxycodone'));
		const outcome = await submit(handle.db, id, opts);
		expect(outcome.kind).toBe('submitted');
		const [row] = await handle.db.select().from(intakes).where(eq(intakes.id, id));
		expect(row).toMatchObject({
			status: 'submitted',
			triage: 'not-eligible-now',
			firstName: 'Dana',
			email: 'dana.whitfield@example.com',
			usState: 'TX',
			contactConsent: 'yes',
			textConsent: 'yes'
		});
		expect(row?.rulesetVersion).toMatch(/\S/);
		expect(row?.submittedAt).toBeInstanceOf(Date);
		const flags = await handle.db.select().from(intakeFlags).where(eq(intakeFlags.intakeId, id));
		const opioid = flags.find((f) => f.ruleId === 'opioid-scheduled-use');
		expect(opioid?.severity).toBe('contraindication');
		expect(JSON.stringify(opioid?.evidence)).toContain('OxyContin');
		const audit = await auditRows(id);
		expect(audit).toHaveLength(1);
		expect(JSON.stringify(audit[0])).not.toContain('Dana');
	});

	it('is idempotent: submitting again, even concurrently, yields one intake and one set of flags', async () => {
		const id = await draftWith(example('biologic-humira'));
		const outcomes = await Promise.all([1, 2, 3].map(() => submit(handle.db, id, opts)));
		expect(outcomes.map((o) => o.kind).sort()).toEqual([
			'already-submitted',
			'already-submitted',
			'submitted'
		]);
		const flagsAfterFirst = await handle.db
			.select()
			.from(intakeFlags)
			.where(eq(intakeFlags.intakeId, id));
		expect((await submit(handle.db, id, opts)).kind).toBe('already-submitted');
		const flags = await handle.db.select().from(intakeFlags).where(eq(intakeFlags.intakeId, id));
		expect(flags).toHaveLength(flagsAfterFirst.length);
		expect(await auditRows(id)).toHaveLength(1);
		expect(await handle.db.select().from(intakes)).toHaveLength(1);
	});

	it('refuses an incomplete draft and names the first step to finish, changing nothing', async () => {
		const answers = example('clean-fibromyalgia');
		delete answers.health;
		const id = await draftWith(answers);
		expect(await submit(handle.db, id, opts)).toEqual({ kind: 'incomplete', step: 'health' });
		const [row] = await handle.db.select().from(intakes).where(eq(intakes.id, id));
		expect(row?.status).toBe('draft');
		expect(await handle.db.select().from(intakeFlags)).toEqual([]);
	});

	it('answers not-found for an unknown id', async () => {
		expect(await submit(handle.db, crypto.randomUUID(), opts)).toEqual({ kind: 'not-found' });
	});
});

describe('seed generator', () => {
	it('inserts realistic screened intakes with their flags, the same way every time', async () => {
		const now = new Date('2026-11-27T12:00:00Z');
		await seedIntakes(handle.db, { count: 120, seed: 7, now, batchSize: 50 });
		const rows = await handle.db.select().from(intakes);
		expect(rows).toHaveLength(120);
		expect(rows.every((r) => r.email?.endsWith('@example.com'))).toBe(true);
		expect(new Set(rows.map((r) => r.triage))).toEqual(
			new Set(['eligible', 'review', 'not-eligible-now'])
		);
		const flags = await handle.db.select().from(intakeFlags);
		expect(flags.length).toBeGreaterThan(0);
		const first = rows.map((r) => [r.email, r.triage]).sort();
		await resetDb(handle);
		await seedIntakes(handle.db, { count: 120, seed: 7, now, batchSize: 50 });
		const again = (await handle.db.select().from(intakes)).map((r) => [r.email, r.triage]).sort();
		expect(again).toEqual(first);
	});
});
