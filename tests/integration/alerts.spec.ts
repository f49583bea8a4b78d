// Staff alert emails (issue 16): the outbox row is written with the submission, workers on several
// instances send each email once, a restart loses nothing, each staff member's choice (each, daily
// summary, none) is honoured, and an eligible-from date reminds once. On PostgreSQL and PGlite.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { DbHandle } from '../../src/lib/server/db/client';
import type { Db } from '../../src/lib/server/db/client';
import {
	alertDeliveries,
	alertEvents,
	auditEvents,
	intakes,
	user
} from '../../src/lib/server/db/schema';
import * as alertEventsModule from '../../src/lib/server/alerts/events';
import * as settings from '../../src/lib/server/alerts/settings';
import * as worker from '../../src/lib/server/alerts/worker';
import * as reopen from '../../src/lib/server/clinic/reopen';
import * as workflow from '../../src/lib/server/clinic/workflow';
import { resubmit } from '../../src/lib/server/intakes/resubmit';
import { submit } from '../../src/lib/server/intakes/submit';
import { openTestDb, resetDb, type TestDb } from './db';
import { SERVICE_STATES, TODAY, draftExample, staffActor, submitExample } from './clinic-helpers';

let handle: TestDb;
/** A second instance: its own connection pool on PostgreSQL; PGlite has one connection. */
let other: DbHandle;
beforeAll(async () => {
	handle = await openTestDb();
	other = handle.url ? await openTestDb({ url: handle.url }) : handle;
});
afterAll(async () => {
	if (other !== handle) await other.close();
	await handle.close();
});
beforeEach(() => resetDb(handle));

const ZONE = 'America/Chicago';
/** 15:00 in Chicago on 7 December 2026 (after the 8:00 digest hour). */
const AFTERNOON = new Date('2026-12-07T21:00:00Z');

interface Sent {
	to: string;
	subject: string;
	text: string;
}

function mailbox(opts: { fail?: boolean; delayMs?: number } = {}) {
	const sent: Sent[] = [];
	const send: worker.Send = async (to, subject, text) => {
		if (opts.delayMs) await new Promise((r) => setTimeout(r, opts.delayMs));
		if (opts.fail) return false;
		sent.push({ to, subject, text });
		return true;
	};
	const options: worker.WorkerOptions = {
		send,
		origin: 'https://intake.clinic.test',
		clinicName: 'Test clinic',
		digestHour: 8,
		timeZone: ZONE
	};
	return { sent, options };
}

async function staffWith(role: 'clinician' | 'admin', mode?: settings.AlertMode) {
	const actor = await staffActor(handle.db, role);
	if (mode) await settings.choose(handle.db, actor, mode, 'req-test');
	const [row] = await handle.db
		.select({ email: user.email })
		.from(user)
		.where(eq(user.id, actor.id));
	return { ...actor, email: row!.email };
}

const events = () => handle.db.select().from(alertEvents).orderBy(alertEvents.id);
const deliveries = () => handle.db.select().from(alertDeliveries).orderBy(alertDeliveries.id);

const draftOf = (name: string) => draftExample(handle.db, name);

describe('the outbox row is part of the submission', () => {
	it('submitting queues one "submitted" row; submitting again or an incomplete draft queue none', async () => {
		const id = await draftOf('clean-fibromyalgia');
		const opts = { today: TODAY, serviceStates: SERVICE_STATES };
		expect((await submit(handle.db, id, opts)).kind).toBe('submitted');
		expect((await submit(handle.db, id, opts)).kind).toBe('already-submitted');
		const incomplete = await draftExample(handle.db, 'nothing answered', {});
		expect((await submit(handle.db, incomplete, opts)).kind).toBe('incomplete');
		expect((await events()).map((e) => [e.kind, e.intakeId])).toEqual([['submitted', id]]);
	});

	it('a submission that rolls back leaves no alert behind', async () => {
		const id = await draftOf('clean-fibromyalgia');
		await expect(
			handle.db.transaction(async (tx) => {
				await submit(tx as unknown as Db, id, { today: TODAY, serviceStates: SERVICE_STATES });
				throw new Error('the request failed after submitting');
			})
		).rejects.toThrow('the request failed');
		const [row] = await handle.db.select().from(intakes).where(eq(intakes.id, id));
		expect(row!.status).toBe('draft');
		expect(await events()).toEqual([]);
	});

	it('a resubmission after a request for more details queues an "updated" row', async () => {
		const doc = await staffActor(handle.db, 'clinician');
		const id = await submitExample(handle.db, 'clean-fibromyalgia');
		await workflow.changeStatus(handle.db, doc, { intakeId: id, revision: 0, to: 'in_review' });
		const [row] = await handle.db.select().from(intakes).where(eq(intakes.id, id));
		const asked = await reopen.requestInfo(handle.db, doc, {
			intakeId: id,
			revision: row!.revision,
			steps: ['health'],
			message: 'Please check your answers.'
		});
		expect(asked.kind).toBe('changed');
		const outcome = await resubmit(handle.db, id, { today: TODAY, serviceStates: SERVICE_STATES });
		expect(outcome.kind).toBe('submitted');
		expect((await events()).map((e) => e.kind)).toEqual(['submitted', 'updated']);
	});
});

