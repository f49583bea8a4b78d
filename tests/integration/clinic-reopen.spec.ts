// Request more information (issue 5, part 4): a clinician reopens pages of an intake in review with
// a message; the patient's changes wait in the request; resubmission screens again in one
// transaction; the detail page shows what changed. On PostgreSQL (DATABASE_URL) and PGlite.
import * as queue from '../../src/lib/server/clinic/queue';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { screen } from '../../src/lib/screening';
import type { DbHandle } from '../../src/lib/server/db/client';
import { auditEvents, infoRequests, intakeFlags, intakes } from '../../src/lib/server/db/schema';
import * as detail from '../../src/lib/server/clinic/detail';
import { intakeView } from '../../src/lib/server/clinic/intake-view';
import * as reopen from '../../src/lib/server/clinic/reopen';
import * as workflow from '../../src/lib/server/clinic/workflow';
import type { Actor } from '../../src/lib/server/clinic/workflow';
import * as drafts from '../../src/lib/server/intakes/drafts';
import * as requests from '../../src/lib/server/intakes/info-requests';
import { resubmit } from '../../src/lib/server/intakes/resubmit';
import { submit } from '../../src/lib/server/intakes/submit';
import { editableSteps, intakeSchema, type DraftAnswers } from '../../src/lib/intake';
import example from '../../docs/examples/clean-fibromyalgia.json' with { type: 'json' };
import { openTestDb } from './db';
import { SERVICE_STATES, TODAY, staffActor } from './clinic-helpers';

let handle: DbHandle;
let doc: Actor;
let admin: Actor;
let id: string;
let firstToken: string;

const MESSAGE = 'Please list every pain medicine, including ones you take only as needed.';
const opts = { today: TODAY, serviceStates: SERVICE_STATES };
const percocet = {
	medications: [{ name: 'Percocet', route: 'mouth', status: 'current' }],
	supplements: example.medications.supplements
};
const percocetDetails = {
	entries: [
		{
			list: 'medications',
			index: 0,
			name: 'Percocet',
			frequency: 'as-needed',
			lastDoseDate: '2026-11-20'
		}
	]
};

beforeAll(async () => {
	handle = await openTestDb();
	doc = await staffActor(handle.db, 'clinician', 'Dr Reopen');
	admin = await staffActor(handle.db, 'admin', 'Admin Reopen');
});
afterAll(() => handle.close());
beforeEach(async () => {
	const started = await drafts.start(handle.db, {
		questionnaireVersion: 'test',
		locale: 'es',
		consent: {
			version: 'v',
			textHash: 'h',
			locale: 'es',
			contactConsent: 'yes',
			textConsent: 'yes'
		},
		answers: example,
		origin: {}
	});
	id = started.id;
	firstToken = started.token;
	expect((await submit(handle.db, id, opts)).kind).toBe('submitted');
	const moved = await workflow.changeStatus(handle.db, doc, {
		intakeId: id,
		revision: 0,
		to: 'in_review'
	});
	expect(moved.kind).toBe('changed');
});

const row = async () => (await handle.db.select().from(intakes).where(eq(intakes.id, id)))[0]!;
const flagsOf = async () =>
	handle.db.select().from(intakeFlags).where(eq(intakeFlags.intakeId, id)).orderBy(intakeFlags.id);
const requestsOf = () =>
	handle.db
		.select()
		.from(infoRequests)
		.where(eq(infoRequests.intakeId, id))
		.orderBy(infoRequests.id);
const audits = (action: string) =>
	handle.db
		.select()
		.from(auditEvents)
		.where(and(eq(auditEvents.intakeId, id), eq(auditEvents.action, action)))
		.orderBy(auditEvents.id);

async function ask(steps: ('medications' | 'health' | 'about')[] = ['medications', 'health']) {
	const { revision } = await row();
	const outcome = await reopen.requestInfo(handle.db, doc, {
		intakeId: id,
		revision,
		steps,
		message: MESSAGE
	});
	if (outcome.kind !== 'changed') throw new Error(`not reopened: ${outcome.kind}`);
	return outcome;
}

const cookies = new Map<string, string | null>();

/**
 * The patient's side: the intake as the wizard sees it after following the emailed link (used
 * once: the browser then holds the cookie token it got for it).
 */
async function asPatient(link: string) {
	if (!cookies.has(link)) cookies.set(link, await drafts.redeemResumeLink(handle.db, link));
	const cookie = cookies.get(link);
	const found = cookie ? await drafts.findByToken(handle.db, cookie) : null;
	return found ? requests.forWizard(handle.db, found) : null;
}

