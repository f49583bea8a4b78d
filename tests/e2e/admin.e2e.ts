// Admin journeys: staff management (create, role change, disable with the open session refused,
// re-enable), emailed set-password links (a new account's, "forgot password", an admin's reset),
// the last-admin guard, two-factor required before any admin page, the leads export
// (consent respected, the listed columns, a formula neutralised), a clinician refused everywhere
// under /admin, and axe on every admin page.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from '@playwright/test';
import { totpCode } from '../support/totp';
import { test, expect, hydrated, signIn, signInWithTotp } from './fixtures';
import { EXPORT_SOURCE, INJECTED_NAME } from './seed-admin';
import { mailText } from './free-text';
import { receivedMail } from './mailbox';

/** A separate browser with its own client address (the sign-in throttle is per address). */
async function otherBrowser(browser: Browser) {
	const octet = 10 + Math.floor(Math.random() * 240);
	const context = await browser.newContext({
		extraHTTPHeaders: { 'x-forwarded-for': `203.0.113.${octet}` }
	});
	return { context, page: await context.newPage() };
}

/** Creates a staff member on /admin/staff; returns the one-time password shown. */
async function createStaff(page: Page, name: string, email: string, role: 'clinician' | 'admin') {
	await page.goto('/admin/staff');
	await hydrated(page);
	await page.getByLabel('Full name').fill(name);
	await page.getByLabel('Work email').fill(email);
	await page.getByLabel('Role', { exact: true }).selectOption(role);
	await page.getByRole('button', { name: 'Create account' }).click();
	const notice = page.getByRole('status').filter({ hasText: 'one-time password' });
	await expect(notice).toContainText(`Account created for ${name}`);
	return (await notice.locator('code').textContent())!.trim();
}

/** On /staff/password: the one-time password, then one's own. */
async function choosePassword(page: Page, current: string, next: string) {
	await hydrated(page);
	await page.getByLabel('Current password').fill(current);
	await page.getByLabel('New password').fill(next);
	await page.getByRole('button', { name: 'Change password' }).click();
	await expect(page.getByRole('status')).toContainText('Your password has been changed');
}

const row = (page: Page, email: string) => page.getByRole('row').filter({ hasText: email });

/** The set-password links mailed to `email` so far, oldest first (waits for the `count`th). */
async function mailedLinks(email: string, count: number) {
	const links = () =>
		receivedMail()
			.filter((m) => m.to.includes(email))
			.map((m) => mailText(m.raw))
			.map((text) => ({
				text,
				link: /https?:\/\/\S+\/login\/set-password\/[A-Za-z0-9_-]{43}/.exec(text)?.[0]
			}));
	await expect.poll(() => links().length, { timeout: 10_000 }).toBe(count);
	return links();
}

/** Opens a set-password link and chooses `password`; ends on the sign-in page. */
async function setPasswordByLink(page: Page, link: string, password: string) {
	const response = await page.goto(link);
	// The token never leaves our origin (no-referrer would break the page's own no-JS form post).
	expect(response?.headers()['referrer-policy']).toBe('same-origin');
	await hydrated(page);
	const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
	expect(axe.violations, 'the set-password page').toEqual([]);
	await page.getByLabel('New password').fill(password);
	await page.getByRole('button', { name: 'Set my password' }).click();
	await expect(page).toHaveURL(/\/login\?password=set$/);
	await expect(page.getByRole('status')).toContainText('Your new password is set');
}
const unique = (name: string) => `${name}-${Date.now().toString(36)}@e2e.test`;

test('an admin is offered no way to disable, demote or reset their own account', async ({
	page,
	state
}) => {
	await signInWithTotp(page, state.staff.admin!, '/admin/staff');
	await expect(page).toHaveURL(/\/admin\/staff$/);
	await hydrated(page);
	const me = row(page, state.staff.admin!.email);
	await expect(me).toContainText('(you)');
	await expect(me.getByRole('button')).toHaveCount(0);
	await expect(me.getByRole('combobox')).toHaveCount(0);
	await expect(
		me.getByRole('link', { name: 'Your sign-in and two-step settings' })
	).toHaveAttribute('href', '/staff/security');
	await expect(row(page, state.staff.admin!.email).getByRole('cell').first()).toHaveText('admin');
});

