// Request more information, end to end (issue 5, part 4), with JavaScript on and off: a clinician
// reopens two pages with a message; the patient gets the link (by email without JavaScript; with
// it, the email bounces and the clinician passes on the code), sees only those pages and the
// review, and sends again; the clinician sees what changed. axe runs where JavaScript does.
// Anonymous and non-staff requests to the action are refused.
import type { Page } from '@playwright/test';
import { test, expect, hydrated } from './fixtures';
import { expectNoAxeViolations, signInAs } from './clinic-helpers';
import { BOUNCING_DOMAIN, receivedMail } from './mailbox';
import { REOPEN_EMAILS } from './seed-clinic';
import { answers, expectPage, fillStep, say } from './wizard-helpers';

const detailPath = (id: string) => `/clinic/intakes/${id}`;
const MESSAGE =
	'Please add every pain medicine you take, even the ones you take only now and then.';

/** Decodes a quoted-printable mail body (soft line breaks and =XX escapes). */
const unquote = (raw: string) =>
	raw
		.replace(/=\r?\n/g, '')
		.replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/** axe needs JavaScript in the page: with it off, the same markup is checked in the other run. */
const axe = (page: Page, js: boolean) => (js ? expectNoAxeViolations(page) : Promise.resolve());

async function reopenAsClinician(page: Page, js: boolean) {
	const decision = page.locator('section[aria-labelledby="decision"]');
	await decision.getByRole('button', { name: 'Start review' }).click();
	await expect(decision).toContainText('Status: In review');
	await decision.getByText('Request more information…').click();
	await decision.getByRole('button', { name: 'Send the request' }).click();
	await expect(
		page.getByText('Choose at least one part of the form for the patient to update.')
	).toBeVisible();
	await expect(
		page.getByText('Write a message for the patient: what do you need to know?')
	).toBeVisible();
	await expect(page.getByLabel('Message for the patient')).toHaveAttribute('aria-invalid', 'true');
	await expect(decision).toContainText('Status: In review');
	await axe(page, js);
	const pages = page.getByRole('group', { name: 'Pages for the patient to update' });
	await expect(pages.getByRole('checkbox')).toHaveCount(5);
	await expect(pages.getByLabel('Before we start')).toHaveCount(0);
	await pages.getByLabel('Medicines and supplements').check();
	await pages.getByLabel('Your health', { exact: true }).check();
	await page.getByLabel('Message for the patient').fill(MESSAGE);
	await decision.getByRole('button', { name: 'Send the request' }).click();
	await expect(decision).toContainText('Status: Needs info');
	await expect(decision).toContainText('Waiting for the patient');
	const pending = page.getByRole('region', { name: 'More information requested' });
	await expect(pending).toContainText(MESSAGE);
	await expect(pending).toContainText('Medicines and supplements, Your health');
	await expect(page.locator('.timeline')).toContainText(
		'E2E clinician: Asked the patient for more information (Medicines and supplements, Your health)'
	);
	if (js) await hydrated(page);
}

