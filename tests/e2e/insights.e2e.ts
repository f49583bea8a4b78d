// /insights: every chart drawn as SVG on the server, with its numbers and a CSV, with JavaScript
// and without; field errors for a bad range; axe clean and no CSP violation; and closed to anyone
// who is not a clinician or an admin.
import { gzipSync } from 'node:zlib';
import type { ConsoleMessage } from '@playwright/test';
import { test, expect, hydrated } from './fixtures';
import { expectNoAxeViolations, signInAs } from './clinic-helpers';

const CHARTS = [
	'Intakes per week',
	'Where patients stop',
	'Triage mix per week',
	'Most frequent flags',
	'Sources',
	'UTM campaigns',
	'How long intakes wait',
	'States served and not served'
];

for (const js of [true, false]) {
	test.describe(`insights, JavaScript ${js ? 'on' : 'off'}`, () => {
		test.use({ javaScriptEnabled: js });

		test('shows every chart as SVG with its numbers and a CSV link, axe clean', async ({
			page,
			state
		}) => {
			const problems: string[] = [];
			page.on('console', (m: ConsoleMessage) => {
				if (m.type() === 'error' || /Content Security Policy/i.test(m.text()))
					problems.push(m.text());
			});
			page.on('pageerror', (e) => problems.push(e.message));
			await signInAs(page, state, 'clinician', { js, next: '/insights' });
			if (js) await hydrated(page);
			await expect(page.getByRole('heading', { name: 'Insights', level: 1 })).toBeVisible();
			for (const title of CHARTS) {
				const section = page.getByRole('region', { name: title, exact: true });
				await expect(section.getByRole('img')).toBeVisible();
				await expect(section.getByRole('link', { name: `Download CSV of ${title}` })).toBeVisible();
			}
			// The seeded intakes were sent this week: the weekly table counts them.
			const volume = page.getByRole('region', { name: 'Intakes per week' });
			await volume.getByText('Show the numbers').click();
			const lastRow = volume.getByRole('row').last();
			await expect(lastRow.getByRole('cell').nth(1)).not.toHaveText('0');
			// The same HTML either way: axe runs once, with JavaScript (it needs it to run).
			if (js) await expectNoAxeViolations(page);
			expect(problems).toEqual([]);
		});

		test('filters with a GET form, and explains a bad range field by field', async ({
			page,
			state
		}) => {
			await signInAs(page, state, 'clinician', {
				js,
				next: '/insights?from=2026-02-30&triage=maybe'
			});
			await expect(page.getByText('The last 12 weeks are shown', { exact: false })).toBeVisible();
			await expect(page.getByLabel('From (UTC date)')).toHaveAttribute('aria-invalid', 'true');
			await expect(page.getByText('Enter a real date, like 2026-10-05.')).toBeVisible();
			await expect(page.getByText('Choose a triage outcome from the list.')).toBeVisible();
			await page.goto('/insights');
			if (js) await hydrated(page);
			await page.getByLabel('Triage', { exact: true }).selectOption('eligible');
			await page.getByRole('button', { name: 'Show' }).click();
			await expect(page).toHaveURL(/[?&]triage=eligible/);
			await expect(page.getByLabel('Triage', { exact: true })).toHaveValue('eligible');
		});
	});
}

test('loads at most 60 kB of JavaScript (gzip) and nothing from another origin', async ({
	page,
	state,
	browser,
	baseURL
}) => {
	await signInAs(page, state, 'clinician', { next: '/insights' });
	// A fresh context with the same session: an empty cache, as on a first visit.
	const context = await browser.newContext({ storageState: await page.context().storageState() });
	const fresh = await context.newPage();
	const scripts: Promise<number>[] = [];
	const origins = new Set<string>();
	fresh.on('request', (r) => origins.add(new URL(r.url()).origin));
	fresh.on('response', (r) => {
		if (r.request().resourceType() === 'script')
			scripts.push(r.body().then((b) => gzipSync(b, { level: 9 }).length));
	});
	await fresh.goto('/insights', { waitUntil: 'networkidle' });
	await hydrated(fresh);
	const bytes = (await Promise.all(scripts)).reduce((a, b) => a + b, 0);
	console.log(
		`insights page JavaScript: ${(bytes / 1000).toFixed(1)} kB gzip in ${scripts.length} files`
	);
	expect(bytes).toBeLessThanOrEqual(60_000);
	expect([...origins]).toEqual([new URL(baseURL!).origin]);
	await context.close();
});

test('downloads a chart as a CSV of counts', async ({ page, state }) => {
	await signInAs(page, state, 'admin', { next: '/insights' });
	const section = page.getByRole('region', { name: 'Sources', exact: true });
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		section.getByRole('link', { name: 'Download CSV of Sources' }).click()
	]);
	expect(download.suggestedFilename()).toMatch(/^insights-sources-\d{4}-\d\d-\d\d-to-.*\.csv$/);
	const text = await (await download.createReadStream()).toArray();
	const csv = Buffer.concat(text).toString('utf8');
	expect(csv.startsWith('\uFEFF"Source","Sent","Share eligible","Share booked"\r\n')).toBe(true);
	expect(csv).not.toMatch(/@|e2e\.test/);
});

test('is closed to visitors and to signed-in users who are not staff', async ({ page, state }) => {
	const anonymous = await page.request.get('/insights', { maxRedirects: 0 });
	expect(anonymous.status()).toBe(303);
	expect(anonymous.headers().location).toBe('/login?next=%2Finsights');
	await page.goto('/login');
	await hydrated(page);
	await page.getByLabel('Work email').fill(state.staff.patient!.email);
	await page.getByLabel('Password').fill(state.staff.patient!.password);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await page.waitForURL((url) => url.pathname !== '/login');
	for (const path of ['/insights', '/insights/download?chart=volume']) {
		const response = await page.request.get(path, { maxRedirects: 0 });
		expect(response.status(), path).toBe(403);
	}
});
