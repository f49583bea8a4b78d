// Request more information, end to end (issue 5, part 4; issue 16), with JavaScript on and off: a
// clinician reopens two pages with a message; the link panel takes the focus (or the page scrolls
// to it without JavaScript) and says whether the link was emailed (without JavaScript it is; with
// it, the email bounces and the clinician passes on the code); the clinician issues a fresh link,
// and the first one no longer works; the patient sees only those pages, replies to the message
// and sends again; the clinician sees the reply beside the question and what changed. axe runs
// where JavaScript does. Anonymous and non-staff requests to the action are refused.
import type { Page } from '@playwright/test';
import { test, expect, hydrated } from './fixtures';
import { expectNoAxeViolations, signInAs } from './clinic-helpers';
import { BOUNCING_DOMAIN, receivedMail } from './mailbox';
import { REOPEN_EMAILS } from './seed-clinic';
import { answers, expectPage, fillStep, say } from './wizard-helpers';

const detailPath = (id: string) => `/clinic/intakes/${id}`;
const MESSAGE =
	'Please add every pain medicine you take, even the ones you take only now and then.';
const REPLY = 'I take Percocet after physiotherapy, about twice a month.';

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
	// A message without pages: the one error, and the message comes back as typed (without
	// JavaScript, from the server).
	const message = page.getByLabel('Message for the patient');
	await message.fill(MESSAGE);
	await decision.getByRole('button', { name: 'Send the request' }).click();
	await expect(
		page.getByText('Choose at least one part of the form for the patient to update.')
	).toBeVisible();
	await expect(message).not.toHaveAttribute('aria-invalid');
	await expect(message).toHaveValue(MESSAGE);
	const pages = page.getByRole('group', { name: 'Pages for the patient to update' });
	await expect(pages.getByRole('checkbox')).toHaveCount(5);
	await expect(pages.getByLabel('Before we start')).toHaveCount(0);
	await pages.getByLabel('Medicines and supplements').check();
	await pages.getByLabel('Your health', { exact: true }).check();
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
		const emailed = !email.endsWith(BOUNCING_DOMAIN);
		// The link panel: in focus (without JavaScript, scrolled to), saying whether it was emailed.
		const panel = page.getByRole('region', { name: 'Link for the patient' });
		const expectPanelInView = async () => {
			if (js) await expect(panel).toBeFocused();
			else expect(new URL(page.url()).hash).toBe('#resume-link');
			await expect(panel).toBeInViewport();
		};
		await expectPanelInView();
		await expect(panel).toContainText(
			emailed ? `Emailed to ${email}.` : 'Not emailed: the email could not be sent.'
		);
		const shown = async () => ({
			link: (await panel.locator('code').nth(0).innerText()).trim(),
			code: (await panel.locator('code').nth(1).innerText()).trim()
		});
		const first = await shown();
		expect(first.link).toMatch(/\/intake\/resume\/[A-Za-z0-9_-]{43}$/);
		expect(first.code).toMatch(/^[A-Z0-9]{8}$/);
		if (js) {
			await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
			await panel.getByRole('button', { name: 'Copy link' }).click();
			await expect(panel.getByRole('status')).toHaveText('Copied the link.');
			expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(first.link);
		} else {
			await expect(panel.getByRole('button')).toHaveCount(0);
		}
		await axe(page, js);

		// A fresh link: the first stops working, the new one is shown (and emailed) the same way.
		await page.getByRole('button', { name: 'Issue a fresh link' }).click();
		await expect(panel).toContainText('A fresh link was issued');
		await expectPanelInView();
		const fresh = await shown();
		expect(fresh.link).not.toBe(first.link);
		expect(fresh.code).not.toBe(first.code);
		await expect(page.locator('.timeline')).toContainText(
			'E2E clinician: Issued a fresh link for the patient'
		);
		await patient.goto(first.link);
		await expect(patient.getByRole('heading', { level: 1 })).toHaveText(
			say('wizard_resume_link_title')
		);
		// After a reload the link is gone for good (only hashes are kept).
		await page.goto(detailPath(id));
		await expect(panel).toHaveCount(0);

		if (emailed) {
			// Each mail holds its link and nothing else; the second one is the fresh link.
			const mail = receivedMail().filter((m) => m.to.includes(email));
			expect(mail).toHaveLength(2);
			const links = mail.map((m) => {
				const body = unquote(m.raw);
				expect(body).toContain('Your clinic asked for a few more details');
				for (const secret of [MESSAGE, 'magnesium', 'fibromyalgia', 'Jordan']) {
					expect(body).not.toContain(secret);
				}
				return body.match(/https?:\/\/\S+\/intake\/resume\/[A-Za-z0-9_-]{43}/)![0];
			});
			expect(links).toEqual([first.link, fresh.link]);
			await patient.goto(fresh.link);
			await patient.getByRole('button', { name: say('wizard_resume_link_continue') }).click();
		} else {
			// The email bounced: the clinician passes on the code.
			await patient.goto('/intake/resume');
			if (js) await hydrated(patient);
			await patient.getByLabel(say('intake_about_email_label')).fill(email);
			await patient.getByLabel(say('wizard_resume_code_label')).fill(fresh.code);
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
		// A reply too long for the form is refused with its reason, and nothing is kept.
		const tooLong = await patient.request.post('/intake/update', {
			form: { reply: 'x'.repeat(1001) },
			headers: { origin: baseURL!, accept: 'text/html' },
			maxRedirects: 0
		});
		expect(tooLong.status()).toBe(400);
		expect(await tooLong.text()).toContain(say('error_too_long'));
		if (js) await hydrated(patient);
		const reply = patient.getByLabel(say('wizard_reopen_reply_label'));
		await expect(reply).toHaveValue('');
		await reply.fill(REPLY);
		await patient.getByRole('button', { name: say('wizard_reopen_start') }).click();
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
		await expect(
			patient.getByRole('region', { name: say('wizard_reopen_reply_title') })
		).toContainText(REPLY);
		const sections = patient
			.getByRole('heading', { level: 2 })
			.filter({ hasNotText: say('wizard_reopen_reply_title') });
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
		// The question and the patient's reply, side by side.
		const question = changed.locator('figure').filter({ hasText: 'Asked by E2E clinician' });
		const answer = changed.locator('figure').filter({ hasText: "Patient's reply, sent" });
		await expect(question).toContainText(MESSAGE);
		await expect(answer).toContainText(REPLY);
		const [q, a] = [await question.boundingBox(), await answer.boundingBox()];
		expect(a!.x).toBeGreaterThan(q!.x + q!.width - 1);
		expect(Math.abs(a!.y - q!.y)).toBeLessThan(2);
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
		await expect(page.locator('.timeline')).toContainText(
			'Patient: Sent the answers asked for, with a reply to the message'
		);
		await expect(page.getByRole('region', { name: 'Answers' })).toContainText('Percocet');
		await axe(page, js);

		// The queue marks it as updated (its submission time kept) and the activity sort puts it first.
		await page.goto('/clinic?sort=activity');
		const top = page.locator('tbody tr').first();
		await expect(top.locator('th a')).toHaveAttribute('href', new RegExp(`clinic/intakes/${id}$`));
		await expect(top.locator('[data-label="Submitted"]')).toContainText('Updated');

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
