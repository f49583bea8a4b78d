// Typed before the page's JavaScript has started: kept. On a slow phone or network the form is on
// screen, and a password manager fills it, well before the scripts arrive; when they do, Svelte
// "hydrates" the page, and an input rendered from `value={…}` is set back to that value (Svelte
// 5's set_value; sveltejs/kit#8895), wiping what was typed. Our inputs render their answer as the
// default (`defaultValue`, `defaultChecked`) instead. Each case holds the page's scripts back,
// types, lets them run, and reads the fields again.
import type { Page } from '@playwright/test';
import { test, expect, hydrated } from './fixtures';
import { signInAs } from './clinic-helpers';
import { say } from './wizard-helpers';

/** Opens `path` with its scripts held back; the returned function lets them load. */
async function openBeforeScripts(page: Page, path: string) {
	let release!: () => void;
	const held = new Promise<void>((resolve) => (release = resolve));
	const pattern = /\/_app\/immutable\/.+\.js$/;
	await page.route(pattern, async (route) => {
		await held;
		await route.continue();
	});
	await page.goto(path, { waitUntil: 'domcontentloaded' });
	await expect(page.locator('html[data-hydrated]')).toHaveCount(0);
	return async () => {
		release();
		await hydrated(page);
		await page.unroute(pattern);
	};
}

test('the sign-in and forgotten-password forms keep what was typed before the page was ready', async ({
	page
}) => {
	let ready = await openBeforeScripts(page, '/login');
	await page.getByLabel('Work email').fill('early@clinic.test');
	await page.getByLabel('Password').fill('typed before the scripts');
	await ready();
	await expect(page.getByLabel('Work email')).toHaveValue('early@clinic.test');
	await expect(page.getByLabel('Password')).toHaveValue('typed before the scripts');

	ready = await openBeforeScripts(page, '/login/forgot');
	await page.getByLabel('Work email').fill('early@clinic.test');
	await ready();
	await expect(page.getByLabel('Work email')).toHaveValue('early@clinic.test');
});

test('a patient’s resume code email and wizard answers typed before the page was ready are kept', async ({
	page
}) => {
	let ready = await openBeforeScripts(page, '/intake/resume');
	const email = page.getByLabel(say('intake_about_email_label'));
	await email.fill('early@example.com');
	await ready();
	await expect(email).toHaveValue('early@example.com');

	ready = await openBeforeScripts(page, '/intake/consent');
	await page.getByLabel(say('intake_consent_privacy_notice_label')).check();
	await ready();
	await expect(page.getByLabel(say('intake_consent_privacy_notice_label'))).toBeChecked();
});

test('a clinician’s note typed before the intake page was ready is kept', async ({
	page,
	state
}) => {
	const path = `/clinic/intakes/${state.intakes!.oxycodone}`;
	await signInAs(page, state, 'clinician', { next: path });
	const ready = await openBeforeScripts(page, path);
	await page.getByLabel('Add a note').fill('Typed while the page was loading.');
	await ready();
	await expect(page.getByLabel('Add a note')).toHaveValue('Typed while the page was loading.');
});
