// Property-based fuzzing of every form action and endpoint (issue 7): fast-check payloads built
// from each form's real field names plus junk (wrong types, huge strings, odd unicode, nested and
// prototype keys, SQL and script, every content type) sent to the built app as the role each
// endpoint serves. Each answer must be below 500; a refused request (4xx, or a form shown again)
// must change nothing, and an accepted one only what its endpoint writes (tests/e2e/fuzz/oracle.ts,
// on PostgreSQL; PGlite lives inside the server process, so there only the answers are checked);
// the server must keep answering and log no `[error` line. 4,000 payloads by default (about a
// minute on PostgreSQL), from a new seed each run, so that every run of `npm test` tries new ones
// within its time budget; `npm run test:fuzz` sends 20,000.
//
// Reproduce a failure with the seed it prints: FUZZ_SEED=<seed> (FUZZ_RUNS=<n> for the total,
// FUZZ_ONLY=<part of a target name> for one endpoint).
import { readFileSync, statSync } from 'node:fs';
import fc from 'fast-check';
import { discoverEndpoints } from '../support/routes';
import { totpCode } from '../support/totp';
import { finishFirstSignIn } from './first-sign-in';
import { test, expect } from './fixtures';
import { Client, isRefused, type Answer } from './fuzz/client';
import { changed, Oracle, type Snapshot } from './fuzz/oracle';
import { payload, query, type Payload } from './fuzz/payloads';
import { stepForm } from '../support/answers';
import { BASELINE, TARGETS, type Actor, type Ids, type Target } from './fuzz/targets';
import { E2E_SERVER_LOG } from './state';
import type { StepId } from '../../src/lib/intake/steps';

const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const ONLY = process.env.FUZZ_ONLY;
const run = Date.now().toString(36);

test.describe.configure({ timeout: 15 * 60_000 });

test('every POST action and +server endpoint has a fuzz target', () => {
	const fuzzed = new Set(TARGETS.map((t) => t.key));
	const missing = discoverEndpoints()
		.filter((e) => e.kind !== 'page')
		.map((e) => e.key)
		.filter((key) => !fuzzed.has(key));
	expect(missing, 'add a target to tests/e2e/fuzz/targets.ts').toEqual([]);
});

test('a path that cannot be decoded is refused before any hook can throw, and the server stays up', async ({
	baseURL
}) => {
	const c = new Client(baseURL!);
	const text = { type: 'text/plain', body: new TextEncoder().encode('a=b') };
	for (const path of ['/%ED%A0%80', '/intake/%E0%A4', '/clinic/intakes/%FF?/note']) {
		expect((await c.send('POST', path, text)).status, path).toBe(400);
		expect((await c.get(`${path}?q=%00`)).status, path).toBe(400);
	}
	expect((await c.get('/login')).status).toBe(200);
});

async function expectRedirect(answer: Answer, what: string) {
	expect(answer.status, `${what}: ${answer.text.slice(0, 300)}`).toBe(303);
}

/** A patient whose every step is answered (the review page is next). */
async function newPatient(origin: string, email = BASELINE.about.email as string) {
	const c = new Client(origin);
	await restorePatient(c, email);
	return c;
}

async function restorePatient(c: Client, email = BASELINE.about.email as string) {
	for (const [id, values] of Object.entries(BASELINE)) {
		const v = id === 'about' ? { ...values, email } : values;
		await expectRedirect(await c.post(`/intake/${id}`, stepForm(id as StepId, v)), id);
	}
}

async function signIn(c: Client, who: { email: string; password: string; totpSecret?: string }) {
	await expectRedirect(
		await c.post('/login', { email: who.email, password: who.password }),
		'login'
	);
	if (who.totpSecret) {
		const code = await totpCode(who.totpSecret);
		await expectRedirect(await c.post('/login/two-factor', { code }), 'second factor');
	}
}

async function createStaff(admin: Client, email: string) {
	const created = await admin.post('/admin/staff?/create', {
		name: 'Fuzz staff',
		email,
		role: 'clinician'
	});
	expect(created.status).toBe(200);
	const password = /class="password[^"]*"><code[^>]*>([A-Za-z0-9]{20})<\/code>/.exec(
		created.text
	)?.[1];
	expect(password, 'the one-time password').toBeTruthy();
	return { email, password: password! };
}

const UUID = /\/clinic\/intakes\/([0-9a-f-]{36})/;

/** A short, printable description of a payload for a failure message. */
const describe = (p: Payload | [string, string][]) =>
	JSON.stringify(p, (_, v) =>
		typeof v === 'string' && v.length > 120 ? `${v.slice(0, 120)}…(${v.length})` : v
	);

