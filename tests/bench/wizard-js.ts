// What the first intake step loads, measured in Chromium against the built app: JavaScript (gzip
// -9 of each script, as served), requests by kind and third-party origins; then, for information,
// the validation chunk the step loads on the first focus in its form, and the requests without
// JavaScript. Targets from issue 4: ≤ 50 kB gzip, ≤ 15 requests, no third-party origin.
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import type { BenchMetric } from './run';
import { startApp } from './app';

const PATH = '/intake/consent';

interface Load {
	requests: { url: string; type: string }[];
	/** gzip bytes of each script response, settled once the page is idle */
	scripts: Promise<number>[];
}

function record(page: Page): Load {
	const load: Load = { requests: [], scripts: [] };
	page.on('request', (r) => load.requests.push({ url: r.url(), type: r.resourceType() }));
	page.on('response', (r) => {
		if (r.request().resourceType() !== 'script') return;
		load.scripts.push(r.body().then((body) => gzipSync(body, { level: 9 }).length));
	});
	return load;
}

const sum = async (sizes: Promise<number>[]) =>
	(await Promise.all(sizes)).reduce((a, b) => a + b, 0);

async function withJs(browser: Browser, origin: string) {
	const page = await browser.newPage();
	const load = record(page);
	await page.goto(`${origin}${PATH}`, { waitUntil: 'networkidle' });
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	const first = { requests: [...load.requests], jsBytes: await sum(load.scripts) };
	load.requests.length = 0;
	load.scripts.length = 0;
	const validation = page.waitForResponse((r) => r.request().resourceType() === 'script');
	await page.locator('form input').first().focus();
	await validation;
	await page.waitForTimeout(1000); // anything the validation chunk imports in turn
	const onFocus = { requests: load.requests.length, jsBytes: await sum(load.scripts) };
	await page.close();
	return { first, onFocus };
}

async function withoutJs(browser: Browser, origin: string) {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	const load = record(page);
	await page.goto(`${origin}${PATH}`, { waitUntil: 'networkidle' });
	await context.close();
	return load.requests.length;
}

export async function wizardJsBench(): Promise<BenchMetric[]> {
	const app = await startApp(4301, { postgres: false });
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking']
	});
	try {
		const { first, onFocus } = await withJs(browser, app.origin);
		const noJsRequests = await withoutJs(browser, app.origin);
		const count = (type: string) => first.requests.filter((r) => r.type === type).length;
		const others = first.requests.length - count('script') - count('stylesheet');
		const foreign = new Set(
			first.requests.map((r) => new URL(r.url).origin).filter((o) => o !== app.origin)
		);
		return [
			{
				metric: `first step (${PATH}): JavaScript, gzip`,
				value: first.jsBytes / 1000,
				unit: 'kB',
				target: '≤ 50 kB',
				ok: first.jsBytes <= 50_000
			},
			{
				metric: 'first step: requests',
				value: first.requests.length,
				unit: '',
				target: '≤ 15',
				ok: first.requests.length <= 15
			},
			{ metric: 'first step: of which scripts', value: count('script'), unit: '' },
			{ metric: 'first step: of which stylesheets', value: count('stylesheet'), unit: '' },
			{ metric: 'first step: of which others (page, icon)', value: others, unit: '' },
			{
				metric: 'first step: third-party origins',
				value: foreign.size,
				unit: '',
				target: '0',
				ok: foreign.size === 0
			},
			{
				metric: 'first focus in the form: validation code loaded, gzip',
				value: onFocus.jsBytes / 1000,
				unit: `kB in ${onFocus.requests} ${onFocus.requests === 1 ? 'request' : 'requests'}`
			},
			{
				metric: 'first step without JavaScript: requests (module preloads are still fetched)',
				value: noJsRequests,
				unit: ''
			}
		];
	} finally {
		await browser.close();
		await app.stop();
	}
}
