// JavaScript the first intake step loads: gzip bytes, request count and third-party origins,
// measured in Chromium against the built app. Targets from issue 4: ≤ 50 kB gzip, ≤ 15 requests,
// no third-party origin.
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import type { BenchMetric } from './run';
import { startApp } from './app';

export async function wizardJsBench(): Promise<BenchMetric[]> {
	const app = await startApp(4301, { postgres: false });
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking']
	});
	try {
		const page = await browser.newPage();
		const requests: string[] = [];
		let jsBytes = 0;
		page.on('request', (r) => requests.push(r.url()));
		page.on('response', async (r) => {
			if ((r.headers()['content-type'] ?? '').includes('javascript')) {
				jsBytes += gzipSync(await r.body(), { level: 9 }).length;
			}
		});
		await page.goto(`${app.origin}/intake/consent`, { waitUntil: 'networkidle' });
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		const foreign = new Set(requests.map((u) => new URL(u).origin).filter((o) => o !== app.origin));
		return [
			{
				metric: 'first step (/intake/consent): JavaScript, gzip',
				value: jsBytes / 1000,
				unit: 'kB',
				target: '≤ 50 kB',
				ok: jsBytes <= 50_000
			},
			{
				metric: 'first step: requests',
				value: requests.length,
				unit: '',
				target: '≤ 15',
				ok: requests.length <= 15
			},
			{
				metric: 'first step: third-party origins',
				value: foreign.size,
				unit: '',
				target: '0',
				ok: foreign.size === 0
			}
		];
	} finally {
		await browser.close();
		await app.stop();
	}
}
