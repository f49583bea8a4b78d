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

	test('bulk assign and archive, the All tab, and a saved view reopened', async ({
		page,
		state,
		javaScriptEnabled: js
	}) => {
		const tag = js ? 'Bulkjs' : 'Bulknojs';
		const pick = (i: number) => page.getByRole('checkbox', { name: `Select Jordan ${tag}${i}` });
		const assignee = (i: number) =>
			page.locator('tbody tr', { hasText: `${tag}${i}` }).locator('[data-label="Assignee"]');
		await signInAs(page, state, 'clinician', { js, next: `/clinic?q=${tag}` });
		if (js) await hydrated(page);
		await expect(page.locator('tbody tr')).toHaveCount(3);
		await pick(0).check();
		await pick(1).check();
		if (js) await expect(page.getByText('2 intakes selected')).toBeVisible();
		await page.getByLabel('Assign to').selectOption({ label: 'E2E clinician2' });
		await page.getByRole('button', { name: 'Assign', exact: true }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Assigned 2 intakes' })).toHaveText(
			'Assigned 2 intakes to E2E clinician2.'
		);
		await expect(assignee(0)).toHaveText('E2E clinician2');
		await expect(assignee(1)).toHaveText('E2E clinician2');
		await expect(assignee(2)).toHaveText('Unassigned');
		// Select all on this page: the two already assigned are skipped, each said why.
		await page.getByRole('checkbox', { name: 'Select all 3 intakes on this page' }).check();
		if (js) await expect(page.getByText('3 intakes selected')).toBeVisible();
		await page.getByLabel('Assign to').selectOption({ label: 'E2E clinician2' });
		await page.getByRole('button', { name: 'Assign', exact: true }).click();
		const report = page.getByRole('status').filter({ hasText: 'skipped' });
		await expect(report).toContainText(
			'Assigned 1 intake to E2E clinician2. 2 intakes were skipped: see below.'
		);
		// In the page's order: newest first.
		await expect(report.getByRole('listitem')).toHaveText([
			`Jordan ${tag}1: it is already assigned to them.`,
			`Jordan ${tag}0: it is already assigned to them.`
		]);
		await expect(assignee(2)).toHaveText('E2E clinician2');

		// Save this view (its search) under a name, leave it, and reopen it from its link.
		await page.getByLabel('Save this view as').fill(`${tag} review`);
		await page.getByRole('button', { name: 'Save view' }).click();
		await expect(page.getByText('View saved.')).toBeVisible();
		await page.goto('/clinic');
		await page.getByRole('link', { name: `${tag} review` }).click();
		await expect(page).toHaveURL((url) => url.searchParams.get('q') === tag);
		await expect(page.getByRole('link', { name: `${tag} review` })).toHaveAttribute(
			'aria-current',
			'page'
		);
		await expect(page.locator('tbody tr')).toHaveCount(3);
		// The checkboxes, the bulk bar and the saved views, with rows ticked: labelled, no violations.
		if (js) {
			await pick(0).check();
			await expectNoAxeViolations(page);
		}
		await page.getByRole('button', { name: `Delete the saved view ${tag} review` }).click();
		await expect(page.getByText('Saved view deleted.')).toBeVisible();
		await expect(page.getByRole('link', { name: `${tag} review` })).toHaveCount(0);

		// An admin archives one, with a reason; the All tab still lists it, marked Archived.
		await page.context().clearCookies();
		await signInAs(page, state, 'admin', { js, next: `/clinic?q=${tag}` });
		if (js) await hydrated(page);
		// A reason but no intake ticked: the one error, the reason kept as typed (without
		// JavaScript, sent back by the server).
		const reason = page.getByLabel('Reason for archiving');
		await reason.fill('Typed before ticking');
		await page.getByRole('button', { name: 'Archive' }).click();
		await expect(page.getByRole('alert')).toHaveText(
			'Select at least one intake in the table first.'
		);
		await expect(reason).toHaveValue('Typed before ticking');
		await expect(reason).not.toHaveAttribute('aria-invalid');
		await reason.fill('');
		await pick(2).check();
		await page.getByRole('button', { name: 'Archive' }).click();
		await expect(page.getByText('Give a reason for archiving.')).toBeVisible();
		await expect(page.getByLabel('Reason for archiving')).toHaveAttribute('aria-invalid', 'true');
		await pick(2).check();
		await page.getByLabel('Reason for archiving').fill('Duplicate of an earlier intake');
		await page.getByRole('button', { name: 'Archive' }).click();
		await expect(page.getByText('Archived 1 intake.')).toBeVisible();
		await expect(page.locator('tbody tr')).toHaveCount(2);
		await page.getByRole('link', { name: /^All \d+/ }).click();
		await expect(page).toHaveURL((url) => url.searchParams.get('status') === 'all');
		await expect(page.locator('tbody tr')).toHaveCount(3);
		await expect(
			page.locator('tbody tr', { hasText: `${tag}2` }).locator('[data-label="Status"]')
		).toHaveText('Archived');
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