test('an admin creates staff, changes a role, disables (the open session is refused) and re-enables', async ({
	page,
	state,
	browser
}) => {
	await signInWithTotp(page, state.staff.admin!, '/admin/staff');
	const email = unique('casey');
	const password = await createStaff(page, 'Casey Clinician', email, 'clinician');
	expect(password).toMatch(/^[A-Za-z0-9]{20}$/);
	await page.reload();
	await expect(page.getByText(password)).toHaveCount(0); // shown once only
	await expect(row(page, email)).toContainText('clinician');

	const casey = await otherBrowser(browser);
	await signIn(casey.page, { email, password });
	// The one-time password opens nothing but the page to choose one's own.
	await expect(casey.page).toHaveURL(/\/staff\/password$/);
	const own = 'casey chose this passphrase';
	await choosePassword(casey.page, password, own);
	await casey.page.goto('/clinic');
	await expect(casey.page).toHaveURL(/\/staff\/security$/); // two-step next, before patients

	await hydrated(page);
	await row(page, email).getByRole('combobox').selectOption('admin');
	await row(page, email)
		.getByRole('button', { name: /^Change role/ })
		.click();
	await expect(row(page, email).getByRole('status')).toHaveText('Role changed.');
	await expect(row(page, email).getByRole('cell').first()).toHaveText('admin');
	await row(page, email).getByRole('combobox').selectOption('clinician');
	await row(page, email)
		.getByRole('button', { name: /^Change role/ })
		.click();
	await expect(row(page, email).getByRole('cell').first()).toHaveText('clinician');

	await row(page, email)
		.getByRole('button', { name: /^Disable/ })
		.click();
	await expect(row(page, email).getByRole('status')).toHaveText(
		'Disabled and signed out everywhere.'
	);
	await expect(row(page, email)).toContainText('Disabled');
	// Casey's open session is refused on its very next request, and the password no longer works.
	await casey.page.goto('/clinic');
	await expect(casey.page).toHaveURL(/\/login\?next=/);
	await signIn(casey.page, { email, password: own });
	await expect(casey.page.getByRole('alert')).toHaveText('The email or password is incorrect.');

	await row(page, email)
		.getByRole('button', { name: /^Enable/ })
		.click();
	await expect(row(page, email)).toContainText('Active');
	await casey.context.clearCookies();
	await signIn(casey.page, { email, password: own });
	await expect(casey.page).toHaveURL(/\/staff\/security$/);
	await casey.context.close();
});

