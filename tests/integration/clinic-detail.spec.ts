import { STEP_IDS } from '../../src/lib/intake/step-ids';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { DbHandle } from '../../src/lib/server/db/client';
import { auditEvents, intakes } from '../../src/lib/server/db/schema';
import * as detail from '../../src/lib/server/clinic/detail';
import { intakeView } from '../../src/lib/server/clinic/intake-view';
import * as drafts from '../../src/lib/server/intakes/drafts';
import type { Actor } from '../../src/lib/server/clinic/workflow';
import { openTestDb, resetDb } from './db';
import { staffActor, submitExample } from './clinic-helpers';

let handle: DbHandle;
let doc: Actor;
let oxy: string;
beforeAll(async () => {
	handle = await openTestDb();
	await resetDb(handle);
	doc = await staffActor(handle.db, 'clinician', 'Dr Detail');
	oxy = await submitExample(handle.db, 'daily-oxycodone');
});
afterAll(() => handle.close());

const auditOf = (intakeId: string, requestId: string) =>
	handle.db
		.select()
		.from(auditEvents)
		.where(and(eq(auditEvents.intakeId, intakeId), eq(auditEvents.requestId, requestId)));

describe('opening an intake', () => {
	it('writes exactly one intake.viewed row: actor, intake, request id, no answers', async () => {
		const actor = { ...doc, requestId: `view-${crypto.randomUUID()}` };
		const record = await detail.open(handle.db, oxy, actor, 'intake.viewed');
		expect(record?.id).toBe(oxy);
		const rows = await auditOf(oxy, actor.requestId);
		expect(rows).toHaveLength(1);
		expect(rows[0]).toMatchObject({
			action: 'intake.viewed',
			actorId: doc.id,
			actorRole: 'clinician',
			intakeId: oxy,
			details: {}
		});
		const json = JSON.stringify(rows);
		for (const phi of ['Dana', 'Whitfield', 'OxyContin', 'example.com', '5125550142']) {
			expect(json).not.toContain(phi);
		}
	});

	it('records a print as intake.printed, not as a view', async () => {
		const actor = { ...doc, requestId: `print-${crypto.randomUUID()}` };
		await detail.open(handle.db, oxy, actor, 'intake.printed');
		const rows = await auditOf(oxy, actor.requestId);
		expect(rows.map((r) => r.action)).toEqual(['intake.printed']);
	});

	it.each([
		['an unknown id', '7b0c3a52-9d1e-4f6a-8b2c-1d2e3f4a5b6c'],
		['a malformed id', 'not-a-uuid'],
		['an SQL-looking id', "1' or '1'='1"],
		['an empty id', '']
	])('gives null (404) for %s and audits nothing', async (_name, id) => {
		const actor = { ...doc, requestId: `missing-${crypto.randomUUID()}` };
		expect(await detail.open(handle.db, id, actor, 'intake.viewed')).toBeNull();
		const rows = await handle.db
			.select()
			.from(auditEvents)
			.where(eq(auditEvents.requestId, actor.requestId));
		expect(rows).toEqual([]);
	});

	it('never shows a draft (the patient is still filling it in)', async () => {
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
			answers: {},
			origin: {}
		});
		expect(await detail.open(handle.db, id, doc, 'intake.viewed')).toBeNull();
	});
});

