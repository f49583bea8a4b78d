// Step-save throughput: autocannon (10 connections) posting the "About you" step of one draft
// to the built app on PostgreSQL, against a baseline measured in the same run on the same
// database: a raw single-row upsert of that draft row (INSERT … ON CONFLICT (id) DO UPDATE,
// merging the step into the answers as the app does) over 10 connections. The app does more per
// save: it finds the draft by its resume token, validates the step, saves it and counts the funnel.
// Target from issue 4: the app reaches ≥ 30% of the raw rate, with p99 ≤ 50 ms.
import autocannon from 'autocannon';
import { readFileSync } from 'node:fs';
import { eq, sql } from 'drizzle-orm';
import { intakes } from '../../src/lib/server/db/schema';
import type { BenchMetric } from './run';
import { startApp } from './app';

const SECONDS = 20;
const CONNECTIONS = 10;

export async function stepSaveBench(): Promise<BenchMetric[]> {
	const app = await startApp(4302, { postgres: true });
	try {
		const db = app.db!.db;
		const start = await fetch(`${app.origin}/intake/consent`, {
			method: 'POST',
			redirect: 'manual',
			headers: {
				origin: app.origin,
				accept: 'text/html',
				'content-type': 'application/x-www-form-urlencoded'
			},
			body: 'privacyNotice=accepted&contactConsent=no&textConsent=no'
		});
		const cookie = start.headers
			.getSetCookie()
			.map((c) => c.split(';')[0])
			.join('; ');
		if (!cookie.includes('ldn_resume='))
			throw new Error(`could not start a draft (HTTP ${start.status})`);
		const answers = JSON.parse(readFileSync('docs/examples/clean-fibromyalgia.json', 'utf8'));
		const [draft] = await db.select({ id: intakes.id }).from(intakes);
		await db.update(intakes).set({ answers }).where(eq(intakes.id, draft!.id));
		const about = answers.about as Record<string, string>;
		const body = new URLSearchParams(about).toString();

		const save = (duration: number) =>
			autocannon({
				url: `${app.origin}/intake/about`,
				method: 'POST',
				connections: CONNECTIONS,
				duration,
				headers: {
					origin: app.origin,
					accept: 'text/html',
					'content-type': 'application/x-www-form-urlencoded',
					cookie
				},
				body
			});

		// Baseline: an upsert of the same row, straight over 10 connections.
		const version = (await db.select({ v: intakes.questionnaireVersion }).from(intakes))[0]!.v;
		const upserts = async (seconds: number) => {
			let done = 0;
			const until = Date.now() + seconds * 1000;
			await Promise.all(
				Array.from({ length: CONNECTIONS }, async () => {
					while (Date.now() < until) {
						await db
							.insert(intakes)
							.values({ id: draft!.id, questionnaireVersion: version, answers: { about } })
							.onConflictDoUpdate({
								target: intakes.id,
								set: {
									answers: sql`${intakes.answers} || excluded.answers`,
									updatedAt: sql`now()`
								}
							});
						done++;
					}
				})
			);
			return done;
		};

		// Both sides warmed up first (JIT, connection pools); the baseline is measured before and
		// after the app, half the time each, so a change in the machine's load during the run
		// weighs on both sides alike.
		await save(3);
		await upserts(3);
		let done = await upserts(SECONDS / 2);
		const result = await save(SECONDS);
		done += await upserts(SECONDS / 2);
		const saved = result['3xx'];
		if (saved === 0 || result['4xx'] + result['5xx'] > 0) {
			throw new Error(
				`step saves failed: ${result['3xx']} redirects, ${result['4xx']} 4xx, ${result['5xx']} 5xx`
			);
		}
		const appRate = saved / SECONDS;

		const rawRate = done / SECONDS;
		const ratio = appRate / rawRate;
		return [
			{
				metric: `app: POST /intake/about, ${CONNECTIONS} connections, ${SECONDS} s`,
				value: appRate,
				unit: 'saves/s'
			},
			{ metric: 'app: p50 latency', value: result.latency.p50, unit: 'ms' },
			{
				metric: 'app: p99 latency',
				value: result.latency.p99,
				unit: 'ms',
				target: '≤ 50 ms',
				ok: result.latency.p99 <= 50
			},
			{
				metric: `baseline: raw upsert of the same row, ${CONNECTIONS} connections, ${SECONDS / 2} s before and after`,
				value: rawRate,
				unit: 'upserts/s'
			},
			{
				metric: 'app rate / baseline rate',
				value: ratio * 100,
				unit: '%',
				target: '≥ 30%',
				ok: ratio >= 0.3
			}
		];
	} finally {
		await app.stop();
	}
}
