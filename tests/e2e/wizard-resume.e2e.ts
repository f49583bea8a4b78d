// Resuming a form (issue 13): links are single-use and ask before use, every use of a link or a
// code gives the browser a new secret and ends the others (so a link sent by someone else cannot
// be used to follow the patient in), code tries count failures only, and nothing of a sent form
// stays reachable from the browser that sent it.
import type { Browser, Page } from '@playwright/test';
import { test, expect, hydrated } from './fixtures';
import {
	answers,
	completeIntake,
	expectNoAxeViolations,
	expectPage,
	fillStep,
	say
} from './wizard-helpers';

// Several browsers and many round trips per test.
test.describe.configure({ timeout: 180_000 });

async function freshPage(browser: Browser, clientIp: string, js = true) {
	const context = await browser.newContext({
		javaScriptEnabled: js,
		extraHTTPHeaders: { 'x-forwarded-for': clientIp }
	});
	return context.newPage();
}

/** A draft answered up to the conditions step, with `email`. */
async function startDraft(page: Page, email: string) {
	await page.goto('/intake/consent');
	await hydrated(page);
	await fillStep(page, 'consent', answers.consent);
	await expectPage(page, 'about');
	await hydrated(page);
	await fillStep(page, 'about', { ...answers.about, email });
	await expectPage(page, 'conditions');
}

/** "Save and finish later" → the link and the code shown once. */
async function saveForLater(page: Page) {
	await page.goto('/intake/save');
	await page.getByRole('button', { name: say('wizard_save_button') }).click();
	await expect(page.getByText(/work once, until/)).toBeVisible();
	const link = new URL(await page.locator('.secret a').innerText()).pathname;
	const code = (await page.locator('.code').innerText()).replace(/\s/g, '');
	expect(link).toMatch(/^\/intake\/resume\/[A-Za-z0-9_-]{43}$/);
	expect(code).toMatch(/^[A-Z0-9]{8}$/);
	return { link, code };
}

async function useLink(page: Page, link: string) {
	await page.goto(link);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		say('wizard_resume_link_ok_title')
	);
	await page.getByRole('button', { name: say('wizard_resume_link_continue') }).click();
}

async function useCode(page: Page, email: string, code: string) {
	await page.goto('/intake/resume');
	// Typed before hydration, the values are wiped (seen on a busy machine: an empty email posted).
	await hydrated(page);
	await page.getByLabel(say('intake_about_email_label')).fill(email);
	await page.getByLabel(say('wizard_resume_code_label')).fill(code);
	await page.getByRole('button', { name: say('wizard_resume_submit') }).click();
}

const linkDoesNotWork = (page: Page) =>
	expect(page.getByRole('heading', { level: 1 })).toHaveText(say('wizard_resume_link_title'));

test('a link is opened without being used, then works once; the browser that saved it lets go', async ({
	page,
	browser,
	clientIp
}) => {
	await startDraft(page, 'resume-link@example.com');
	const { link } = await saveForLater(page);

	const other = await freshPage(browser, clientIp);
	// Opening it (a mail scanner does too) changes nothing: the link still works afterwards.
	await other.goto(link);
	await other.goto(link);
	await expectNoAxeViolations(other);
	await useLink(other, link);
	await expectPage(other, 'conditions');
	await other.getByRole('link', { name: say('intake_nav_back') }).click();
	await expect(other.getByLabel(say('intake_about_first_name_label'))).toHaveValue('Alex');
	await other.context().close();

	// Used: the link does not work again, and the first browser no longer holds the form.
	const again = await freshPage(browser, clientIp);
	await again.goto(link);
	await linkDoesNotWork(again);
	await again.context().close();
	await page.goto('/intake/about');
	await expectPage(page, 'consent');
});

test('a link works without JavaScript, and a browser with another form asks first', async ({
	page,
	browser,
	clientIp
}) => {
	await startDraft(page, 'resume-nojs@example.com');
	const { link } = await saveForLater(page);

	const other = await freshPage(browser, clientIp, false);
	await other.goto('/intake/consent');
	// Without JavaScript: consent by plain post.
	await other.getByLabel(say('intake_consent_privacy_notice_label')).check();
	for (const label of [
		'intake_consent_contact_consent_label',
		'intake_consent_text_consent_label'
	]) {
		await other
			.getByRole('group', { name: say(label) })
			.getByLabel(say('intake_option_yes'))
			.check();
	}
	await other.getByRole('button', { name: say('intake_nav_next'), exact: true }).click();
	await expectPage(other, 'about');

	await other.goto(link);
	await expect(other.getByText(say('wizard_resume_link_other'))).toBeVisible();
	await other.getByRole('link', { name: say('wizard_resume_link_keep') }).click();
	await expectPage(other, 'about');
	await expect(other.getByLabel(say('intake_about_first_name_label'))).toHaveValue('');

	await useLink(other, link);
	await expectPage(other, 'conditions');
	await other.context().close();
});