test('fuzzing every form action and endpoint: never a 5xx, no partial writes, the server stays up', async ({
	state,
	baseURL
}) => {
	const origin = baseURL!;
	const logStart = statSync(E2E_SERVER_LOG).size;
	const onPostgres = state.databaseUrl !== null;
	const requested = Number(process.env.FUZZ_RUNS ?? 4_000);
	const oracle = onPostgres ? new Oracle(state.databaseUrl!) : null;
	await oracle?.install();
	const started = Date.now();

	// Fixtures of its own: staff made by the seeded admin, and a submitted intake.
	const admin = new Client(origin);
	await signIn(admin, state.staff.admin!);
	const clinicianLogin = await createStaff(admin, `fuzz-clinician-${run}@fuzz.test`);
	const targetLogin = await createStaff(admin, `fuzz-target-${run}@fuzz.test`);
	const clinician = new Client(origin);
	await signIn(clinician, clinicianLogin);
	// A new account chooses its own password and turns on two-step before it sees patients.
	await finishFirstSignIn((path, form) => clinician.post(path, form), clinicianLogin, {
		enrol: (path) => clinician.get(path)
	});
	const intakeEmail = `fuzz-intake-${run}@fuzz.test`;
	const submitter = await newPatient(origin, intakeEmail);
	await expectRedirect(await submitter.post('/intake/review', {}), 'submit');
	const queue = await clinician.get(`/clinic?q=${encodeURIComponent(intakeEmail)}`);
	const intakeId = UUID.exec(queue.text)?.[1];
	expect(intakeId, 'the fuzz intake in the queue').toBeTruthy();
	// In review (revision 1), so that a valid request for more information can be taken.
	const review = await clinician.post(`/clinic/intakes/${intakeId}?/status`, {
		to: 'in_review',
		revision: '0'
	});
	expect(review.status, 'the fuzz intake moved to review').toBe(200);
	const ids: Ids = {
		intake: intakeId!,
		target: (await oracle?.staffId(targetLogin.email)) ?? crypto.randomUUID(),
		clinician: (await oracle?.staffId(clinicianLogin.email)) ?? crypto.randomUUID()
	};

	let before: Snapshot | null = (await oracle?.snapshot()) ?? null;
	const patients = new Map<string, Client>();
	const clientFor = async (actor: Actor, target: Target) => {
		if (actor === 'clinician') return clinician;
		if (actor === 'admin') return admin;
		if (actor === 'anonymous') return new Client(origin);
		let patient = patients.get(target.name);
		if (!patient) {
			patients.set(target.name, (patient = await newPatient(origin)));
			before = (await oracle?.snapshot()) ?? null;
		}
		return patient;
	};

	const totalWeight = TARGETS.reduce((sum, t) => sum + t.weight, 0);
	const counts: Record<string, { sent: number; refused: number; accepted: number }> = {};
	const problems: string[] = [];
	let sent = 0;

	for (const [index, target] of TARGETS.entries()) {
		if (ONLY && !target.name.includes(ONLY)) continue;
		const runs = Math.ceil((target.weight * requested) / totalWeight);
		const paths = target.paths(ids);
		const fields = target.fields(ids);
		const body = target.method === 'POST' ? payload(fields) : query(fields);
		const samples = fc.sample(fc.tuple(fc.constantFrom(...paths), body), {
			seed: SEED + index,
			numRuns: runs
		});
		for (const [n, [path, input]] of samples.entries()) {
			const client = await clientFor(target.actor, target);
			let answer: Answer;
			try {
				answer =
					target.method === 'POST'
						? await client.fuzz(path, input as Payload)
						: await client.get(
								`${path}${path.includes('?') ? '&' : '?'}${new URLSearchParams(input as [string, string][])}`
							);
			} catch (e) {
				problems.push(`${target.name} #${n}: no answer (${String(e)}) to ${describe(input)}`);
				before = (await oracle?.snapshot()) ?? null;
				continue;
			}
			sent++;
			const tally = (counts[target.name] ??= { sent: 0, refused: 0, accepted: 0 });
			tally.sent++;
			const where = `${target.name} #${n} (${path})`;
			if (answer.status >= 500) {
				problems.push(`${where}: ${answer.status} for ${describe(input)}`);
			}
			const refused =
				isRefused(answer) ||
				(target.savesOnlyOnRedirect && answer.status === 200 && answer.actionType !== 'redirect');
			tally[refused ? 'refused' : 'accepted']++;
			if (!oracle || !before) continue;
			const after = await oracle.snapshot();
			const diff = changed(before, after);
			if (refused && diff.length > 0) {
				problems.push(
					`${where}: refused (${answer.status}) but changed ${diff} for ${describe(input)}`
				);
			}
			const unexpected = diff.filter((t) => !target.mayChange.includes(t));
			if (!refused && unexpected.length > 0) {
				problems.push(`${where}: ${answer.status} changed ${unexpected} for ${describe(input)}`);
			}
			before = after;
			// A patient whose answers changed gets them back (or a new draft once it was sent).
			if (
				target.actor === 'patient' &&
				diff.includes('intakes') &&
				target.name !== 'POST /intake/save'
			) {
				const patient = patients.get(target.name)!;
				if (target.name.endsWith('review') && !refused) patients.delete(target.name);
				else await restorePatient(patient);
				before = await oracle.snapshot();
			}
			if (problems.length > 40) break;
		}
		const health = await new Client(origin).get('/login');
		expect(health.status, `the server answers after ${target.name}`).toBe(200);
		if (problems.length > 40) break;
	}

	const seconds = Math.round((Date.now() - started) / 1000);
	console.log(
		`fuzz: ${sent} requests in ${seconds} s (FUZZ_SEED=${SEED}, ${state.driver})\n` +
			Object.entries(counts)
				.map(
					([name, c]) =>
						`  ${String(c.sent).padStart(5)} sent ${String(c.refused).padStart(5)} refused ${String(c.accepted).padStart(5)} accepted  ${name}`
				)
				.join('\n')
	);

	// Tidy up: the staff accounts this test made (or changed into admins) are disabled again.
	if (oracle) await oracle.close();
	await admin.post('/admin/staff?/disable', { id: ids.target });

	expect(problems, `FUZZ_SEED=${SEED} reproduces these`).toEqual([]);
	if (!ONLY) expect(sent, 'payloads sent').toBeGreaterThanOrEqual(requested);
	const log = readFileSync(E2E_SERVER_LOG).subarray(logStart).toString('utf8');
	expect(
		log.split('\n').filter((line) => line.includes('[error')),
		'server errors'
	).toEqual([]);
});