describe('the intake as a clinician reads it', () => {
	it('shows the opioid contraindication first, with the medicine as typed and its match', async () => {
		const record = await detail.open(handle.db, oxy, doc, 'intake.viewed');
		const view = intakeView(record!, doc);
		expect(view.intake).toMatchObject({
			name: 'Dana Whitfield',
			state: 'Texas (TX)',
			phone: '(512) 555-0142',
			preferredContact: 'Phone call',
			triage: 'not-eligible-now',
			status: 'submitted'
		});
		const [first] = view.flags;
		expect(first).toMatchObject({
			ruleId: 'opioid-scheduled-use',
			ref: 'R01',
			severity: 'contraindication',
			title: 'Regular opioid use'
		});
		expect(first?.clinicianMessage).toContain("'OxyContin'");
		expect(first?.evidence[0]).toMatchObject({
			kind: 'medication',
			typed: 'OxyContin',
			ingredients: ['oxycodone'],
			classes: ['opioid-agonist']
		});
		expect(first?.sources.map((s) => s.id)).toContain('S2');
		const severities = view.flags.map((f) => f.severity);
		const rank = { contraindication: 0, caution: 1, info: 2 };
		expect(severities).toEqual([...severities].sort((a, b) => rank[a] - rank[b]));
	});

	it('words answer evidence with the question and the answer as the patient saw them', async () => {
		const record = await detail.open(handle.db, oxy, doc, 'intake.viewed');
		const view = intakeView(record!, doc);
		const sleep = view.flags.find((f) => f.ruleId === 'sleep-disturbance');
		expect(sleep?.evidence[0]).toMatchObject({ kind: 'answer', path: 'health.sleep' });
		expect(sleep?.evidence[0]).not.toHaveProperty('value', '["insomnia"]');
	});

	it('suggests a titration plan on hold while a contraindication stands', async () => {
		const record = await detail.open(handle.db, oxy, doc, 'intake.viewed');
		const view = intakeView(record!, doc);
		expect(view.titration?.onHold).toBe(true);
		expect(view.titration?.schedule.steps.length).toBeGreaterThan(0);
	});

	it('lists every applicable step with the texts to show its answers', async () => {
		const record = await detail.open(handle.db, oxy, doc, 'intake.viewed');
		const { answerSheet } = intakeView(record!, doc);
		expect(answerSheet.sections.map((s) => s.id)).toEqual(STEP_IDS);
		expect(answerSheet.texts['intake_step_about_title']).toBe('About you');
		const meds = answerSheet.sections.find((s) => s.id === 'medication-details');
		expect(meds?.rows[0]?.entries?.[0]?.name).toBe('OxyContin');
	});

	it('keeps a timeline of the submission and of who viewed it, newest first', async () => {
		await detail.open(handle.db, oxy, doc, 'intake.viewed');
		const record = await detail.open(handle.db, oxy, doc, 'intake.viewed');
		const views = await handle.db
			.select({ id: auditEvents.id })
			.from(auditEvents)
			.where(and(eq(auditEvents.intakeId, oxy), eq(auditEvents.action, 'intake.viewed')));
		expect(views.length).toBeGreaterThanOrEqual(2);
		// One audit row per view; the timeline shows each run of views by one person as one entry.
		const [latest] = record!.timeline;
		expect(latest).toMatchObject({ action: 'intake.viewed', actor: 'Dr Detail' });
		expect(latest!.count).toBeGreaterThanOrEqual(2);
		expect(latest!.summary).toBe(`Viewed ${latest!.count} times`);
		expect(latest!.firstAt!.getTime()).toBeLessThanOrEqual(latest!.at.getTime());
		const shownViews = record!.timeline.filter((e) => e.action === 'intake.viewed');
		expect(shownViews.reduce((n, e) => n + e.count, 0)).toBe(views.length);
		expect(shownViews.length).toBeLessThan(views.length);
		expect(record!.timeline.at(-1)).toMatchObject({ action: 'intake.submitted', actor: 'Patient' });
	});

	it('shows flag texts in words, with the ruleset by name', async () => {
		const record = await detail.open(handle.db, oxy, doc, 'intake.viewed');
		const view = intakeView(record!, doc);
		for (const flag of view.flags) {
			expect(flag.clinicianMessage ?? '').not.toMatch(/decision D\d|fuzzy|distance \d|\w+\.\w+ = /);
		}
		expect(view.screenedBy?.rulesetName).toMatch(/^LDN rules \d+\.\d+\.\d+/);
	});

	it('offers clinicians the workflow transitions, and admins archiving too', async () => {
		const record = await detail.open(handle.db, oxy, doc, 'intake.viewed');
		expect(intakeView(record!, doc).transitions).toEqual([
			{ to: 'in_review', needsReason: false, override: false }
		]);
		const admin = { ...doc, role: 'admin' as const };
		expect(intakeView(record!, admin).transitions.map((t) => t.to)).toEqual([
			'in_review',
			'archived'
		]);
		const [row] = await handle.db.select().from(intakes).where(eq(intakes.id, oxy));
		expect(row?.status).toBe('submitted');
	});
});