test('set-password links: a new account by email, then "forgot password", then an admin reset by email', async ({
	page,
	state,
	browser
}) => {
	test.setTimeout(120_000);
	await signInWithTotp(page, state.staff.admin!, '/admin/staff');
	const email = unique('lee');
	await hydrated(page);
	await page.getByLabel('Full name').fill('Lee Link');
	await page.getByLabel('Work email').fill(email);
	await page.getByLabel('Email them a link to choose their own').check();
	await page.getByRole('button', { name: 'Create account' }).click();
	const created = page.getByRole('status').filter({ hasText: 'Account created for Lee Link' });
	await expect(created).toContainText(`We emailed ${email} a link to choose their password`);
	await expect(created.locator('code')).toHaveCount(0); // no password for the admin to see

	// The welcome mail: the link and why, no one's health data; the link sets the first password.
	const [welcome] = await mailedLinks(email, 1);
	expect(welcome!.text).toContain('made you a staff account');
	expect(welcome!.text).toContain('works once, for 30 minutes');
	const lee = await otherBrowser(browser);
	await setPasswordByLink(lee.page, welcome!.link!, 'lee chose this first passphrase');
	await signIn(lee.page, { email, password: 'lee chose this first passphrase' });
	await expect(lee.page).toHaveURL(/\/staff\/security$/); // no one-time password to change; two-step next
	await lee.page.goto(welcome!.link!);
	await expect(lee.page.getByRole('heading', { name: 'This link does not work' })).toBeVisible();

	// Forgotten: the same answer for Lee's address and for one that is no one's.
	const answers: string[] = [];
	for (const address of [unique('nobody'), email]) {
		const anonymous = await otherBrowser(browser);
		await anonymous.page.goto('/login');
		await anonymous.page.getByRole('link', { name: 'Forgot your password?' }).click();
		await hydrated(anonymous.page);
		const axe = await new AxeBuilder({ page: anonymous.page })
			.withTags(['wcag2a', 'wcag2aa'])
			.analyze();
		expect(axe.violations, 'the forgot-password page').toEqual([]);
		await anonymous.page.getByLabel('Work email').fill(address);
		await anonymous.page.getByRole('button', { name: 'Email me a link' }).click();
		answers.push(await anonymous.page.getByRole('status').innerText());
		await anonymous.context.close();
	}
	expect(answers[0]).toContain('If that address belongs to a staff account');
	expect(answers[1]).toBe(answers[0]);
	const [, forgot] = await mailedLinks(email, 2);
	expect(forgot!.text).toContain('If you did not ask for this, ignore this email');
	// Choosing a new password signs Lee's open session out everywhere.
	const fresh = await otherBrowser(browser);
	await setPasswordByLink(fresh.page, forgot!.link!, 'lee forgot and chose again');
	await lee.page.goto('/staff/security');
	await expect(lee.page).toHaveURL(/\/login\?next=/);
	await signIn(fresh.page, { email, password: 'lee chose this first passphrase' });
	await expect(fresh.page.getByRole('alert')).toHaveText('The email or password is incorrect.');
	await fresh.context.close();

	// An admin's reset by email: the password stops working at once, a new link is mailed.
	await page.reload();
	await hydrated(page);
	await row(page, email)
		.getByRole('button', { name: /^Email a reset link/ })
		.click();
	await expect(row(page, email).getByRole('status')).toContainText(
		'Emailed Lee Link a link to choose a new password'
	);
	const [, , reset] = await mailedLinks(email, 3);
	expect(reset!.text).toContain('An admin at');
	await lee.context.close();
	const later = await otherBrowser(browser);
	await signIn(later.page, { email, password: 'lee forgot and chose again' });
	await expect(later.page.getByRole('alert')).toHaveText('The email or password is incorrect.');
	await setPasswordByLink(later.page, reset!.link!, 'lee was reset by an admin');
	const last = await otherBrowser(browser);
	await signIn(last.page, { email, password: 'lee was reset by an admin' });
	await expect(last.page).toHaveURL(/\/staff\/security$/);
	await later.context.close();
	await last.context.close();
});

test('an admin without two-factor is sent to enrol before any admin page or action', async ({
	page,
	state,
	browser,
	baseURL
}) => {
	await signInWithTotp(page, state.staff.admin!, '/admin/staff');
	const email = unique('nadia');
	const password = await createStaff(page, 'Nadia New-Admin', email, 'admin');

	const nadia = await otherBrowser(browser);
	await signIn(nadia.page, { email, password }, '/admin');
	await expect(nadia.page).toHaveURL(/\/staff\/password$/);
	const own = 'nadia chose this passphrase';
	await choosePassword(nadia.page, password, own);
	await nadia.page.goto('/admin');
	await expect(nadia.page).toHaveURL(/\/staff\/security$/);
	for (const path of ['/admin/staff', '/admin/export']) {
		await nadia.page.goto(path);
		await expect(nadia.page).toHaveURL(/\/staff\/security$/);
	}
	const post = await nadia.page.request.post('/admin/staff?/create', {
		form: { name: 'Sneaky', email: 'sneaky@e2e.test', role: 'admin' },
		headers: { origin: baseURL!, accept: 'text/html' }
	});
	expect(post.status()).toBe(403);

	await hydrated(nadia.page);
	await nadia.page.getByLabel('Confirm your password').fill(own);
	await nadia.page.getByRole('button', { name: 'Set up two-step verification' }).click();
	const secret = (await nadia.page.locator('code.secret').textContent())!.trim();
	await nadia.page.getByLabel('Enter the 6-digit code from the app').fill(await totpCode(secret));
	await nadia.page.getByRole('button', { name: 'Turn on two-step verification' }).click();
	await expect(nadia.page.getByRole('status')).toContainText('Two-step verification is on');
	await nadia.page.goto('/admin');
	await expect(nadia.page.getByRole('heading', { name: 'Administration' })).toBeVisible();
	await nadia.context.close();
});

