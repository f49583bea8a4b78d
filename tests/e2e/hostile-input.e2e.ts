// Hostile input from the public form. Markup and script typed into every free-text answer is shown
// as text to the patient (review page) and to staff (queue, intake, print view), and comes out of
// the FHIR and CSV exports as data in non-HTML downloads. A 1 MB body is refused with 413 before
// any form action reads it, on a public form and on a staff one, with or without Content-Length.
import type { Page } from '@playwright/test';
import { test, expect, hydrated, signIn, signInWithTotp } from './fixtures';
import { newestIntake, submitFreeText, type FreeText } from './free-text';

const run = Date.now().toString(36);
const text: FreeText = {
	firstName: `<b>Bold${run}</b>`,
	lastName: `Xss${run} <img src=x onerror="window.__xss=1">`,
	otherConditions: `<script>window.__xss=2</script>Cond${run}`,
	medication: `"><svg onload=window.__xss=3>Med${run}`,
	dose: `<iframe src="javascript:window.__xss=4"></iframe>`,
	reason: `</textarea><a href="javascript:window.__xss=5">click</a>`,
	allergies: `{@html '<i>x</i>'} \${window.__xss=6} {{constructor.constructor('window.__xss=7')()}}`,
	goalsOther: `<style>body{display:none}</style>Goal${run}`
};
const payloads = Object.values(text);
const MB = 1024 * 1024;

/** No injected element exists, no handler ran, and every payload is on screen as typed. */
async function expectInert(page: Page, shown: readonly string[]) {
	const injected = page.locator(
		'img[src="x"], svg[onload], iframe, [onerror], [onload], style:has-text("display:none"), a[href^="javascript:"], b:has-text("Bold"), i:text-is("x")'
	);
	expect(await injected.count(), page.url()).toBe(0);
	expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
	const html = await (await page.request.get(page.url())).text();
	for (const tag of ['<img src=x', '<script>window', '<svg onload', '<iframe', '<style>body']) {
		expect(html, `${page.url()} serves ${tag} unescaped`).not.toContain(tag);
	}
	for (const value of shown) await expect(page.getByText(value).first()).toBeVisible();
}

test('markup typed into free-text answers is shown as text, and exported as data', async ({
	page,
	browser,
	state
}) => {
	test.setTimeout(120_000);
	const dialogs: string[] = [];
	page.on('dialog', (d) => void dialogs.push(d.message()));
	await submitFreeText(page, text, `xss-${run}@example.com`, {
		onReview: async (review) => {
			await hydrated(review);
			await expectInert(review, payloads);
		}
	});

	const staff = await browser.newContext({
		extraHTTPHeaders: { 'x-forwarded-for': '192.0.2.201' }
	});
	const clinician = await staff.newPage();
	clinician.on('dialog', (d) => void dialogs.push(d.message()));
	await signIn(clinician, state.staff.clinician!);
	await expect(clinician).toHaveURL(/\/clinic$/);
	const id = await newestIntake(clinician);
	await hydrated(clinician);
	await expectInert(clinician, [`${text.firstName} ${text.lastName}`]);
	await clinician.goto(`/clinic/intakes/${id}`);
	await hydrated(clinician);
	await expectInert(clinician, payloads);
	await clinician.goto(`/clinic/intakes/${id}/print`);
	await expectInert(clinician, payloads);

	const fhir = await clinician.request.get(`/clinic/intakes/${id}/fhir`);
	expect(fhir.headers()['content-type']).toBe('application/fhir+json; charset=utf-8');
	expect(fhir.headers()['content-disposition']).toMatch(/^attachment;/);
	expect(fhir.headers()['x-content-type-options']).toBe('nosniff');
	const strings = JSON.stringify(await fhir.json());
	for (const value of payloads) expect(strings).toContain(JSON.stringify(value).slice(1, -1));
	await staff.close();

	const adminContext = await browser.newContext({
		extraHTTPHeaders: { 'x-forwarded-for': '192.0.2.202' }
	});
	const admin = await adminContext.newPage();
	await signInWithTotp(admin, state.staff.admin!);
	const csv = await admin.request.post('/admin/export/download', {
		form: {}, // every consenting lead
		headers: { origin: new URL(admin.url()).origin }
	});
	expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
	expect(csv.headers()['content-disposition']).toMatch(/^attachment;/);
	expect(csv.headers()['x-content-type-options']).toBe('nosniff');
	const row = (await csv.text()).split('\r\n').find((line) => line.includes(`Xss${run}`));
	// Each name is one quoted cell, its own quotes doubled: data for a spreadsheet, never markup.
	expect(row).toContain(`,"${text.firstName}","${text.lastName.replaceAll('"', '""')}",`);
	await adminContext.close();
	expect(dialogs).toEqual([]);
});

test('a 1 MB body gets 413 on a public form and a staff one, before any action runs', async ({
	page,
	state,
	baseURL
}) => {
	const body = new URLSearchParams({ body: 'x'.repeat(MB), email: 'big@example.com' }).toString();
	const headers = { 'content-type': 'application/x-www-form-urlencoded', origin: baseURL! };
	for (const path of ['/intake/consent', '/intake/resume', '/login']) {
		const response = await page.request.post(path, { data: body, headers });
		expect(response.status(), path).toBe(413);
	}
	// Without Content-Length (chunked), the limit holds while the body streams in.
	const chunked = await fetch(new URL('/intake/resume', baseURL), {
		method: 'POST',
		headers,
		body: new Blob([body]).stream(),
		duplex: 'half'
	} as RequestInit);
	expect(chunked.status).toBe(413);

	await signIn(page, state.staff.clinician!);
	await expect(page).toHaveURL(/\/clinic$/);
	const intake = `/clinic/intakes/${state.intakes!.workflow[0]}`;
	const note = await page.request.post(`${intake}?/note`, { data: body, headers });
	expect(note.status()).toBe(413);
	await page.goto(intake);
	await expect(page.getByText('x'.repeat(100))).toHaveCount(0); // nothing was saved
});
