// Lighthouse (mobile preset, the default) on the first intake step and the medications step of
// the built app: median of 3 runs per page. Targets from issue 4: performance ≥ 95,
// accessibility 100, best practices 100.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { intakes } from '../../src/lib/server/db/schema';
import type { BenchMetric } from './run';
import { startApp } from './app';

const RUNS = 3;
const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;
const TARGETS = { performance: 95, accessibility: 100, 'best-practices': 100 } as const;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function lighthouseBench(): Promise<BenchMetric[]> {
	const app = await startApp(4303, { postgres: true });
	const chrome = await chromeLauncher.launch({
		chromePath: process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		chromeFlags: [
			'--headless=new',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking'
		]
	});
	try {
		// A draft with every step answered, so the medications step opens.
		const start = await fetch(`${app.origin}/intake/consent`, {
			method: 'POST',
			redirect: 'manual',
			headers: {
				origin: app.origin,
				accept: 'text/html',
				'content-type': 'application/x-www-form-urlencoded'
			},
			body: 'privacyNotice=accepted&contactConsent=no'
		});
		const cookie = start.headers
			.getSetCookie()
			.map((c) => c.split(';')[0])
			.join('; ');
		const answers = JSON.parse(readFileSync('docs/examples/clean-fibromyalgia.json', 'utf8'));
		const [draft] = await app.db!.db.select({ id: intakes.id }).from(intakes);
		await app.db!.db.update(intakes).set({ answers }).where(eq(intakes.id, draft!.id));

		const metrics: BenchMetric[] = [];
		for (const [name, path, headers] of [
			['first step', '/intake/consent', {}],
			['medications step', '/intake/medications', { Cookie: cookie }]
		] as const) {
			const scores: Record<string, number[]> = {};
			for (let i = 0; i < RUNS; i++) {
				const result = await lighthouse(`${app.origin}${path}`, {
					port: chrome.port,
					output: 'json',
					logLevel: 'error',
					onlyCategories: [...CATEGORIES],
					extraHeaders: headers
				});
				if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
				for (const c of CATEGORIES)
					(scores[c] ??= []).push(Math.round((result.lhr.categories[c]?.score ?? 0) * 100));
			}
			for (const c of CATEGORIES) {
				const value = median(scores[c]!);
				metrics.push({
					metric: `${name} (${path}): ${c}, median of ${RUNS}`,
					value,
					unit: '',
					target: `≥ ${TARGETS[c]}`,
					ok: value >= TARGETS[c]
				});
			}
		}
		return metrics;
	} finally {
		await chrome.kill();
		await app.stop();
	}
}
