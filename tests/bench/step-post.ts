// Step posts under abuse (issue 13): what a worst-case legal step post and a 64K post of junk
// fields cost the server in CPU time (read from /proc for the app's process, so the client's own
// work is not counted), and whether `GET /` stays fast while two clients loop such posts. The
// baseline, measured in the same run, is `GET /` alone. Targets: ≤ 5 ms CPU per legal post, ≤ 20 ms
// per junk post, GET / p99 ≤ 50 ms under the loop.
import autocannon from 'autocannon';
import { readFileSync } from 'node:fs';
import type { BenchMetric } from './run';
import { startApp } from './app';

const POSTS = 200;
const LOOP_SECONDS = 15;

/** CPU time (user + system) of a process so far, in ms (Linux /proc; clock ticks of 10 ms). */
function cpuMs(pid: number): number {
	const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
	const ticks = Number(fields[11]) + Number(fields[12]);
	return ticks * 10;
}

/** The medicines page with every row of both lists filled: the largest post a patient can make. */
function worstLegalBody(): string {
	const form = new URLSearchParams();
	for (const list of ['medications', 'supplements']) {
		for (let i = 0; i < 30; i++) {
			form.set(`${list}[${i}].name`, `Medicine number ${i} with a long name ${'x'.repeat(150)}`);
			form.set(`${list}[${i}].dose`, '500 mg twice a day with food'.padEnd(100, '.'));
			form.set(`${list}[${i}].route`, 'mouth');
			form.set(`${list}[${i}].status`, 'current');
			form.set(`${list}[${i}].reason`, `For something ${'y'.repeat(180)}`);
		}
	}
	return form.toString();
}

/** 64K of fields no page has (what the probe sent, cut to the body limit). */
function junkBody(): string {
	const parts: string[] = [];
	let size = 0;
	for (let i = 0; size < 64 * 1024 - 40; i++) {
		const part = `medications[${i}].name=x`;
		parts.push(part);
		size += part.length + 1;
	}
	return parts.join('&');
}

export async function stepPostBench(): Promise<BenchMetric[]> {
	const postgres = Boolean(process.env.DATABASE_URL);
	const app = await startApp(4303, { postgres });
	// On PGlite the database runs inside the app's process, so its work counts as server CPU too.
	const where = postgres ? 'app process, PostgreSQL server' : 'app process with embedded PGlite';
	try {
		const headers = {
			origin: app.origin,
			accept: 'text/html',
			'content-type': 'application/x-www-form-urlencoded'
		};
		// A draft up to the medicines page.
		const start = await fetch(`${app.origin}/intake/consent`, {
			method: 'POST',
			redirect: 'manual',
			headers,
			body: 'privacyNotice=accepted&contactConsent=no&textConsent=no'
		});
		const cookie = start.headers
			.getSetCookie()
			.map((c) => c.split(';')[0])
			.join('; ');
		const about = JSON.parse(readFileSync('docs/examples/clean-fibromyalgia.json', 'utf8')).about;
		const post = (path: string, body: string) =>
			fetch(`${app.origin}${path}`, {
				method: 'POST',
				redirect: 'manual',
				headers: { ...headers, cookie },
				body
			});
		await post('/intake/about', new URLSearchParams(about).toString());
		await post('/intake/conditions', 'conditions=fibromyalgia&duration=1-5-years');

		const legal = worstLegalBody();
		const junk = junkBody();
		const costOf = async (body: string, expect: number) => {
			for (let i = 0; i < 20; i++) await post('/intake/medications', body); // warm-up
			const before = cpuMs(app.pid);
			for (let i = 0; i < POSTS; i++) {
				const r = await post('/intake/medications', body);
				await r.arrayBuffer();
				if (r.status !== expect) throw new Error(`expected ${expect}, got ${r.status}`);
			}
			return (cpuMs(app.pid) - before) / POSTS;
		};
		// Legal posts are valid: each saves the step and redirects.
		const legalMs = await costOf(legal, 303);
		const junkMs = await costOf(junk, 400);

		const home = (seconds: number) =>
			autocannon({ url: `${app.origin}/`, connections: 1, duration: seconds });
		const baseline = await home(LOOP_SECONDS);
		let looping = true;
		const loop = async (body: string) => {
			while (looping) await (await post('/intake/medications', body)).arrayBuffer();
		};
		const loops = [loop(legal), loop(junk)];
		const loaded = await home(LOOP_SECONDS);
		looping = false;
		await Promise.all(loops);
		return [
			{
				metric: `worst legal step post (60 medicine rows, ${(legal.length / 1024).toFixed(0)} KiB): server CPU (${where})`,
				value: legalMs,
				unit: 'ms',
				target: '≤ 5 ms',
				ok: legalMs <= 5
			},
			{
				metric: `64K post of ${junk.split('&').length.toLocaleString('en-US')} junk fields (400): server CPU (${where})`,
				value: junkMs,
				unit: 'ms',
				target: '≤ 20 ms',
				ok: junkMs <= 20
			},
			{
				metric: `baseline: GET / alone, 1 connection, ${LOOP_SECONDS} s: p99`,
				value: baseline.latency.p99,
				unit: 'ms'
			},
			{
				metric: 'GET / p99 while two clients loop those posts',
				value: loaded.latency.p99,
				unit: 'ms',
				target: '≤ 50 ms',
				ok: loaded.latency.p99 <= 50
			}
		];
	} finally {
		await app.stop();
	}
}
