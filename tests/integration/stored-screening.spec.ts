// The stored screening (issue 15 item 1): what an intake was screened as is stored whole at submit
// and read as stored by the clinician's page and the FHIR export, whatever the rules say later;
// "screen again" stores a new one beside it and says what changed; intakes sent before screenings
// were stored get one computed once, marked as recomputed.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq } from 'drizzle-orm';
import type { DbHandle } from '../../src/lib/server/db/client';
import {
	auditEvents,
	intakeFlags,
	intakeScreenings,
	intakes
} from '../../src/lib/server/db/schema';
import * as detail from '../../src/lib/server/clinic/detail';
import { intakeView } from '../../src/lib/server/clinic/intake-view';
import { rescreen } from '../../src/lib/server/clinic/rescreen';
import { exportResponse } from '../../src/lib/server/export/fhir';
import {
	backfillScreenings,
	currentScreening,
	type StoredScreening
} from '../../src/lib/server/intakes/screenings';
import { RULESET_VERSION, rules } from '../../src/lib/screening';
import type { Actor } from '../../src/lib/server/clinic/workflow';
import { openTestDb, resetDb } from './db';
import { SERVICE_STATES, TODAY, staffActor, submitExample } from './clinic-helpers';

let handle: DbHandle;
let doc: Actor;
beforeAll(async () => {
	handle = await openTestDb();
	await resetDb(handle);
	doc = await staffActor(handle.db, 'clinician', 'Dr Stored');
});
afterAll(() => handle.close());

const R01 = rules.find((r) => r.id === 'opioid-scheduled-use')!;
const original = { title: R01.title, clinicianMessage: R01.clinicianMessage };
afterEach(() => Object.assign(R01, original));

/** Changes R01's wording in memory, as a later ruleset would. */
function rewordR01() {
	R01.title = 'Reworded opioid rule';
	R01.clinicianMessage = () => 'A later wording of R01.';
}

const screeningsOf = (id: string) =>
	handle.db
		.select()
		.from(intakeScreenings)
		.where(eq(intakeScreenings.intakeId, id))
		.orderBy(asc(intakeScreenings.id));

const revisionOf = async (id: string) =>
	(await handle.db.select({ r: intakes.revision }).from(intakes).where(eq(intakes.id, id)))[0]!.r;

describe('at submission', () => {
	it('stores the whole screening: flags with texts and sources, keys, notes, titration, medicines', async () => {
		const id = await submitExample(handle.db, 'daily-oxycodone');
		const rows = await screeningsOf(id);
		expect(rows).toHaveLength(1);
		expect(rows[0]).toMatchObject({ kind: 'submitted', screenedOn: TODAY, createdBy: null });
		const stored = rows[0]!.result as StoredScreening;
		expect(stored.format).toBe(1);
		expect(stored.rulesetVersion).toBe(rows[0]!.rulesetVersion);
		const r01 = stored.flags.find((f) => f.rule === 'opioid-scheduled-use');
		expect(r01).toMatchObject({
			ref: 'R01',
			severity: 'contraindication',
			title: 'Regular opioid use',
			patientMessageKey: expect.stringMatching(/^screening_/)
		});
		expect(r01?.clinicianMessage).toContain("'OxyContin'");
		expect(r01?.sources.map((s) => s.id)).toContain('S2');
		expect(stored.titration.onHold).toBe(true);
		expect(stored.medicines[0]).toMatchObject({ typed: 'OxyContin', ingredients: ['oxycodone'] });
		// The queue's columns and flag rows agree with the stored screening.
		const [row] = await handle.db.select().from(intakes).where(eq(intakes.id, id));
		expect(row?.triage).toBe(stored.triage);
		const flagRows = await handle.db
			.select({ rule: intakeFlags.ruleId })
			.from(intakeFlags)
			.where(eq(intakeFlags.intakeId, id));
		expect(flagRows.map((f) => f.rule).sort()).toEqual(stored.flags.map((f) => f.rule).sort());
	});
});

describe('reading it back', () => {
	it('shows the clinician the stored text after the rule changed, and says which ruleset screened it', async () => {
		const id = await submitExample(handle.db, 'daily-oxycodone');
		rewordR01();
		const view = intakeView((await detail.open(handle.db, id, doc, 'intake.viewed'))!, doc);
		const r01 = view.flags.find((f) => f.ruleId === 'opioid-scheduled-use');
		expect(r01?.title).toBe('Regular opioid use');
		expect(r01?.clinicianMessage).toContain("'OxyContin'");
		expect(r01?.clinicianMessage).not.toContain('later wording');
		expect(view.screenedBy).toMatchObject({ kind: 'submitted', how: 'at submission' });
		expect(view.screenedBy?.rulesetVersion).toBe(view.intake.rulesetVersion);
	});

	it('exports the ingredients the stored screening read, without matching the names again', async () => {
		const id = await submitExample(handle.db, 'daily-oxycodone');
		const [s] = await screeningsOf(id);
		const stored = s!.result as StoredScreening;
		stored.medicines[0]!.ingredients = ['as-stored'];
		await handle.db
			.update(intakeScreenings)
			.set({ result: stored })
			.where(eq(intakeScreenings.id, s!.id));
		const exported = await exportResponse(handle.db, {
			intakeId: id,
			base: 'https://clinic.test',
			actor: { id: doc.id, role: 'clinician' },
			requestId: 'fhir-stored'
		});
		expect(JSON.stringify(exported)).toContain('as-stored');
		expect(JSON.stringify(exported)).not.toContain('"oxycodone"');
	});
});