describe('asking for more information', () => {
	it('keeps the answers and flags, reopens the intake with new secrets, audits ids only', async () => {
		const before = await row();
		const flagsBefore = await flagsOf();
		const outcome = await ask();
		const after = await row();
		expect(after).toMatchObject({ status: 'needs_info', revision: before.revision + 1 });
		expect(after.answers).toEqual(before.answers);
		expect(after.resumeTokenHash).toBeNull();
		expect(after.resumeCodeHash).not.toBe(before.resumeCodeHash);
		expect(await drafts.findByToken(handle.db, firstToken)).toBeNull();
		expect(await drafts.peekResumeLink(handle.db, outcome.resume.token)).toEqual({ id });
		expect(outcome.resume).toMatchObject({ email: 'jordan.okafor@example.com', locale: 'es' });
		const token = await drafts.redeemResumeCode(
			handle.db,
			'Jordan.Okafor@example.com',
			outcome.resume.code
		);
		expect(token).not.toBeNull();

		const [request] = await requestsOf();
		expect(request).toMatchObject({
			requestedBy: doc.id,
			steps: ['medications', 'health'],
			message: MESSAGE,
			answersBefore: before.answers,
			answers: before.answers,
			triageBefore: before.triage,
			flagsBefore: flagsBefore.map((f) => ({ ruleId: f.ruleId, severity: f.severity })),
			answeredAt: null
		});

		const rows = await audits('intake.reopened');
		expect(rows).toHaveLength(1);
		expect(rows[0]).toMatchObject({ actorId: doc.id, actorRole: 'clinician' });
		expect(rows[0]!.details).toEqual({
			from: 'in_review',
			revision: after.revision,
			infoRequestId: request!.id,
			steps: ['medications', 'health']
		});
		const json = JSON.stringify(rows);
		for (const phi of ['pain medicine', 'Jordan', 'magnesium', 'example.com']) {
			expect(json).not.toContain(phi);
		}
	});

	it.each<[string, () => Promise<Parameters<typeof reopen.requestInfo>[2]>, string]>([
		['a stale revision', async () => ({ ...(await input()), revision: 0 }), 'conflict'],
		['the consent page', async () => ({ ...(await input()), steps: ['consent'] }), 'not-allowed'],
		[
			'a page that does not apply',
			async () => ({ ...(await input()), steps: ['medication-details'] }),
			'not-allowed'
		],
		['no pages', async () => ({ ...(await input()), steps: [] }), 'not-allowed'],
		['a blank message', async () => ({ ...(await input()), message: '  ' }), 'not-allowed'],
		[
			'an unknown intake',
			async () => ({ ...(await input()), intakeId: crypto.randomUUID() }),
			'not-found'
		]
	])('refuses %s and changes nothing', async (_name, make, kind) => {
		const before = await row();
		expect((await reopen.requestInfo(handle.db, doc, await make())).kind).toBe(kind);
		expect(await row()).toEqual(before);
		expect(await requestsOf()).toEqual([]);
		expect(await audits('intake.reopened')).toEqual([]);
	});

	it('is only for intakes in review, and never a bare status change', async () => {
		const { revision } = await row();
		const bare = await workflow.changeStatus(handle.db, doc, {
			intakeId: id,
			revision,
			to: 'needs_info'
		});
		expect(bare.kind).toBe('not-allowed');
		await workflow.changeStatus(handle.db, doc, { intakeId: id, revision, to: 'approved' });
		const late = await reopen.requestInfo(handle.db, admin, { ...(await input()) });
		expect(late.kind).toBe('not-allowed');
		expect((await row()).status).toBe('approved');
	});

	it('validates the form: pages from the list, a message, a revision', () => {
		const ok = reopen.reopenFormSchema.safeParse({
			steps: 'health',
			message: ' Hi ',
			revision: '3'
		});
		expect(ok.data).toEqual({ steps: ['health'], message: 'Hi', revision: 3 });
		const bad = reopen.reopenFormSchema.safeParse({ message: ' ', revision: '1' });
		expect(Object.keys(bad.error!.flatten().fieldErrors).sort()).toEqual(['message', 'steps']);
		const odd = reopen.reopenFormSchema.safeParse({
			steps: ['health', 'x'],
			message: 'a',
			revision: 1
		});
		expect(odd.error?.issues[0]?.path).toEqual(['steps', 1]);
		const long = 'x'.repeat(reopen.MESSAGE_MAX + 1);
		expect(
			reopen.reopenFormSchema.safeParse({ steps: 'health', message: long, revision: 1 }).success
		).toBe(false);
	});
});

async function input() {
	return {
		intakeId: id,
		revision: (await row()).revision,
		steps: ['health'] as const,
		message: MESSAGE
	};
}

