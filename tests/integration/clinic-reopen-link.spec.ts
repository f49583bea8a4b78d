// Request more information, issue 16: a fresh link for an open request (the old link, code and
// session end; two clinicians at once leave one working link; at most a few an hour), and the
// patient's reply to the clinician's message (saved with the request, refused when too long with
// nothing changed, shown to staff beside the question once sent). On PostgreSQL and PGlite.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { DbHandle } from '../../src/lib/server/db/client';
import { auditEvents, infoRequests, intakes } from '../../src/lib/server/db/schema';
import * as detail from '../../src/lib/server/clinic/detail';
import { intakeView } from '../../src/lib/server/clinic/intake-view';
import * as reopen from '../../src/lib/server/clinic/reopen';
import * as workflow from '../../src/lib/server/clinic/workflow';
import type { Actor } from '../../src/lib/server/clinic/workflow';
import * as drafts from '../../src/lib/server/intakes/drafts';
import * as requests from '../../src/lib/server/intakes/info-requests';
import { resubmit } from '../../src/lib/server/intakes/resubmit';
import { REPLY_MAX } from '../../src/lib/intake';
import { openTestDb } from './db';
import { SERVICE_STATES, TODAY, staffActor, submitExample } from './clinic-helpers';

let handle: DbHandle;
let doc: Actor;
let other: Actor;
let id: string;

const MESSAGE = 'You mention a procedure next month: what procedure is it?';
const REPLY =
	'A knee arthroscopy on 12 January.\nThe surgeon said to stop supplements a week before.';
const opts = { today: TODAY, serviceStates: SERVICE_STATES };

beforeAll(async () => {
	handle = await openTestDb();
	doc = await staffActor(handle.db, 'clinician', 'Dr Fresh');
	other = await staffActor(handle.db, 'admin', 'Admin Fresh');
});
afterAll(() => handle.close());
beforeEach(async () => {
	id = await submitExample(handle.db, 'clean-fibromyalgia');
	await workflow.changeStatus(handle.db, doc, { intakeId: id, revision: 0, to: 'in_review' });
	const asked = await reopen.requestInfo(handle.db, doc, {
		intakeId: id,
		revision: 1,
		steps: ['health'],
		message: MESSAGE
	});
	if (asked.kind !== 'changed') throw new Error(`not reopened: ${asked.kind}`);
	first = asked.resume;
});
let first: reopen.ResumeSecrets;

const row = async () => (await handle.db.select().from(intakes).where(eq(intakes.id, id)))[0]!;
const openRequest = async () =>
	(await handle.db.select().from(infoRequests).where(eq(infoRequests.intakeId, id)))[0]!;
const audits = (action: string) =>
	handle.db
		.select()
		.from(auditEvents)
		.where(and(eq(auditEvents.intakeId, id), eq(auditEvents.action, action)));
const reissue = async (actor = doc, revision?: number) =>
	reopen.reissueLink(handle.db, actor, {
		intakeId: id,
		revision: revision ?? (await row()).revision
	});
/** Whether a link / a code (with the intake's email) still opens the intake. */
const linkWorks = async (token: string) =>
	typeof (await drafts.peekResumeLink(handle.db, token)) === 'object';
const codeWorks = async (code: string) =>
	(await drafts.redeemResumeCode(handle.db, (await row()).email!, code)) !== null;