test('a clinician is refused every admin page and action', async ({ page, state, baseURL }) => {
	await signIn(page, state.staff.clinician!);
	await expect(page).toHaveURL(/\/clinic$/);
	for (const path of ['/admin', '/admin/staff', '/admin/export', '/admin/export?state=TX']) {
		const response = await page.goto(path);
		expect(response?.status(), path).toBe(403);
	}
	const headers = { origin: baseURL!, accept: 'text/html' };
	const form = { id: crypto.randomUUID(), role: 'admin', name: 'X', email: 'x@e2e.test' };
	for (const action of [
		'create',
		'setRole',
		'disable',
		'enable',
		'resetTwoFactor',
		'resetPassword',
		'emailPasswordLink'
	]) {
		const response = await page.request.post(`/admin/staff?/${action}`, { form, headers });
		expect(response.status(), action).toBe(403);
	}
	const download = await page.request.post('/admin/export/download', { form: {}, headers });
	expect(download.status()).toBe(403);
});

test('the leads export counts, then downloads only consenting leads, neutralised', async ({
	page,
	state
}) => {
	await signInWithTotp(page, state.staff.admin!, '/admin/export');
	await expect(page.getByRole('heading', { name: 'Leads export' })).toBeVisible();
	await hydrated(page);
	await page.getByLabel('Source or UTM source').fill(EXPORT_SOURCE);
	await page.getByLabel('State').selectOption('TX');
	await page.getByRole('button', { name: 'Show counts' }).click();
	await expect(page).toHaveURL(new RegExp(`source=${EXPORT_SOURCE}`));
	await expect(page.getByRole('status')).toContainText('3 leads will be exported.');
	await expect(page.getByRole('status')).toContainText('2 intakes are left out');

	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download CSV' }).click()
	]);
	expect(download.suggestedFilename()).toMatch(/^leads-\d{4}-\d{2}-\d{2}\.csv$/);
	const bytes = readFileSync((await download.path())!);
	expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM
	const lines = bytes.subarray(3).toString('utf8').split('\r\n');
	expect(lines[0]).toBe(
		'intake_id,first_name,last_name,email,phone,preferred_contact,email_phone_consent,text_consent,consent_version,state,language,submitted_at,status,triage,override,source,utm_source,utm_medium,utm_campaign'
	);
	expect(lines.at(-1)).toBe('');
	const records = lines.slice(1, -1);
	expect(records).toHaveLength(3);
	expect(records.join('\n')).not.toContain('Declined');
	const injected = records.find((r) => r.includes('Injected'))!;
	// The formula is a quoted text cell starting with a single quote; its own quotes are doubled.
	expect(injected).toContain(`,"'${INJECTED_NAME.replaceAll('"', '""')}",`);
	expect(injected).not.toMatch(/,"=/);
	expect(records[0]).toMatch(
		/^"[0-9a-f-]{36}","Avery","Consented","lead1@example\.com","512-555-0101","email","yes","no","e2e","TX","en","\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z","submitted","eligible","no","e2e-export","e2e-export","email","e2e"$/
	);
});

