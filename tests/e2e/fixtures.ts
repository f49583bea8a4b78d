// Shared browser-test helpers: wait for hydration, sign in as a seeded staff member, and send a
// distinct client address per test so the per-IP sign-in throttle does not couple tests.
import { test as base, expect, type Page } from '@playwright/test';
import { totpCode } from '../support/totp';
import { readState, type E2eState } from './state';

let nextIp = 1;

export const test = base.extend<{ state: E2eState; clientIp: string }>({
	// eslint-disable-next-line no-empty-pattern -- Playwright fixtures take an object pattern
	state: async ({}, use) => use(readState()),
	// eslint-disable-next-line no-empty-pattern
	clientIp: async ({}, use) => use(`198.51.100.${nextIp++ % 250}`),
	page: async ({ page, clientIp }, use) => {
		await page.setExtraHTTPHeaders({ 'x-forwarded-for': clientIp });
		await use(page);
	}
});

export { expect };

/** Waits until SvelteKit has hydrated the page, so clicks go through `use:enhance`. */
export async function hydrated(page: Page) {
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
}

/** Signs in; a staff member with a TOTP secret in the state also gives the current code. */
export async function signIn(
	page: Page,
	who: { email: string; password: string; totpSecret?: string },
	next = ''
) {
	await page.goto(`/login${next ? `?next=${encodeURIComponent(next)}` : ''}`);
	await hydrated(page);
	await page.getByLabel('Work email').fill(who.email);
	await page.getByLabel('Password').fill(who.password);
	await page.getByRole('button', { name: 'Sign in' }).click();
	if (who.totpSecret) await giveCode(page, who.totpSecret);
}

async function giveCode(page: Page, secret: string) {
	await page.waitForURL(/\/login\/two-factor/);
	await hydrated(page);
	await page.getByLabel('Code').fill(await totpCode(secret));
	await page.getByRole('button', { name: 'Verify' }).click();
	await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

/** Signs in a staff member who has TOTP on (the seeded admin): password, then the current code. */
export async function signInWithTotp(
	page: Page,
	who: { email: string; password: string; totpSecret?: string },
	next = ''
) {
	if (!who.totpSecret) throw new Error(`${who.email} has no TOTP secret in the e2e state`);
	await signIn(page, who, next);
}
