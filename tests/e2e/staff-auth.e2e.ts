import { createOTP } from '@better-auth/utils/otp';
import { base32 } from '@better-auth/utils/base32';
import { signInAs } from './clinic-helpers';
import { test, expect, hydrated, signIn, signInWithTotp } from './fixtures';

test('anonymous visitors to /clinic are sent to sign in, and come back after', async ({
	page,
	state
}) => {
	await page.goto('/clinic');
	await expect(page).toHaveURL(/\/login\?next=%2Fclinic$/);
	await signIn(page, state.staff.clinician!, '/clinic');
	await expect(page).toHaveURL(/\/clinic$/);
	await expect(page.getByRole('heading', { name: 'Intakes', exact: true })).toBeVisible();
	await expect(page.getByText('E2E clinician (clinician)')).toBeVisible();
});

test(
	'a wrong password gets one generic message',
	{ tag: '@no-js' },
	async ({ page, state, javaScriptEnabled: js }) => {
		const tryPassword = async (email: string) => {
			await page.goto('/login');
			if (js) await hydrated(page);
			await page.getByLabel('Work email').fill(email);
			await page.getByLabel('Password').fill('not the password');
			await page.getByRole('button', { name: 'Sign in' }).click();
			await expect(page.getByRole('alert')).toHaveText('The email or password is incorrect.');
			// The email is kept for another try; the password is never sent back.
			await expect(page.getByLabel('Work email')).toHaveValue(email);
			if (!js) await expect(page.getByLabel('Password')).toHaveValue('');
		};
		await tryPassword(state.staff.clinician!.email);
		await tryPassword('nobody@e2e.test');
		await expect(page).toHaveURL(/\/login/);
	}
);

test(
	'empty fields get field-level errors',
	{ tag: '@no-js' },
	async ({ page, javaScriptEnabled: js }) => {
		await page.goto('/login');
		if (js) await hydrated(page);
		await page.getByRole('button', { name: 'Sign in' }).click();
		await expect(page.getByText('Enter your work email address.')).toBeVisible();
		await expect(page.getByText('Enter your password.')).toBeVisible();
		await expect(page.getByLabel('Work email')).toHaveAttribute('aria-invalid', 'true');
	}
);

test('the 4th sign-in attempt from one address within 10 seconds gets 429', async ({
	page,
	state,
	baseURL
}) => {
	const statuses: number[] = [];
	for (let i = 0; i < 4; i++) {
		const response = await page.request.post('/login', {
			form: { email: state.staff.throttle!.email, password: 'wrong password' },
			headers: { origin: baseURL!, accept: 'text/html', 'x-forwarded-for': '203.0.113.77' }
		});
		statuses.push(response.status());
	}
	expect(statuses).toEqual([400, 400, 400, 429]);
});

test('a clinician is refused /admin, for pages and for form posts', async ({
	page,
	state,
	baseURL
}) => {
	await signIn(page, state.staff.clinician!);
	await expect(page).toHaveURL(/\/clinic$/);
	const response = await page.goto('/admin');
	expect(response?.status()).toBe(403);
	await expect(
		page.getByRole('heading', { name: 'Your role does not give access to this page.' })
	).toBeVisible();
	const post = await page.request.post('/admin?/anything', {
		form: { x: '1' },
		headers: { origin: baseURL!, accept: 'text/html' }
	});
	expect(post.status()).toBe(403);
});

test('an admin reaches /admin after the second factor', async ({ page, state }) => {
	await signInWithTotp(page, state.staff.admin!);
	await expect(page).toHaveURL(/\/clinic$/);
	await page.goto('/admin');
	await expect(page.getByRole('heading', { name: 'Administration' })).toBeVisible();
});

test('signing out invalidates the session on the next request', async ({
	page,
	context,
	state
}) => {
	await signIn(page, state.staff.clinician!);
	await expect(page).toHaveURL(/\/clinic$/);
	const cookies = await context.cookies();
	await page.getByRole('button', { name: 'Sign out' }).click();
	await expect(page).toHaveURL(/\/login$/);
	// Replaying the old cookie must not work: the session is gone from the database.
	await context.addCookies(cookies);
	await page.goto('/clinic');
	await expect(page).toHaveURL(/\/login\?next=/);
});

test('a form post from a foreign origin is refused', async ({ page, state }) => {
	const response = await page.request.post('/login', {
		form: { email: state.staff.clinician!.email, password: state.staff.clinician!.password },
		headers: { origin: 'https://evil.example', accept: 'text/html' }
	});
	expect(response.status()).toBe(403);
});

