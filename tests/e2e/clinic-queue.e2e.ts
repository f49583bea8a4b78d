// The triage queue: tabs with counts, filters and search in the URL, keyset paging, empty state;
// with JavaScript and without (a plain GET form and links).
import { test, expect, hydrated } from './fixtures';
import { expectNoAxeViolations, queueRows, signInAs } from './clinic-helpers';

// Runs in both projects of .config/playwright.config.ts (tag @no-js): JavaScript on and off.
test.describe('queue', { tag: '@no-js' }, () => {
	test('pages through the submitted intakes, newest first, with Next page links', async ({
		page,
		state,
		javaScriptEnabled: js
	}) => {
		await signInAs(page, state, 'clinician', { js });
		await expect(page.getByRole('heading', { name: 'Intakes', level: 1 })).toBeVisible();
		await expect(page.getByRole('link', { name: /Submitted \d+/ })).toHaveAttribute(
			'aria-current',
			'page'
		);
		const seen: string[] = [];
		let pages = 0;
		for (;;) {
			const ids = await queueRows(page);
			expect(ids.length).toBeGreaterThan(0);
			expect(ids.length).toBeLessThanOrEqual(50);
			seen.push(...ids);
			pages++;
			const next = page.getByRole('link', { name: 'Next page →' });
			if ((await next.count()) === 0) break;
			expect(ids).toHaveLength(50);
			const href = await next.getAttribute('href');
			await next.click();
			await expect(page).toHaveURL((url) => url.search === href);
			await expect(page.getByRole('link', { name: '← First page' })).toBeVisible();
		}
		expect(pages).toBeGreaterThan(1);
		expect(new Set(seen).size).toBe(seen.length);
		const times = await page
			.locator('tbody time')
			.evaluateAll((ts) => ts.map((t) => Date.parse(t.getAttribute('datetime')!)));
		expect(times).toEqual([...times].sort((a, b) => b - a));
	});

	test('filters by triage and keeps the filter in a bookmarkable URL', async ({
		page,
		state,
		javaScriptEnabled: js
	}) => {
		await signInAs(page, state, 'clinician', { js });
		if (js) await hydrated(page);
		await page.getByText(/^Filters/).click();
		await page.getByLabel('Triage', { exact: true }).selectOption('not-eligible-now');
		await page.getByRole('button', { name: 'Apply filters' }).click();
		await expect(page).toHaveURL(/triage=not-eligible-now/);
		const badges = page.locator('tbody td[data-label="Triage"]');
		await expect(badges.first()).toBeVisible();
		for (const text of await badges.allInnerTexts()) expect(text).toContain('Not eligible now');
		const url = page.url();
		await page.goto(url);
		await expect(page.getByLabel('Triage', { exact: true })).toHaveValue('not-eligible-now');
		await expect(page.getByText(/^Filters \(1 active\)/)).toBeVisible();
	});

	test('searches by name, email and phone', async ({ page, state, javaScriptEnabled: js }) => {
		await signInAs(page, state, 'clinician', { js });
		if (js) await hydrated(page);
		// Seeded phones are 512-555-01NN (fiction range), so the phone can match seeded rows too.
		for (const [q, exact] of [
			['Whitfield', true],
			['DANA.WHITFIELD@example.com', true],
			['(512) 555-0142', false]
		] as const) {
			await page.getByLabel('Search by name, email or phone').fill(q);
			await page.getByRole('button', { name: 'Apply', exact: true }).click();
			await expect(page).toHaveURL((url) => url.searchParams.get('q') === q);
			const names = page.locator('tbody th a');
			if (exact) await expect(names).toHaveText(['Dana Whitfield']);
			else await expect(names.filter({ hasText: 'Dana Whitfield' })).toHaveCount(1);
		}
		await page.getByLabel('Search by name, email or phone').fill('whitf');
		await page.getByRole('button', { name: 'Apply', exact: true }).click();
		await expect(page).toHaveURL(/q=whitf/);
		await expect(page.locator('tbody th a')).toHaveText(['Dana Whitfield']);
		const row = page.locator('tbody tr').first();
		await expect(row.locator('[data-label="Triage"]')).toHaveText('■ Not eligible now');
		await expect(row.locator('[data-label="Flags"]')).toContainText('1 contraindication');
		await expect(row.locator('[data-label="State"]')).toHaveText('TX');
		await expect(row.locator('[data-label="Assignee"]')).toHaveText('Unassigned');
	});

	test('says so in plain words when nothing matches', async ({
		page,
		state,
		javaScriptEnabled: js
	}) => {
		await signInAs(page, state, 'clinician', { js, next: '/clinic?q=nobody-by-this-name' });
		await expect(
			page.getByText('No submitted intakes match this search and these filters.')
		).toBeVisible();
		await page.getByRole('link', { name: 'Clear the search and filters' }).click();
		await expect(page.locator('tbody tr').first()).toBeVisible();
	});
});

test('switches tabs, sorts by triage priority and shrugs off malformed filters', async ({
	page,
	state
}) => {
	await signInAs(page, state, 'clinician');
	await page.getByRole('link', { name: /^Approved \d+/ }).click();
	await expect(page).toHaveURL(/status=approved/);
	for (const text of await page.locator('tbody td[data-label="Status"]').allInnerTexts()) {
		expect(text).toBe('Approved');
	}
	await page.goto('/clinic?sort=priority');
	const triage = await page.locator('tbody td[data-label="Triage"]').allInnerTexts();
	const rank = (t: string) => (t.includes('Not eligible') ? 0 : t.includes('Review') ? 1 : 2);
	expect(triage.map(rank)).toEqual([...triage.map(rank)].sort());
	const response = await page.goto('/clinic?status=nope&triage=x&after=garbage&from=2026-99-99');
	expect(response?.status()).toBe(200);
	await expect(page.locator('tbody tr')).toHaveCount(50);
});

test('the queue has no axe violations', async ({ page, state }) => {
	await signInAs(page, state, 'clinician');
	await hydrated(page);
	await page.getByText(/^Filters/).click();
	await expectNoAxeViolations(page);
});
