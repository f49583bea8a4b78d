// Browser helpers for the clinician dashboard: sign in as seeded staff, read the queue's rows, and
// run axe with the WCAG 2.x A/AA rules.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { totpCode } from '../support/totp';
import { hydrated } from './fixtures';
import type { E2eState } from './state';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export async function expectNoAxeViolations(page: Page) {
	const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
	expect(
		result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
	).toEqual([]);
}

/** Signs in as a seeded staff member (with or without JavaScript) and lands on `next`. */
export async function signInAs(
	page: Page,
	state: E2eState,
	who: string,
	{ next = '/clinic', js = true }: { next?: string; js?: boolean } = {}
) {
	const { email, password, totpSecret } = state.staff[who]!;
	await page.goto(`/login?next=${encodeURIComponent(next)}`);
	if (js) await hydrated(page);
	await page.getByLabel('Work email').fill(email);
	await page.getByLabel('Password').fill(password);
	await page.getByRole('button', { name: 'Sign in' }).click();
	if (totpSecret) {
		await page.waitForURL(/\/login\/two-factor/);
		if (js) await hydrated(page);
		await page.getByLabel('Code').fill(await totpCode(totpSecret));
		await page.getByRole('button', { name: 'Verify' }).click();
	}
	await expect(page).toHaveURL((url) => url.pathname + url.search === next);
}

/** The queue rows on screen: their names and the intake ids they link to. */
export async function queueRows(page: Page) {
	const links = page.locator('tbody th a');
	const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
	return hrefs.map((h) => h.split('/').pop()!);
}

export const intakeIds = (state: E2eState) => state.intakes!;