test('clinicians and admins download an intake as a FHIR QuestionnaireResponse; the Questionnaire is public', async ({
	page,
	state,
	browser,
	baseURL
}) => {
	await signInWithTotp(page, state.staff.admin!);
	const csv = await page.request.post('/admin/export/download', {
		form: { source: EXPORT_SOURCE },
		headers: { origin: baseURL! }
	});
	const id = /\r\n"([0-9a-f-]{36})"/.exec(await csv.text())![1]!;
	const path = `/clinic/intakes/${id}/fhir`;

	const asAdmin = await page.request.get(path);
	expect(asAdmin.status()).toBe(200);
	expect(asAdmin.headers()['content-type']).toContain('application/fhir+json');
	expect(asAdmin.headers()['content-disposition']).toContain(`intake-${id}.fhir.json`);
	const response = await asAdmin.json();
	expect(response).toMatchObject({
		resourceType: 'QuestionnaireResponse',
		id,
		status: 'completed'
	});
	expect((await page.request.get(`/clinic/intakes/${crypto.randomUUID()}/fhir`)).status()).toBe(
		404
	);

	const clinician = await otherBrowser(browser);
	await signIn(clinician.page, state.staff.clinician!);
	await expect(clinician.page).toHaveURL(/\/clinic$/);
	expect((await clinician.page.request.get(path)).status()).toBe(200);
	await clinician.context.close();

	const anonymous = await otherBrowser(browser);
	const refused = await anonymous.page.request.get(path, { maxRedirects: 0 });
	expect(refused.status()).toBe(303);
	const questionnaire = await anonymous.page.request.get(response.questionnaire);
	expect(questionnaire.status()).toBe(200);
	expect(await questionnaire.json()).toMatchObject({
		resourceType: 'Questionnaire',
		url: response.questionnaire
	});
	expect((await anonymous.page.request.get('/fhir/Questionnaire/1999-01.1')).status()).toBe(404);
	await anonymous.context.close();
});

test('bad input gets field-level errors, never a server error', async ({
	page,
	state,
	baseURL
}) => {
	await signInWithTotp(page, state.staff.admin!);
	// Plain form posts, as a browser without JavaScript sends them.
	const headers = { origin: baseURL!, accept: 'text/html' };
	const create = await page.request.post('/admin/staff?/create', {
		form: { name: '', email: 'not-an-email', role: 'owner' },
		headers
	});
	expect(create.status()).toBe(400);
	const html = await create.text();
	expect(html).toContain('Enter a name.');
	expect(html).toContain('Enter a valid email address.');
	expect(html).toContain('Role must be one of: clinician, admin.');
	const role = await page.request.post('/admin/staff?/setRole', {
		form: { id: 'nobody', role: 'admin' },
		headers
	});
	expect(role.status()).toBe(400);
	const download = await page.request.post('/admin/export/download', {
		form: { state: 'ZZ' },
		headers
	});
	expect(download.status()).toBe(400);

	const response = await page.goto('/admin/export?from=2026-13-01&to=2026-01-01&state=ZZ');
	expect(response?.status()).toBe(200);
	await expect(page.getByLabel('Submitted from (UTC)')).toHaveAttribute('aria-invalid', 'true');
	await expect(page.getByLabel('State')).toHaveAttribute('aria-invalid', 'true');
	await expect(page.getByRole('alert')).toContainText('Fix the filters above');
	await expect(page.getByRole('button', { name: 'Download CSV' })).toHaveCount(0);
});

test('admin pages have no axe violations', async ({ page, state }) => {
	test.setTimeout(120_000); // axe on seven pages, on a machine shared with other work
	await page.setViewportSize({ width: 1280, height: 800 });
	await signInWithTotp(page, state.staff.admin!, '/admin');
	for (const [path, name] of [
		['/admin', 'admin'],
		['/admin/staff', 'admin-staff'],
		[`/admin/export?source=${EXPORT_SOURCE}`, 'admin-export'],
		['/admin/export?from=2026-13-01', 'admin-export-errors'],
		['/admin/audit', 'admin-audit'],
		['/admin/audit?from=2026-13-01&action=no.such', 'admin-audit-errors']
	] as const) {
		await page.goto(path);
		await hydrated(page);
		const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
		expect(result.violations, path).toEqual([]);
		await page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: true });
	}
	await createStaff(page, 'Axe Check', unique('axe'), 'clinician');
	const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
	expect(result.violations).toEqual([]);
	await page.screenshot({ path: 'test-results/screens/admin-staff-created.png', fullPage: true });
});