// Runs in both projects of .config/playwright.config.ts (tag @no-js): JavaScript on and off.
test.describe('request more information', { tag: '@no-js' }, () => {
	test('clinician reopens, patient resumes and sends again, clinician sees what changed', async ({
		page,
		state,
		browser,
		baseURL,
		javaScriptEnabled: js
	}) => {
		// Two people, three pages each, axe on six of them: longer than one page's test.
		test.setTimeout(180_000);
		const index = js ? 1 : 0;
		const id = state.intakes!.reopen[index]!;
		const email = REOPEN_EMAILS[index]!;
		await signInAs(page, state, 'clinician', { js, next: detailPath(id) });
		if (js) await hydrated(page);
		await reopenAsClinician(page, js);

		const patientContext = await browser.newContext({
			baseURL,
			javaScriptEnabled: js,
			extraHTTPHeaders: { 'x-forwarded-for': `198.51.100.${230 + index}` }
		});
		const patient = await patientContext.newPage();
		if (!email.endsWith(BOUNCING_DOMAIN)) {
			// Emailed: the notice names the address, the mail holds the link and nothing else.
			await expect(page.getByRole('status')).toContainText(
				`a link to update the answers was emailed to ${email}`
			);
			await expect(page.getByRole('region', { name: 'Send the patient their link' })).toHaveCount(
				0
			);
			const mail = receivedMail().filter((m) => m.to.includes(email));
			expect(mail).toHaveLength(1);
			const body = unquote(mail[0]!.raw);
			expect(body).toContain('Your clinic asked for a few more details');
			for (const secret of [MESSAGE, 'magnesium', 'fibromyalgia', 'Jordan']) {
				expect(body).not.toContain(secret);
			}
			const link = body.match(/https?:\/\/\S+\/intake\/resume\/[A-Za-z0-9_-]{43}/)![0];
			await patient.goto(link);
			await patient.getByRole('button', { name: say('wizard_resume_link_continue') }).click();
		} else {
			// The email bounced: the link and code are shown once, to pass on by hand.
			const handoff = page.getByRole('region', { name: 'Send the patient their link' });
			await expect(handoff).toContainText('/intake/resume/');
			const code = (await handoff.locator('code').nth(1).innerText()).trim();
			expect(code).toMatch(/^[A-Z0-9]{8}$/);
			await axe(page, js);
			await page.goto(detailPath(id));
			await expect(page.getByRole('region', { name: 'Send the patient their link' })).toHaveCount(
				0
			);
			await patient.goto('/intake/resume');
			if (js) await hydrated(patient);
			await patient.getByLabel(say('intake_about_email_label')).fill(email);
			await patient.getByLabel(say('wizard_resume_code_label')).fill(code);
			await patient.getByRole('button', { name: say('wizard_resume_submit') }).click();
		}

		// The patient: the clinic's message, only the reopened pages, then the review.
		await expectPage(patient, 'update');
		await expect(patient.getByRole('heading', { level: 1 })).toHaveText(say('wizard_reopen_title'));
		await expect(patient.getByText(MESSAGE)).toBeVisible();
		const listed = patient.getByRole('region', { name: say('wizard_reopen_steps_title') });
		await expect(listed.getByRole('listitem')).toHaveText([
			say('intake_step_medications_title'),
			say('intake_step_health_title')
		]);
		await expect(patient.locator('main')).not.toContainText(/contraindica|\beligible\b/i);
		await axe(patient, js);
		await patient.goto('/intake/about');
		await expectPage(patient, 'medications');
		await patient.goto('/intake/update');
		await patient.getByRole('link', { name: say('wizard_reopen_start') }).click();
		await expectPage(patient, 'medications');
		await expect(
			patient.getByText(say('intake_nav_step_of', { current: 1, total: 3 }), { exact: true })
		).toBeVisible();
		await expect(
			patient
				.getByRole('group', { name: say('wizard_list_supplement_heading', { number: 1 }) })
				.getByLabel(say('intake_medication_name_label'), { exact: false })
		).toHaveValue('magnesium glycinate');
		await axe(patient, js);
		if (js) await hydrated(patient);
		await fillStep(patient, 'medications', answers.medications);
		// Percocet needs its details: that page opens too.
		await expectPage(patient, 'medication-details');
		if (js) await hydrated(patient);
		await fillStep(patient, 'medication-details', answers['medication-details']);
		await expectPage(patient, 'health');
		if (js) await hydrated(patient);
		await fillStep(patient, 'health', { alcoholDrinksPerWeek: 6 });
		await expectPage(patient, 'review');
		const sections = patient.getByRole('heading', { level: 2 });
		await expect(sections).toHaveText([
			say('intake_step_medications_title'),
			say('intake_step_medication_details_title'),
			say('intake_step_health_title')
		]);
		await axe(patient, js);
		await patient.getByRole('button', { name: say('wizard_reopen_submit') }).click();
		await expectPage(patient, 'done');
		await expect(patient.locator('main')).not.toContainText(/contraindica|\beligible\b/i);
		await patient.goto('/intake/health');
		await expectPage(patient, 'submitted');
		await patientContext.close();

		// The clinician: back in the queue as submitted, with what changed.
		await page.goto(detailPath(id));
		await expect(page.locator('section[aria-labelledby="decision"]')).toContainText(
			'Status: Submitted'
		);
		await expect(page.getByRole('region', { name: 'More information requested' })).toHaveCount(0);
		const changed = page.getByRole('region', { name: 'What changed' });
		await expect(changed).toContainText(MESSAGE);
		const row = (label: string) =>
			changed
				.getByRole('row')
				.filter({ has: page.getByRole('rowheader', { name: label, exact: true }) });
		const meds = row(say('intake_medications_medications_label'));
		// Medicine by medicine (issue 16): the new one is marked as added, with its answers.
		await expect(meds.getByRole('cell')).toHaveCount(1);
		await expect(meds.getByRole('listitem').filter({ hasText: 'Percocet' })).toContainText('Added');
		const alcohol = row(say('intake_health_alcohol_drinks_per_week_label'));
		await expect(alcohol.getByRole('cell').nth(1)).toContainText('6');
		await expect(
			changed.getByRole('rowheader', { name: say('intake_about_email_label') })
		).toHaveCount(0);
		const added = changed.locator('.flag-changes > div').first();
		await expect(added.getByRole('listitem').first()).toBeVisible();
		await expect(changed.locator('.flag-changes > div').nth(1)).toContainText('None');
		await expect(page.locator('.timeline')).toContainText('Patient: Sent the answers asked for');
		await expect(page.getByRole('region', { name: 'Answers' })).toContainText('Percocet');
		await axe(page, js);

		// The queue marks it as updated (its submission time kept) and the activity sort puts it first.
		await page.goto('/clinic?sort=activity');
		const first = page.locator('tbody tr').first();
		await expect(first.locator('th a')).toHaveAttribute(
			'href',
			new RegExp(`clinic/intakes/${id}$`)
		);
		await expect(first.locator('[data-label="Submitted"]')).toContainText('Updated');

		// The clinicians' alert (an email each time): an intake was updated, nothing more about it.
		const alerts = () =>
			receivedMail()
				.filter((m) => m.to.includes(state.staff.clinician!.email))
				.map((m) => unquote(m.raw))
				.filter((body) => body.includes('updated by the patient after a request'));
		await expect.poll(() => alerts().length).toBeGreaterThan(0);
		for (const body of alerts()) {
			expect(body).toContain(`${baseURL}/clinic`);
			for (const secret of [MESSAGE, 'Percocet', 'magnesium', 'Jordan', email]) {
				expect(body).not.toContain(secret);
			}
		}
	});
});