test('staff enrol TOTP (the key survives a reload), then sign in with a code', async ({
	page,
	context,
	state
}) => {
	const who = state.staff.totp!;
	await signIn(page, who);
	// Patient data needs two-step for every role: /clinic sends a clinician without it to enrol.
	await expect(page).toHaveURL(/\/staff\/security$/);
	await page.goto('/staff/security');
	await hydrated(page);
	await page.getByLabel('Confirm your password').fill('not my password');
	await page.getByRole('button', { name: 'Set up two-step verification' }).click();
	await expect(page.getByText('That password is not correct.')).toBeVisible();
	await expect(page.getByLabel('Confirm your password')).toHaveAttribute('aria-invalid', 'true');
	await page.getByLabel('Confirm your password').fill(who.password);
	await page.getByRole('button', { name: 'Set up two-step verification' }).click();
	const secret = (await page.locator('code.secret').textContent())!.trim();
	const backupCodes = await page.locator('ul.codes code').allTextContents();
	expect(backupCodes).toHaveLength(10);
	// A reload before the code is typed shows the same key and codes, not new ones.
	await page.reload();
	await hydrated(page);
	await expect(page.locator('code.secret')).toHaveText(secret);
	expect(await page.locator('ul.codes code').allTextContents()).toEqual(backupCodes);
	await expect(page.getByLabel('Confirm your password')).toHaveCount(0);
	const otp = createOTP(new TextDecoder().decode(base32.decode(secret)));
	const code = page.getByLabel('Enter the 6-digit code from the app');
	await code.fill('12345');
	await page.getByRole('button', { name: 'Turn on two-step verification' }).click();
	await expect(page.getByText('Enter the 6-digit code from your app.')).toBeVisible();
	await expect(code).toHaveAttribute('aria-invalid', 'true');
	await code.fill(await otp.totp());
	await page.getByRole('button', { name: 'Turn on two-step verification' }).click();
	await expect(page.getByRole('status')).toContainText('Two-step verification is on');

	await page.getByRole('button', { name: 'Sign out' }).click();
	await context.clearCookies();
	await signIn(page, who);
	await expect(page).toHaveURL(/\/login\/two-factor/);
	await page.getByLabel('Code').fill('000000');
	await page.getByRole('button', { name: 'Verify' }).click();
	await expect(page.getByRole('alert')).toContainText('That code did not work');
	await page.getByLabel('Code').fill(await otp.totp());
	await page.getByRole('button', { name: 'Verify' }).click();
	await expect(page).toHaveURL(/\/clinic$/);
});

test('responses carry the security headers', async ({ page }) => {
	const response = await page.goto('/login');
	const h = response!.headers();
	expect(h['x-content-type-options']).toBe('nosniff');
	expect(h['referrer-policy']).toBe('same-origin');
	expect(h['cache-control']).toBe('no-store');
	expect(h['content-security-policy']).toContain("frame-ancestors 'none'");
	expect(h['content-security-policy']).toContain("script-src 'self'");
});

// Runs in both projects of .config/playwright.config.ts (tag @no-js): JavaScript on and off.
test.describe('email alerts', { tag: '@no-js' }, () => {
	test('staff choose how they are emailed about intakes, from their security page', async ({
		page,
		state,
		baseURL,
		javaScriptEnabled: js
	}) => {
		await signInAs(page, state, js ? 'clinician2' : 'admin', { js, next: '/staff/security' });
		await page.getByRole('link', { name: 'Choose when you are emailed about new intakes' }).click();
		await expect(page.getByRole('heading', { name: 'Email alerts', level: 1 })).toBeVisible();
		await expect(page.getByText('They never contain names or health information')).toBeVisible();
		if (js) await hydrated(page);
		const group = page.getByRole('group', { name: 'Email me' });
		await group.getByLabel('A daily summary').check();
		await page.getByRole('button', { name: 'Save' }).click();
		await expect(page.getByRole('status')).toHaveText('Saved. A daily summary.');
		// A choice that is not one of the three is a field error and changes nothing.
		const refused = await page.request.post('/staff/alerts', {
			form: { mode: 'hourly' },
			headers: { origin: baseURL!, accept: 'text/html' }
		});
		expect(refused.status()).toBe(400);
		expect(await refused.text()).toContain('Choose one of the three options.');
		await page.goto('/staff/alerts');
		await expect(group.getByLabel('A daily summary')).toBeChecked();
		await expect(group.getByLabel('An email each time')).not.toBeChecked();
	});
});