describe('sending', () => {
	it('the email carries counts and links, never the patient or their answers', async () => {
		const doc = await staffWith('clinician');
		await submitExample(handle.db, 'daily-oxycodone');
		const { sent, options } = mailbox();
		expect(await worker.runOnce(handle.db, options, AFTERNOON)).toBe(1);
		expect(sent).toHaveLength(1);
		expect(sent[0]!.to).toBe(doc.email);
		expect(sent[0]!.subject).toBe('Test clinic: 1 intake to look at');
		expect(sent[0]!.text).toContain('- 1 new intake was sent.');
		expect(sent[0]!.text).toContain('https://intake.clinic.test/clinic');
		const whole = sent[0]!.subject + sent[0]!.text;
		for (const phi of [
			'Dana',
			'Whitfield',
			'dana.whitfield',
			'555',
			'oxycodone',
			'OxyContin',
			'TX'
		]) {
			expect(whole).not.toContain(phi);
		}
		const [log] = await deliveries();
		expect(log).toMatchObject({ recipientId: doc.id, kind: 'each', status: 'sent', attempts: 1 });
		expect(log!.counts).toEqual({ submitted: 1, updated: 0, eligible: 0 });
		// Nothing is sent twice.
		expect(await worker.runOnce(handle.db, options, AFTERNOON)).toBe(0);
	});

	it('two workers at once send each email once (FOR UPDATE SKIP LOCKED)', async () => {
		const staff = await Promise.all([1, 2, 3].map(() => staffWith('clinician')));
		const { sent, options } = mailbox({ delayMs: 20 });
		for (let round = 0; round < 3; round++) {
			await Promise.all([0, 1, 2].map(() => submitExample(handle.db, 'clean-fibromyalgia')));
			await Promise.all([
				worker.runOnce(handle.db, options, AFTERNOON),
				worker.runOnce(other.db, options, AFTERNOON),
				worker.runOnce(other.db, options, AFTERNOON)
			]);
		}
		const perRecipient = Object.fromEntries(staff.map((s) => [s.email, 0]));
		for (const m of sent) {
			const n = Number(/- (\d+) new intakes? (was|were) sent/.exec(m.text)![1]);
			perRecipient[m.to]! += n;
		}
		// Every intake was announced to every clinician exactly once, however the rounds split them.
		expect(perRecipient).toEqual(Object.fromEntries(staff.map((s) => [s.email, 9])));
		expect((await deliveries()).every((d) => d.status === 'sent' && d.attempts === 1)).toBe(true);
		expect((await events()).every((e) => e.fannedOutAt !== null)).toBe(true);
	});

	it('a failed send is retried with backoff, then given up; a lapsed lease is sent again', async () => {
		await staffWith('clinician');
		await submitExample(handle.db, 'clean-fibromyalgia');
		const down = mailbox({ fail: true });
		await worker.runOnce(handle.db, down.options, AFTERNOON);
		let [d] = await deliveries();
		expect(d).toMatchObject({
			status: 'pending',
			attempts: 1,
			lastError: 'smtp',
			lockedUntil: null
		});
		expect(d!.nextAttemptAt.getTime()).toBe(AFTERNOON.getTime() + worker.backoffMs(1));
		// Not due yet: nothing is tried.
		await worker.runOnce(handle.db, down.options, new Date(AFTERNOON.getTime() + 1000));
		expect((await deliveries())[0]!.attempts).toBe(1);

		let at = AFTERNOON.getTime();
		for (let attempt = 2; attempt <= worker.MAX_ATTEMPTS; attempt++) {
			at += worker.backoffMs(attempt - 1);
			await worker.runOnce(handle.db, down.options, new Date(at));
		}
		[d] = await deliveries();
		expect(d).toMatchObject({ status: 'failed', attempts: worker.MAX_ATTEMPTS });
	});

	it('after a restart, rows queued or claimed by an instance that died are sent', async () => {
		const doc = await staffWith('clinician');
		await submitExample(handle.db, 'clean-fibromyalgia');
		// The instance fanned out and claimed the delivery, then died before sending.
		await worker.fanOut(handle.db, AFTERNOON);
		await handle.db
			.update(alertDeliveries)
			.set({ lockedUntil: new Date(AFTERNOON.getTime() + worker.LEASE_MS), attempts: 1 });
		// Queued while no instance ran at all.
		await submitExample(handle.db, 'clean-fibromyalgia');

		const { sent, options } = mailbox();
		// A new instance (its own connections on PostgreSQL) finds both in the database.
		await worker.runOnce(other.db, options, AFTERNOON);
		expect(sent.map((m) => m.to)).toEqual([doc.email]); // the second; the first is still leased
		await worker.runOnce(other.db, options, new Date(AFTERNOON.getTime() + worker.LEASE_MS + 1000));
		expect(sent.map((m) => m.to)).toEqual([doc.email, doc.email]);
		expect((await deliveries()).map((d) => d.status)).toEqual(['sent', 'sent']);
	});
});