describe('screening again with the current rules', () => {
	it('stores a new screening, keeps the old one, lists what changed and audits it', async () => {
		const id = await submitExample(handle.db, 'daily-oxycodone');
		rewordR01();
		const actor = { ...doc, requestId: `rescreen-${crypto.randomUUID()}` };
		const outcome = await rescreen(handle.db, actor, {
			intakeId: id,
			revision: await revisionOf(id),
			today: TODAY,
			serviceStates: SERVICE_STATES
		});
		expect(outcome.kind).toBe('changed');
		if (outcome.kind !== 'changed') return;
		expect(outcome.extra.change?.changed.map((f) => f.rule)).toEqual(['opioid-scheduled-use']);
		expect(outcome.extra.change?.added).toEqual([]);
		expect(outcome.extra.change?.removed).toEqual([]);
		const rows = await screeningsOf(id);
		expect(rows.map((r) => r.kind)).toEqual(['submitted', 'rescreened']);
		expect(rows[1]?.createdBy).toBe(doc.id);
		const view = intakeView((await detail.open(handle.db, id, doc, 'intake.viewed'))!, doc);
		expect(view.flags.find((f) => f.ruleId === 'opioid-scheduled-use')?.clinicianMessage).toBe(
			'A later wording of R01.'
		);
		expect(view.screenedBy?.kind).toBe('rescreened');
		const audit = await handle.db
			.select()
			.from(auditEvents)
			.where(and(eq(auditEvents.intakeId, id), eq(auditEvents.requestId, actor.requestId)));
		expect(audit).toHaveLength(1);
		expect(audit[0]).toMatchObject({ action: 'intake.rescreened', actorId: doc.id });
		expect(JSON.stringify(audit[0]?.details)).not.toContain('OxyContin');
	});

	it('refuses a stale revision and changes nothing', async () => {
		const id = await submitExample(handle.db, 'clean-fibromyalgia');
		const outcome = await rescreen(handle.db, doc, {
			intakeId: id,
			revision: (await revisionOf(id)) + 1,
			today: TODAY,
			serviceStates: SERVICE_STATES
		});
		expect(outcome.kind).toBe('conflict');
		expect(await screeningsOf(id)).toHaveLength(1);
	});

	it('gives not-found for a draft or an unknown intake', async () => {
		const outcome = await rescreen(handle.db, doc, {
			intakeId: crypto.randomUUID(),
			revision: 0,
			today: TODAY,
			serviceStates: SERVICE_STATES
		});
		expect(outcome.kind).toBe('not-found');
	});
});

describe('the migration step for intakes sent before screenings were stored', () => {
	/** An intake as an older version left it: flag rows and columns, no stored screening. */
	async function legacyIntake(example: string) {
		const id = await submitExample(handle.db, example);
		await handle.db.delete(intakeScreenings).where(eq(intakeScreenings.intakeId, id));
		await handle.db
			.update(intakes)
			.set({ rulesetVersion: 'ldn-rules-0.1.0+old' })
			.where(eq(intakes.id, id));
		return id;
	}

	it('computes one screening per intake, marked recomputed beside what it had, and only once', async () => {
		const ids = [await legacyIntake('daily-oxycodone'), await legacyIntake('biologic-humira')];
		const before = await handle.db.select().from(intakes).where(eq(intakes.id, ids[0]!));
		// Two instances starting at once: every intake still gets exactly one.
		const counts = await Promise.all([
			backfillScreenings(handle.db, { serviceStates: SERVICE_STATES }),
			backfillScreenings(handle.db, { serviceStates: SERVICE_STATES })
		]);
		expect(counts[0]! + counts[1]!).toBe(2);
		expect(await backfillScreenings(handle.db, { serviceStates: SERVICE_STATES })).toBe(0);
		// Screened on the day each was submitted, with the rules in force now.
		const submittedOn = before[0]!.submittedAt!.toISOString().slice(0, 10);
		for (const id of ids) {
			const rows = await screeningsOf(id);
			expect(rows).toHaveLength(1);
			expect(rows[0]).toMatchObject({ kind: 'recomputed', screenedOn: submittedOn });
			expect(rows[0]?.rulesetVersion).toBe(RULESET_VERSION);
		}
		const stored = (await currentScreening(handle.db, ids[0]!))!.result;
		expect(stored.previous).toMatchObject({
			triage: before[0]!.triage,
			rulesetVersion: 'ldn-rules-0.1.0+old'
		});
		expect(stored.previous?.flags.map((f) => f.rule)).toContain('opioid-scheduled-use');
		const view = intakeView((await detail.open(handle.db, ids[0]!, doc, 'intake.viewed'))!, doc);
		expect(view.screenedBy?.how).toMatch(/original screening was not stored/);
	});

	it('leaves answers that no longer parse without one, and the page shows the flags by rule', async () => {
		const id = await legacyIntake('daily-oxycodone');
		await handle.db
			.update(intakes)
			.set({ answers: { about: { firstName: 'Old' } } })
			.where(eq(intakes.id, id));
		await backfillScreenings(handle.db, { serviceStates: SERVICE_STATES });
		expect(await screeningsOf(id)).toHaveLength(0);
		const view = intakeView((await detail.open(handle.db, id, doc, 'intake.viewed'))!, doc);
		expect(view.screenedBy).toBeNull();
		expect(view.flags.map((f) => f.ruleId)).toContain('opioid-scheduled-use');
		expect(view.flags[0]?.clinicianMessage).toBeNull();
	});
});
