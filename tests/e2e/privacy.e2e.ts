// Health data stays where it belongs. A patient types unique marker strings into every free-text
// answer (and asks for their resume link by email); a clinician reads, prints, exports and
// annotates the intake; both meet error pages. Then none of the markers may appear in the server's
// output, the audit trail, any URL either browser requested, any email, or any error page; every
// page and data response was `Cache-Control: no-store`; the cookies have the designed flags.
import { readFileSync } from 'node:fs';
import postgres from 'postgres';
import type { Page } from '@playwright/test';
import { test, expect, hydrated, signIn } from './fixtures';
import { mailText, newestIntake, submitFreeText, type FreeText } from './free-text';
import { receivedMail } from './mailbox';
import { E2E_SERVER_LOG } from './state';

const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const mark = (what: string) => `Zq${what}${run}`;
const text: FreeText = {
	firstName: mark('First'),
	lastName: mark('Last'),
	otherConditions: mark('Condition'),
	medication: mark('Medicine'),
	dose: mark('Dose'),
	reason: mark('Reason'),
	allergies: mark('Allergy'),
	goalsOther: mark('Goal')
};
const email = `privacy-${run}@example.com`;
const note = mark('Note');
/** Health data and identifiers; the email address may appear only in the email sent to it. */
const markers = [...Object.values(text), note];
const identifiers = [...markers, email];

const found = (haystack: string, needles: readonly string[]) =>
	needles.filter((n) => haystack.includes(n) || safeDecode(haystack).includes(n));
const safeDecode = (s: string) => {
	try {
		return decodeURIComponent(s.replaceAll('+', ' '));
	} catch {
		return s;
	}
};

/** Records every URL the browser asks for, and every page or data answer not marked no-store. */
function watch(page: Page, urls: string[], cacheable: string[]) {
	page.on('request', (r) => urls.push(r.url()));
	page.on('response', (r) => {
		const kind = r.request().resourceType();
		if (!['document', 'fetch', 'xhr'].includes(kind)) return;
		const directives = (r.headers()['cache-control'] ?? '').split(/\s*,\s*/);
		if (!directives.includes('no-store')) {
			cacheable.push(`${r.status()} ${r.url()}: ${r.headers()['cache-control']}`);
		}
	});
}