describe('the patient answering', () => {
	it('changes wait in the request; resubmission screens again and closes it', async () => {
		const { resume } = await ask();
		const before = await row();
		const patient = (await asPatient(resume.token))!;
		expect(patient.reopen?.message).toBe(MESSAGE);
		expect(patient.answers).toEqual(before.answers);

		const saved = await requests.saveStep(handle.db, id, 'medications', percocet);
		expect(saved?.medications).toEqual(percocet);
		expect((await row()).answers).toEqual(before.answers);
		expect(editableSteps(saved!, patient.reopen!)).toEqual([
			'medications',
			'medication-details',
			'health'
		]);
		expect((await resubmit(handle.db, id, opts)).kind).toBe('incomplete');
		await requests.saveStep(handle.db, id, 'medication-details', percocetDetails);

		const outcome = await resubmit(handle.db, id, { ...opts, requestId: 'req-resubmit' });
		expect(outcome.kind).toBe('submitted');
		const expected = intakeSchema.parse({
			...example,
			medications: percocet,
			'medication-details': percocetDetails
		});
		const result = screen(expected, opts);
		const after = await row();
		expect(after).toMatchObject({
			status: 'submitted',
			answers: expected,
			triage: result.triage,
			revision: before.revision + 1
		});
		// Issue 16: the first submission time is kept; the resubmission has its own time, which is
		// the intake's last activity (the queue's "Updated" badge and its activity sort).
		expect(after.submittedAt).toEqual(before.submittedAt);
		expect(after.resubmittedAt!.getTime()).toBeGreaterThan(before.submittedAt!.getTime());
		expect(after.activityAt).toEqual(after.resubmittedAt);
		const [queued] = await queue
			.listPage(handle.db, queue.parseFilters(new URLSearchParams({ sort: 'activity' })), doc.id)
			.then((p) => p.rows.filter((r) => r.id === id));
		expect(queued).toMatchObject({
			submittedAt: before.submittedAt,
			resubmittedAt: after.resubmittedAt
		});
		const flags = await flagsOf();
		expect(flags.map((f) => f.ruleId)).toEqual(result.flags.map((f) => f.rule));
		expect(JSON.stringify(flags)).toContain('Percocet');

		const [request] = await requestsOf();
		expect(request!.answeredAt).toBeInstanceOf(Date);
		expect(request!.answers).toEqual(expected);
		expect(request!.triageAfter).toBe(result.triage);
		expect(request!.flagsAfter).toEqual(
			result.flags.map((f) => ({ ruleId: f.rule, severity: f.severity }))
		);
		const rows = await audits('intake.resubmitted');
		expect(rows).toHaveLength(1);
		expect(rows[0]!.details).toMatchObject({ infoRequestId: request!.id, flags: flags.length });
		expect(JSON.stringify(rows)).not.toContain('Percocet');

		expect((await resubmit(handle.db, id, opts)).kind).toBe('already-submitted');
		expect(await requests.saveStep(handle.db, id, 'health', example.health)).toBeNull();
		expect((await asPatient(resume.token))?.reopen).toBeNull();
	});

	it('sending twice at once gives one resubmission', async () => {
		await ask(['health']);
		await requests.saveStep(handle.db, id, 'health', {
			...example.health,
			alcoholDrinksPerWeek: 20
		});
		const outcomes = await Promise.all([
			resubmit(handle.db, id, opts),
			resubmit(handle.db, id, opts)
		]);
		expect(outcomes.map((o) => o.kind).sort()).toEqual(['already-submitted', 'submitted']);
		expect(await audits('intake.resubmitted')).toHaveLength(1);
		expect((await row()).status).toBe('submitted');
	});

	it('keeps a history when asked twice; only the newest link works', async () => {
		const first = await ask(['health']);
		await requests.saveStep(handle.db, id, 'health', { ...example.health, kratomUse: 'yes' });
		expect((await resubmit(handle.db, id, opts)).kind).toBe('submitted');
		await workflow.changeStatus(handle.db, doc, {
			intakeId: id,
			revision: (await row()).revision,
			to: 'in_review'
		});
		const second = await ask(['about']);
		expect(await asPatient(first.resume.token)).toBeNull();
		expect((await asPatient(second.resume.token))?.reopen?.steps).toEqual(['about']);
		const [one, two] = await requestsOf();
		expect(one!.answeredAt).not.toBeNull();
		expect(two!.answeredAt).toBeNull();
		expect((two!.answersBefore as DraftAnswers).health?.kratomUse).toBe('yes');
		expect(await audits('intake.reopened')).toHaveLength(2);
	});
});