describe("each staff member's choice", () => {
	it('defaults: clinicians each time, admins none; a choice is stored and audited', async () => {
		const doc = await staffWith('clinician');
		const admin = await staffWith('admin');
		expect(await settings.modeOf(handle.db, doc)).toEqual({ mode: 'each', chosen: false });
		expect(await settings.modeOf(handle.db, admin)).toEqual({ mode: 'none', chosen: false });
		await settings.choose(handle.db, admin, 'digest', 'req-admin');
		expect(await settings.modeOf(handle.db, admin)).toEqual({ mode: 'digest', chosen: true });
		const audits = await handle.db
			.select()
			.from(auditEvents)
			.where(eq(auditEvents.actorId, admin.id));
		expect(audits.map((a) => [a.action, a.details])).toEqual([
			['staff.alerts_changed', { mode: 'digest' }]
		]);
	});

	it('each gets one email per round, digest one summary a day at the hour, none and disabled nothing', async () => {
		const each = await staffWith('clinician', 'each');
		const digest = await staffWith('clinician', 'digest');
		await staffWith('clinician', 'none');
		await staffWith('admin'); // default: none
		const adminEach = await staffWith('admin', 'each');
		const disabled = await staffWith('clinician', 'each');
		await handle.db.update(user).set({ banned: true }).where(eq(user.id, disabled.id));

		await submitExample(handle.db, 'clean-fibromyalgia');
		await submitExample(handle.db, 'daily-oxycodone');
		// Sent at 6:00 in Chicago.
		await handle.db.update(alertEvents).set({ createdAt: new Date('2026-12-07T12:00:00Z') });
		const { sent, options } = mailbox();
		// 7:30 in Chicago: before the digest hour.
		const morning = new Date('2026-12-07T13:30:00Z');
		await worker.runOnce(handle.db, options, morning);
		expect(sent.map((m) => m.to).sort()).toEqual([each.email, adminEach.email].sort());
		expect(sent[0]!.text).toContain('- 2 new intakes were sent.');

		// 8:00 in Chicago: the summary, once, whatever the number of rounds and workers.
		const eight = new Date('2026-12-07T14:00:00Z');
		await Promise.all([
			worker.runOnce(handle.db, options, eight),
			worker.runOnce(other.db, options, eight)
		]);
		await worker.runOnce(handle.db, options, new Date('2026-12-07T20:00:00Z'));
		const summaries = sent.filter((m) => m.to === digest.email);
		expect(summaries).toHaveLength(1);
		expect(summaries[0]!.subject).toBe('Test clinic: daily intake summary');
		expect(summaries[0]!.text).toContain('- 2 new intakes were sent.');
		expect(sent).toHaveLength(3);
		const rows = await deliveries();
		expect(rows.find((d) => d.kind === 'digest')).toMatchObject({
			recipientId: digest.id,
			digestOn: '2026-12-07',
			status: 'sent'
		});

		// The next day's summary counts only what came after this one; an empty day sends nothing.
		await worker.runOnce(handle.db, options, new Date('2026-12-08T15:00:00Z'));
		expect(sent.filter((m) => m.to === digest.email)).toHaveLength(1);
		expect((await deliveries()).find((d) => d.digestOn === '2026-12-08')?.status).toBe('skipped');
	});

	it('choosing none after an email was queued stops it', async () => {
		const doc = await staffWith('clinician');
		await submitExample(handle.db, 'clean-fibromyalgia');
		await worker.fanOut(handle.db, AFTERNOON);
		await settings.choose(handle.db, doc, 'none');
		const { sent, options } = mailbox();
		await worker.runOnce(handle.db, options, AFTERNOON);
		expect(sent).toEqual([]);
		expect((await deliveries())[0]).toMatchObject({ status: 'skipped', lastError: 'recipient' });
	});
});