test('fixation: the sender of a link loses the form once the patient uses it', async ({
	page: attacker,
	browser,
	clientIp
}) => {
	// Someone starts a form, saves it, and sends the link to a patient.
	await startDraft(attacker, 'trap@example.com');
	const { link, code } = await saveForLater(attacker);

	const victim = await freshPage(browser, clientIp);
	await useLink(victim, link);
	await expectPage(victim, 'conditions');
	await hydrated(victim);
	await fillStep(victim, 'conditions', answers.conditions);
	await expectPage(victim, 'medications');

	// The sender's cookie, link and code all stopped working.
	await attacker.goto('/intake/conditions');
	await expectPage(attacker, 'consent');
	await attacker.goto(link);
	await linkDoesNotWork(attacker);
	await useCode(attacker, 'trap@example.com', code);
	await expect(attacker.getByRole('alert')).toHaveText(say('wizard_resume_unknown'));
	await victim.context().close();
});

test('link after code and code after link: each use ends the other, and says so', async ({
	page,
	browser,
	clientIp
}) => {
	const email = 'resume-both@example.com';
	await startDraft(page, email);
	const first = await saveForLater(page);
	const byCode = await freshPage(browser, clientIp);
	await useCode(byCode, email, `${first.code.slice(0, 4)}-${first.code.slice(4).toLowerCase()}`);
	await expectPage(byCode, 'conditions');
	const late = await freshPage(browser, clientIp);
	await late.goto(first.link);
	await linkDoesNotWork(late);
	await expect(late.getByText(/continue with your code/).first()).toBeVisible();

	const second = await saveForLater(byCode);
	await useLink(late, second.link);
	await expectPage(late, 'conditions');
	await useCode(byCode, email, second.code);
	await expect(byCode.getByRole('alert')).toHaveText(say('wizard_resume_unknown'));
	await byCode.context().close();
	await late.context().close();
});

test('code tries: successes never count, failures do, and the wait is said in minutes', async ({
	page,
	browser,
	clientIp
}) => {
	const email = 'resume-limit@example.com';
	await startDraft(page, email);
	// Six resumes in a row, each with a fresh code: none is told to wait.
	let holder = page;
	for (let i = 0; i < 6; i++) {
		const { code } = await saveForLater(holder);
		const next = await freshPage(browser, clientIp);
		await useCode(next, email, code);
		await expectPage(next, 'conditions');
		holder = next;
	}
	// Wrong codes from several addresses count against the email.
	const guesser = await freshPage(browser, '203.0.113.77');
	for (let i = 0; i < 10; i++) {
		await useCode(guesser, email, 'AAAA7777');
		await expect(guesser.getByRole('alert')).toHaveText(say('wizard_resume_unknown'));
	}
	await useCode(guesser, email, 'AAAA7777');
	await expect(guesser.getByRole('alert')).toContainText(/Please wait \d+ minutes/);
	await expectNoAxeViolations(guesser);
	// A new form is always possible.
	await guesser.locator('form.new button').click();
	await expectPage(guesser, 'consent');
});

test('after sending, the browser keeps nothing: no cookie, no link, no code', async ({
	page,
	browser,
	clientIp,
	context
}) => {
	const email = 'resume-sent@example.com';
	await completeIntake(page, { ...answers, about: { ...answers.about, email } });
	const { link, code } = await saveForLater(page);
	const cookie = (await context.cookies()).find((c) => c.name === 'ldn_resume')!;
	await page.goto('/intake/review');
	await page.getByRole('button', { name: say('review_submit') }).click();
	await expectPage(page, 'done');
	await expect(page.getByText('Percocet').first()).toBeVisible();
	await page.reload();
	await expectPage(page, 'done');
	expect((await context.cookies()).find((c) => c.name === 'ldn_resume')).toBeUndefined();

	// A browser that still holds the old cookie (a copy) sees no answers and no done page; after
	// a short grace (a second click on Send) it does not even find the form.
	const later = await freshPage(browser, clientIp);
	await later.context().addCookies([{ ...cookie }]);
	await later.goto('/intake/done');
	await expectPage(later, 'submitted');
	await expect(later.getByText('Percocet')).toHaveCount(0);
	await later.goto(link);
	await linkDoesNotWork(later);
	await useCode(later, email, code);
	await expect(later.getByRole('alert')).toHaveText(say('wizard_resume_unknown'));
	await later.context().close();
});