test('anonymous and non-staff requests to ask for more information are refused', async ({
	page,
	state,
	baseURL
}) => {
	const path = `${detailPath(state.intakes!.oxycodone)}?/reopen`;
	const form = { steps: 'health', message: 'x', revision: '0' };
	for (const accept of ['text/html', 'application/json']) {
		const response = await page.request.post(path, {
			form,
			headers: { origin: baseURL!, accept },
			maxRedirects: 0
		});
		expect(response.status()).toBe(401);
	}
	await page.goto('/login');
	await page.getByLabel('Work email').fill(state.staff.patient!.email);
	await page.getByLabel('Password').fill(state.staff.patient!.password);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await page.waitForURL((url) => url.pathname !== '/login');
	const response = await page.request.post(path, {
		form,
		headers: { origin: baseURL!, accept: 'text/html' }
	});
	expect(response.status()).toBe(403);
});

test('asking before the review has started is refused and changes nothing', async ({
	page,
	state,
	baseURL
}) => {
	const id = state.intakes!.oxycodone;
	await signInAs(page, state, 'clinician', { next: detailPath(id) });
	const revision = await page.locator('input[name="revision"]').first().inputValue();
	const response = await page.request.post(`${detailPath(id)}?/reopen`, {
		form: { steps: 'health', message: 'Anything else?', revision },
		headers: { origin: baseURL!, accept: 'text/html' }
	});
	expect(response.status()).toBe(409);
	expect(await response.text()).toContain(
		'More information can only be asked for while the intake is in review'
	);
	const bad = await page.request.post(`${detailPath(id)}?/reopen`, {
		form: { steps: 'nonsense', message: '', revision: 'x' },
		headers: { origin: baseURL!, accept: 'text/html' }
	});
	expect(bad.status()).toBe(400);
	await page.reload();
	await expect(page.getByText('Request more information…')).toHaveCount(0);
	await expect(page.locator('.timeline')).not.toContainText('Asked the patient');
});