describe('eligible-from reminders', () => {
	async function waiting(eligibleFrom: string, status: 'submitted' | 'approved' = 'submitted') {
		const id = await submitExample(handle.db, 'clean-fibromyalgia');
		await handle.db.update(intakes).set({ eligibleFrom, status }).where(eq(intakes.id, id));
		return id;
	}

	it('remind once when the date arrives in the clinic, even with two workers and a restart', async () => {
		const doc = await staffWith('clinician');
		const due = await waiting('2026-12-07');
		await waiting('2026-12-08'); // tomorrow
		await waiting('2026-12-07', 'approved'); // decided: no reminder
		await waiting('2026-11-01'); // long past: not reminded of now
		const { sent, options } = mailbox();
		// 23:30 UTC on the 6th is 17:30 on the 6th in Chicago: not yet (only the four submissions).
		await worker.runOnce(handle.db, options, new Date('2026-12-06T23:30:00Z'));
		expect(sent.map((m) => m.text)).toEqual([
			expect.stringContaining('- 4 new intakes were sent.')
		]);
		sent.length = 0;
		await Promise.all([
			worker.runOnce(handle.db, options, AFTERNOON),
			worker.runOnce(other.db, options, AFTERNOON)
		]);
		await worker.runOnce(handle.db, options, new Date(AFTERNOON.getTime() + 3600_000));
		expect(sent).toHaveLength(1);
		expect(sent[0]!.to).toBe(doc.email);
		expect(sent[0]!.text).toContain('- 1 intake reached its eligible-from date');
		const reminders = (await events()).filter((e) => e.kind === 'eligible');
		expect(reminders.map((e) => [e.intakeId, e.eligibleOn])).toEqual([[due, '2026-12-07']]);
		expect(await alertEventsModule.enqueueEligibleReminders(handle.db, '2026-12-07')).toBe(0);
	});
});

describe('retention', () => {
	it('drops outbox rows after a month and the delivery log after a year', async () => {
		await staffWith('clinician');
		await submitExample(handle.db, 'clean-fibromyalgia');
		const { options } = mailbox();
		await worker.runOnce(handle.db, options, AFTERNOON);
		const day = 86_400_000;
		await alertEventsModule.purgeOld(handle.db, new Date(Date.now() + 29 * day));
		expect(await events()).toHaveLength(1);
		await alertEventsModule.purgeOld(handle.db, new Date(Date.now() + 31 * day));
		expect(await events()).toEqual([]);
		expect(await deliveries()).toHaveLength(1);
		await alertEventsModule.purgeOld(handle.db, new Date(AFTERNOON.getTime() + 366 * day));
		expect(await deliveries()).toEqual([]);
	});
});