test('health data stays out of logs, audit rows, URLs, emails and error pages', async ({
	page,
	context,
	browser,
	state,
	baseURL
}) => {
	test.setTimeout(120_000);
	const started = new Date();
	const urls: string[] = [];
	const cacheable: string[] = [];
	const errorPages: string[] = [];
	const big = (fields: Record<string, string>) =>
		new URLSearchParams({ ...fields, padding: 'x'.repeat(1024 * 1024) }).toString();
	const form = { 'content-type': 'application/x-www-form-urlencoded', origin: baseURL! };

	// The patient: every free-text answer, the resume link by email, then submission.
	watch(page, urls, cacheable);
	await submitFreeText(page, text, email, { saveForLater: true });
	// Sent: the resume cookie is gone, and the short done pass has the same flags.
	const cookies = await context.cookies();
	expect(cookies.find((c) => c.name === 'ldn_resume')).toBeUndefined();
	const pass = cookies.find((c) => c.name === 'ldn_done');
	expect(pass).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/', secure: false });
	for (const path of ['/intake/consent', '/intake/resume']) {
		const r = await page.request.post(path, { data: big(text), headers: form });
		expect(r.status(), path).toBe(413);
		errorPages.push(await r.text());
	}
	const missing = await page.request.get('/intake/no-such-step');
	expect(missing.status()).toBe(404);
	errorPages.push(await missing.text());

	// A clinician: the queue, the intake, its print view and FHIR export, a note.
	const clinicianContext = await browser.newContext({
		extraHTTPHeaders: { 'x-forwarded-for': '192.0.2.200' }
	});
	const clinician = await clinicianContext.newPage();
	watch(clinician, urls, cacheable);
	await signIn(clinician, state.staff.clinician!);
	await expect(clinician).toHaveURL(/\/clinic$/);
	const session = (await clinicianContext.cookies()).find((c) =>
		c.name.endsWith('better-auth.session_token')
	);
	expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/', secure: false });
	const id = await newestIntake(clinician);
	await clinician.goto(`/clinic/intakes/${id}`);
	await expect(clinician.getByText(text.allergies)).toBeVisible(); // the right intake
	await hydrated(clinician);
	await clinician.getByLabel('Add a note').fill(note);
	await clinician.getByRole('button', { name: 'Add note' }).click();
	await expect(clinician.getByText(note)).toBeVisible();
	await clinician.goto(`/clinic/intakes/${id}/print`);
	await expect(clinician.getByText(text.medication).first()).toBeVisible();
	const fhir = await clinician.request.get(`/clinic/intakes/${id}/fhir`);
	expect(await fhir.text()).toContain(text.reason);
	expect(fhir.headers()['cache-control']).toBe('no-store');

	// Error pages: a wrong id, a refused page, oversized and unauthenticated posts full of markers.
	for (const [path, status] of [
		[`/clinic/intakes/${crypto.randomUUID()}`, 404],
		['/admin', 403]
	] as const) {
		const r = await clinician.request.get(path);
		expect(r.status(), path).toBe(status);
		errorPages.push(await r.text());
	}
	const oversized = await clinician.request.post(`/clinic/intakes/${id}?/note`, {
		data: big({ body: note, ...text }),
		headers: form
	});
	expect(oversized.status()).toBe(413);
	errorPages.push(await oversized.text());
	const anonymous = await page.request.post(`/clinic/intakes/${id}?/note`, {
		data: new URLSearchParams({ body: note, ...text }).toString(),
		headers: form
	});
	expect(anonymous.status()).toBe(401);
	errorPages.push(await anonymous.text());
	await clinicianContext.close();

	// Now look everywhere health data must not be.
	expect(found(urls.join('\n'), identifiers), 'URLs').toEqual([]);
	expect(cacheable, 'responses without Cache-Control: no-store').toEqual([]);
	expect(found(errorPages.join('\n'), identifiers), 'error pages').toEqual([]);
	const mail = receivedMail().filter((m) => m.to.includes(email));
	expect(mail.length, 'the resume email').toBeGreaterThan(0);
	for (const m of mail) {
		expect(mailText(m.raw)).toContain('/intake/resume/');
		expect(found(mailText(m.raw), markers), 'emails').toEqual([]);
	}
	// The clinician's alert (an email each time, their default; the worker polls every second):
	// counts and a link to the queue, nothing of the patient's.
	const alerts = () => receivedMail().filter((m) => m.to.includes(state.staff.clinician!.email));
	await expect
		.poll(() => alerts().filter((m) => /new intakes? (was|were) sent/.test(mailText(m.raw))).length)
		.toBeGreaterThan(0);
	for (const m of alerts()) {
		expect(mailText(m.raw)).toContain(`${baseURL}/clinic`);
		expect(found(m.raw + mailText(m.raw), identifiers), 'alert emails').toEqual([]);
	}
	const log = readFileSync(E2E_SERVER_LOG, 'utf8');
	expect(log).toContain('Listening on'); // the log is captured
	expect(found(log, identifiers), 'server log').toEqual([]);

	if (!state.databaseUrl) {
		test.info().annotations.push({
			type: 'not checked',
			description: 'audit rows: PGlite is held by the server (CI runs this on PostgreSQL)'
		});
		return;
	}
	const sql = postgres(state.databaseUrl, { max: 1, onnotice: () => {} });
	try {
		const rows = await sql`select * from audit_events where at >= ${started}`;
		expect(rows.filter((r) => r.intake_id === id).map((r) => r.action)).toEqual(
			expect.arrayContaining([
				'intake.submitted',
				'intake.viewed',
				'intake.note_added',
				'intake.printed',
				'intake.exported'
			])
		);
		expect(found(JSON.stringify(rows), identifiers), 'audit rows').toEqual([]);
	} finally {
		await sql.end();
	}
});