describe('issuing a fresh link', () => {
	it('ends the old link, code and session; the new ones work; audited without secrets', async () => {
		const session = await drafts.redeemResumeLink(handle.db, first.token);
		expect(session).not.toBeNull();
		const before = await row();
		const outcome = await reissue();
		if (outcome.kind !== 'changed') throw new Error(outcome.kind);
		const after = await row();
		expect(after).toMatchObject({ status: 'needs_info', revision: before.revision + 1 });
		expect(after.answers).toEqual(before.answers);
		expect(await drafts.findByToken(handle.db, session!)).toBeNull();
		expect(await linkWorks(first.token)).toBe(false);
		expect(await codeWorks(first.code)).toBe(false);
		expect(outcome.resume.token).not.toBe(first.token);
		expect(await linkWorks(outcome.resume.token)).toBe(true);
		expect(await codeWorks(outcome.resume.code)).toBe(true);
		// Nothing readable is stored: only hashes.
		expect(JSON.stringify(after)).not.toContain(outcome.resume.token);
		expect(JSON.stringify(after)).not.toContain(outcome.resume.code);

		const rows = await audits('intake.info_link_reissued');
		expect(rows).toHaveLength(1);
		expect(rows[0]).toMatchObject({ actorId: doc.id, actorRole: 'clinician' });
		expect(rows[0]!.details).toEqual({
			revision: after.revision,
			infoRequestId: (await openRequest()).id
		});
		const json = JSON.stringify(rows);
		for (const secret of [outcome.resume.token, outcome.resume.code, MESSAGE, 'example.com']) {
			expect(json).not.toContain(secret);
		}
		const record = await detail.open(handle.db, id, doc, 'intake.viewed');
		expect(intakeView(record!, doc).timeline[1]).toMatchObject({
			actor: 'Dr Fresh',
			summary: 'Issued a fresh link for the patient (the old link and code stopped working)'
		});
	});

	it('two clinicians at once leave exactly one working link', async () => {
		const { revision } = await row();
		const outcomes = await Promise.all([reissue(doc, revision), reissue(other, revision)]);
		expect(outcomes.map((o) => o.kind).sort()).toEqual(['changed', 'conflict']);
		const tokens = [
			first.token,
			...outcomes.flatMap((o) => (o.kind === 'changed' ? [o.resume.token] : []))
		];
		const working = [];
		for (const token of tokens) if (await linkWorks(token)) working.push(token);
		expect(working).toHaveLength(1);
		expect(working[0]).not.toBe(first.token);
		expect(await audits('intake.info_link_reissued')).toHaveLength(1);
	});

	it.each<[string, () => Promise<unknown>, string]>([
		['a stale revision', () => reissue(doc, 0), 'conflict'],
		[
			'an unknown intake',
			() => reopen.reissueLink(handle.db, doc, { intakeId: crypto.randomUUID(), revision: 2 }),
			'not-found'
		]
	])('refuses %s and changes nothing', async (_name, run, kind) => {
		const before = await row();
		expect(((await run()) as { kind: string }).kind).toBe(kind);
		expect(await row()).toEqual(before);
		expect(await linkWorks(first.token)).toBe(true);
		expect(await audits('intake.info_link_reissued')).toEqual([]);
	});

	it('is only for an open request: not after the answers are sent', async () => {
		await requests.saveStep(handle.db, id, 'health', (await row()).answers.health);
		expect((await resubmit(handle.db, id, opts)).kind).toBe('submitted');
		const before = await row();
		expect((await reissue()).kind).toBe('not-allowed');
		expect(await row()).toEqual(before);
	});

	it(`stops after ${reopen.REISSUES_PER_HOUR} in an hour, with a reason`, async () => {
		for (let i = 0; i < reopen.REISSUES_PER_HOUR; i++) {
			expect((await reissue()).kind).toBe('changed');
		}
		const before = await row();
		const refused = await reissue();
		expect(refused).toMatchObject({ kind: 'refused', message: expect.stringContaining('hour') });
		expect(await row()).toEqual(before);
	});

	it('validates the form: a revision only', () => {
		expect(reopen.reissueFormSchema.safeParse({ revision: '4' }).data).toEqual({ revision: 4 });
		expect(reopen.reissueFormSchema.safeParse({ revision: 'x' }).success).toBe(false);
	});
});

describe("the patient's reply", () => {
	const view = async () => {
		const record = await detail.open(handle.db, id, doc, 'intake.viewed');
		return intakeView(record!, doc);
	};

	it('is saved with the request, shown to staff beside the question once sent', async () => {
		expect(await requests.saveReply(handle.db, id, `  ${REPLY}  `)).toEqual({
			kind: 'saved',
			reply: REPLY
		});
		expect((await requests.openRequest(handle.db, id))?.reply).toBe(REPLY);
		// Work in progress: not shown to staff until the patient sends the answers.
		const waiting = await view();
		expect(JSON.stringify(waiting.requests)).not.toContain('arthroscopy');

		await requests.saveStep(handle.db, id, 'health', (await row()).answers.health);
		expect((await resubmit(handle.db, id, opts)).kind).toBe('submitted');
		const done = await view();
		const [answered] = done.requests.answered;
		expect(answered).toMatchObject({ message: MESSAGE, by: 'Dr Fresh', reply: REPLY });
		expect(answered!.answered.iso).toBe((await openRequest()).answeredAt!.toISOString());
		const [sent] = await audits('intake.resubmitted');
		expect(sent!.details).toMatchObject({ replied: true });
		expect(JSON.stringify(sent)).not.toContain('arthroscopy');
		expect(done.timeline.find((e) => e.action === 'intake.resubmitted')?.summary).toMatch(
			/^Sent the answers asked for, with a reply to the message; screened as/
		);
		// Sent: the reply cannot be changed any more.
		expect(await requests.saveReply(handle.db, id, 'changed later')).toEqual({ kind: 'closed' });
		expect((await openRequest()).reply).toBe(REPLY);
	});

	it('is optional: blank means no reply', async () => {
		await requests.saveReply(handle.db, id, REPLY);
		expect(await requests.saveReply(handle.db, id, '   ')).toEqual({ kind: 'saved', reply: null });
		await requests.saveStep(handle.db, id, 'health', (await row()).answers.health);
		await resubmit(handle.db, id, opts);
		expect((await view()).requests.answered[0]?.reply).toBeNull();
		expect((await audits('intake.resubmitted'))[0]!.details).toMatchObject({ replied: false });
	});

	it.each<[string, unknown, string]>([
		['an overlong reply', 'x'.repeat(REPLY_MAX + 1), 'error_too_long'],
		['a file instead of text', new Blob(['x']), 'error_invalid_text']
	])('refuses %s with a field error and changes nothing', async (_name, posted, error) => {
		await requests.saveReply(handle.db, id, REPLY);
		const before = await openRequest();
		expect(await requests.saveReply(handle.db, id, posted)).toEqual({ kind: 'invalid', error });
		expect(await openRequest()).toEqual(before);
	});

	it('takes exactly the longest reply allowed', async () => {
		const longest = 'y'.repeat(REPLY_MAX);
		expect(await requests.saveReply(handle.db, id, longest)).toMatchObject({ kind: 'saved' });
		expect((await openRequest()).reply).toBe(longest);
	});
});