describe('getting the link to the patient', () => {
	const secrets = {
		token: 'T'.repeat(43),
		code: 'ABCD3467',
		email: 'pat@example.com',
		locale: 'es'
	};
	const origin = 'https://intake.example.org';

	it('shows the link and code to the clinician when email is not set up', async () => {
		const delivery = await reopen.deliverResume(secrets, { origin, send: null });
		expect(delivery).toEqual({
			emailed: false,
			why: 'no-mail-setup',
			link: `${origin}/es/intake/resume/${secrets.token}`,
			code: secrets.code
		});
		const english = await reopen.deliverResume(
			{ ...secrets, locale: 'en' },
			{ origin, send: null }
		);
		expect(english).toMatchObject({ link: `${origin}/intake/resume/${secrets.token}` });
	});

	it('emails the link in the patient language, without the message, and still shows it', async () => {
		const sent: string[][] = [];
		const delivery = await reopen.deliverResume(secrets, {
			origin,
			send: async (...mail) => (sent.push(mail), true)
		});
		expect(delivery).toEqual({
			emailed: true,
			to: 'pat@example.com',
			link: `${origin}/es/intake/resume/${secrets.token}`,
			code: secrets.code
		});
		expect(sent).toHaveLength(1);
		const [to, subject, text] = sent[0]!;
		expect(to).toBe('pat@example.com');
		expect(subject).toBe('Su clínica le pidió algunos datos más');
		expect(text).toContain(`${origin}/es/intake/resume/${secrets.token}`);
		expect(text).not.toContain(secrets.code);
		expect(text).not.toContain(MESSAGE);
	});

	it('falls back to showing them when the email cannot be sent, or there is no address', async () => {
		const failed = await reopen.deliverResume(secrets, { origin, send: async () => false });
		expect(failed).toMatchObject({ emailed: false, why: 'send-failed', code: secrets.code });
		let called = false;
		const none = await reopen.deliverResume(
			{ ...secrets, email: null },
			{ origin, send: async () => (called = true) }
		);
		expect(none).toMatchObject({ emailed: false, why: 'no-address' });
		expect(called).toBe(false);
	});
});

describe('the detail page', () => {
	const view = async () => {
		const record = await detail.open(handle.db, id, doc, 'intake.viewed');
		return intakeView(record!, doc);
	};

	it('offers the pages that apply, shows the open request, then what changed', async () => {
		expect((await view()).reopenSteps).toEqual([
			{ id: 'about', title: 'About you' },
			{ id: 'conditions', title: 'Your health conditions' },
			{ id: 'medications', title: 'Medicines and supplements' },
			{ id: 'health', title: 'Your health' },
			{ id: 'goals', title: 'Your goals' }
		]);
		const triageBefore = (await row()).triage;
		await ask();
		const waiting = await view();
		expect(waiting.reopenSteps).toEqual([]);
		expect(waiting.requests.pending).toMatchObject({
			by: 'Dr Reopen',
			steps: ['Medicines and supplements', 'Your health'],
			message: MESSAGE
		});
		expect(waiting.requests.answered).toEqual([]);
		expect(waiting.timeline[1]).toMatchObject({
			actor: 'Dr Reopen',
			summary: 'Asked the patient for more information (Medicines and supplements, Your health)'
		});

		await requests.saveStep(handle.db, id, 'medications', percocet);
		await requests.saveStep(handle.db, id, 'medication-details', percocetDetails);
		await requests.saveStep(handle.db, id, 'health', { ...example.health, sleep: ['insomnia'] });
		expect((await resubmit(handle.db, id, opts)).kind).toBe('submitted');

		const done = await view();
		expect(done.requests.pending).toBeNull();
		const [changed] = done.requests.answered;
		expect(changed!.triage).toEqual({ before: triageBefore, after: (await row()).triage });
		expect(changed!.flagsRemoved).toEqual([]);
		expect(changed!.flagsAdded.map((f) => f.ruleId)).toEqual(
			(await flagsOf()).map((f) => f.ruleId)
		);
		expect(changed!.flagsAdded.length).toBeGreaterThan(0);
		const t = (key: string) => done.requests.texts[key] ?? key;
		const byStep = changed!.answers.map((s) => [t(s.titleKey), s.changes.map((c) => c.key)]);
		expect(byStep).toEqual([
			['Medicines and supplements', ['medications']],
			['A few more details', ['entries']],
			['Your health', ['sleep']]
		]);
		const details = changed!.answers[1]!.changes[0]!;
		expect(details.before).toBeNull();
		expect(details.after?.entries?.[0]?.name).toBe('Percocet');
		const meds = changed!.answers[0]!.changes[0]!;
		expect(JSON.stringify(meds.before)).not.toContain('Percocet');
		expect(JSON.stringify(meds.after)).toContain('Percocet');
		expect(done.timeline.find((e) => e.action === 'intake.resubmitted')).toMatchObject({
			actor: 'Patient',
			summary: expect.stringMatching(/^Sent the answers asked for; screened as .+ with \d+ flag/)
		});
	});
});
