// The patient wizard with JavaScript on: the whole journey, validation, navigation guards, resume,
// double submission, language switch, keyboard-only use and the screening outcome.
import postgres from 'postgres';
import type { Browser, Page } from '@playwright/test';
import { test, expect, hydrated } from './fixtures';
import type { E2eState } from './state';
import {
	answers,
	completeIntake,
	expectPage,
	fillStep,
	pressContinue,
	say,
	daysAgo
} from './wizard-helpers';

/** Runs `query` against the test database when it is PostgreSQL (PGlite is held by the server). */
async function inDatabase<T>(state: E2eState, query: (sql: postgres.Sql) => Promise<T>) {
	if (!state.databaseUrl) return undefined;
	const sql = postgres(state.databaseUrl, { max: 1, onnotice: () => {} });
	try {
		return await query(sql);
	} finally {
		await sql.end();
	}
}

async function startAndAnswer(page: Page, email: string, upTo: 'consent' | 'about') {
	await page.goto('/intake/consent');
	await hydrated(page);
	await fillStep(page, 'consent', answers.consent);
	await expectPage(page, 'about');
	if (upTo === 'consent') return;
	await hydrated(page);
	await fillStep(page, 'about', { ...answers.about, email });
	await expectPage(page, 'conditions');
}

async function freshPage(browser: Browser, clientIp: string) {
	const context = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': clientIp } });
	return context.newPage();
}

const completedReviews = async (state: E2eState) =>
	(
		await inDatabase(
			state,
			(sql) => sql`select coalesce(sum(count), 0)::int as n from funnel_counters
				where step_id = 'review' and event = 'completed'`
		)
	)?.[0]?.n as number | undefined;

test('a patient goes from the start page to the done page', async ({ page, state }) => {
	const before = await completedReviews(state);
	await completeIntake(page);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(say('review_title'));
	await expect(page.getByText('Percocet').first()).toBeVisible();
	await page.getByRole('button', { name: say('review_submit') }).click();
	await expectPage(page, 'done');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(say('wizard_done_title'));
	await expect(page.getByRole('heading', { name: say('wizard_done_next_title') })).toBeVisible();
	for (const word of [/contraindicat/i, /\beligible\b/i]) {
		await expect(page.locator('main')).not.toContainText(word);
	}
	// The step funnel counts the submission (written within a few seconds, see server/funnel.ts;
	// an earlier test's counts may land meanwhile, hence "more than before").
	if (before !== undefined) {
		await expect.poll(() => completedReviews(state), { timeout: 15_000 }).toBeGreaterThan(before);
	}
});

test('each new step moves focus to its heading', async ({ page }) => {
	await startAndAnswer(page, 'focus@example.com', 'consent');
	await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
});

test('bad input shows field errors without a round trip and stores nothing', async ({
	page,
	clientIp
}) => {
	await startAndAnswer(page, 'x@example.com', 'consent');
	await hydrated(page);
	const posts: string[] = [];
	page.on('request', (r) => void (r.method() === 'POST' && posts.push(r.url())));
	await page.getByLabel(say('intake_about_email_label')).fill('not an email');
	await pressContinue(page);
	const summary = page.getByRole('alert');
	await expect(summary).toBeFocused();
	await expect(summary).toContainText(say('intake_about_first_name_label'));
	await expect(summary).toContainText(say('error_invalid_email'));
	await expect(page.getByLabel(say('intake_about_first_name_label'))).toHaveAttribute(
		'aria-invalid',
		'true'
	);
	expect(posts).toEqual([]);
	await summary
		.getByRole('link', { name: new RegExp(say('intake_about_last_name_label')) })
		.click();
	await expect(page.getByLabel(say('intake_about_last_name_label'))).toBeFocused();
	await page.goto('/intake/conditions');
	await expectPage(page, 'about');
	// What was typed comes back from this tab (sessionStorage), never from the server: another
	// tab of the same browser (same cookie, its own sessionStorage) shows the page empty.
	await hydrated(page);
	await expect(page.getByLabel(say('intake_about_email_label'))).toHaveValue('not an email');
	const other = await page.context().newPage();
	await other.setExtraHTTPHeaders({ 'x-forwarded-for': clientIp });
	await other.goto('/intake/about');
	await hydrated(other);
	await expect(other.getByLabel(say('intake_about_email_label'))).toHaveValue('');
	await other.close();
});

test('refreshing and going back keep the answers', async ({ page }) => {
	await startAndAnswer(page, 'back@example.com', 'about');
	await page.reload();
	await expectPage(page, 'conditions');
	await hydrated(page);
	await page.getByRole('link', { name: say('intake_nav_back') }).click();
	await expectPage(page, 'about');
	await expect(page.getByLabel(say('intake_about_first_name_label'))).toHaveValue('Alex');
	await expect(page.getByLabel(say('intake_about_state_label'))).toHaveValue('TX');
	await page.goBack();
	await expectPage(page, 'conditions');
	await page.goBack();
	await expectPage(page, 'about');
	await expect(page.getByLabel(say('intake_about_last_name_label'))).toHaveValue('Rivera');
});

test('opening a later step early goes to the first step still to do', async ({
	page,
	browser,
	clientIp
}) => {
	const stranger = await freshPage(browser, clientIp);
	await stranger.goto('/intake/health');
	await expectPage(stranger, 'consent');
	await stranger.context().close();

	await startAndAnswer(page, 'skip@example.com', 'consent');
	for (const path of [
		'/intake/health',
		'/intake/review',
		'/intake/medication-details',
		'/intake'
	]) {
		await page.goto(path);
		await expectPage(page, 'about');
	}
});

test('save and finish later: resume from the link in another browser, and by code', async ({
	page,
	browser,
	clientIp
}) => {
	await startAndAnswer(page, 'resume@example.com', 'about');
	await hydrated(page);
	await page.getByRole('button', { name: say('wizard_save_later') }).click();
	await expectPage(page, 'save');
	await page.getByRole('button', { name: say('wizard_save_button') }).click();
	const link = await page.locator('.secret a').innerText();
	const code = (await page.locator('.code').innerText()).replace(/\s/g, '');
	expect(link).toMatch(/\/intake\/resume\/[A-Za-z0-9_-]{43}$/);
	expect(code).toMatch(/^[A-Z0-9]{8}$/);

	const other = await freshPage(browser, clientIp);
	await other.goto(new URL(link).pathname);
	await other.getByRole('button', { name: say('wizard_resume_link_continue') }).click();
	await expectPage(other, 'conditions');
	await other.getByRole('link', { name: say('intake_nav_back') }).click();
	await expect(other.getByLabel(say('intake_about_first_name_label'))).toHaveValue('Alex');
	// The link and the code were a pair: using one ended both. "Save and finish later" again.
	await other.goto('/intake/save');
	await other.getByRole('button', { name: say('wizard_save_button') }).click();
	const newCode = (await other.locator('.code').innerText()).replace(/\s/g, '');
	await other.context().close();

	const third = await freshPage(browser, clientIp);
	await third.goto('/intake/resume');
	await hydrated(third);
	await third.getByLabel(say('intake_about_email_label')).fill('resume@example.com');
	await third.getByLabel(say('wizard_resume_code_label')).fill('AAAA7777');
	await third.getByRole('button', { name: say('wizard_resume_submit') }).click();
	await expect(third.getByRole('alert')).toHaveText(say('wizard_resume_unknown'));
	await third
		.getByLabel(say('wizard_resume_code_label'))
		.fill(`${code.slice(0, 4)} ${code.slice(4)}`);
	await third.getByRole('button', { name: say('wizard_resume_submit') }).click();
	await expect(third.getByRole('alert')).toHaveText(say('wizard_resume_unknown'));
	await third
		.getByLabel(say('wizard_resume_code_label'))
		.fill(`${newCode.slice(0, 4)} ${newCode.slice(4)}`);
	await third.getByRole('button', { name: say('wizard_resume_submit') }).click();
	await expectPage(third, 'conditions');
	await third.context().close();

	const broken = await freshPage(browser, clientIp);
	await broken.goto(`/intake/resume/${'x'.repeat(43)}`);
	await expect(broken.getByRole('heading', { level: 1 })).toHaveText(
		say('wizard_resume_link_title')
	);
	await broken.context().close();
});

test('sending twice (double click, two requests at once) gives one intake', async ({
	page,
	state,
	baseURL,
	clientIp
}) => {
	await completeIntake(page, {
		...answers,
		about: { ...answers.about, email: 'twice@example.com' }
	});
	const send = () =>
		page.request.post('/intake/review', {
			form: { website: '' },
			headers: { origin: baseURL!, accept: 'text/html', 'x-forwarded-for': clientIp },
			maxRedirects: 0
		});
	const responses = await Promise.all([send(), send()]);
	for (const response of responses) {
		expect(response.status()).toBe(303);
		expect(response.headers().location).toMatch(/\/intake\/done$/);
	}
	await page.getByRole('button', { name: say('review_submit') }).dblclick();
	await expectPage(page, 'done');
	const count = await inDatabase(
		state,
		(sql) => sql`select count(*)::int as n from intakes where email = 'twice@example.com'`
	);
	if (count) expect(count[0]?.n).toBe(1);
	await page.goto('/intake/about');
	await expectPage(page, 'submitted');
});

test('switching language keeps the answers, saved and just typed', async ({ page, clientIp }) => {
	await startAndAnswer(page, 'lang@example.com', 'about');
	await page.getByRole('button', { name: 'Español' }).click();
	await expect(page).toHaveURL(/\/es\/intake\/conditions$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'es');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sus problemas de salud');
	await page.getByRole('link', { name: 'Atrás' }).click();
	await expect(page).toHaveURL(/\/es\/intake\/about$/);
	await expect(page.getByLabel('Nombre', { exact: true })).toHaveValue('Alex');
	// Typed, not yet saved: the switch brings it along without saving it.
	await hydrated(page);
	await page.getByLabel('Nombre', { exact: true }).fill('Alexa');
	await page.getByRole('button', { name: 'English' }).click();
	await expect(page).toHaveURL(/\/intake\/about$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByLabel(say('intake_about_first_name_label'))).toHaveValue('Alexa');
	// Saved on the server is still 'Alex' (another tab has no copy of the unsent typing).
	const other = await page.context().newPage();
	await other.setExtraHTTPHeaders({ 'x-forwarded-for': clientIp });
	await other.goto('/intake/about');
	await expect(other.getByLabel(say('intake_about_first_name_label'))).toHaveValue('Alex');
	await other.close();
});

test('the whole intake can be completed with the keyboard alone', async ({ page }) => {
	await completeIntake(page, answers, { mode: 'keyboard' });
	const send = page.getByRole('button', { name: say('review_submit') });
	await send.focus();
	await send.press('Enter');
	await expectPage(page, 'done');
});

test('medication rows are added and removed in the page, keeping what was typed', async ({
	page
}) => {
	await completeIntake(page, {
		consent: answers.consent,
		about: answers.about,
		conditions: answers.conditions
	});
	await expectPage(page, 'medications');
	await hydrated(page);
	const row = (n: number) =>
		page.getByRole('group', {
			name: say('wizard_list_medication_heading', { number: n }),
			exact: true
		});
	await row(1).getByLabel(say('intake_medication_name_label'), { exact: false }).fill('Humira');
	await row(2).getByLabel(say('intake_medication_name_label'), { exact: false }).fill('Zorbatrex');
	await row(2).getByLabel(say('intake_status_current')).check();
	await row(3).getByLabel(say('intake_medication_name_label'), { exact: false }).fill('Synthroid');
	await row(3).getByLabel(say('intake_status_stopped')).check();
	await page.getByRole('button', { name: say('wizard_list_add_medication') }).click();
	await expect(row(4)).toBeVisible();
	await expect(
		row(4).getByLabel(say('intake_medication_name_label'), { exact: false })
	).toBeFocused();
	await row(2)
		.getByRole('button', { name: new RegExp(say('wizard_list_remove')) })
		.click();
	await expect(row(4)).toHaveCount(0);
	await expect(
		row(2).getByLabel(say('intake_medication_name_label'), { exact: false })
	).toHaveValue('Synthroid');
	await expect(row(2).getByLabel(say('intake_status_stopped'))).toBeChecked();
	await pressContinue(page);
	await expect(page.getByRole('alert')).toContainText(
		`${say('wizard_list_medication_heading', { number: 1 })}: ${say('intake_medication_route_label')}`
	);
});

test('conditional questions appear only when they apply', async ({ page }) => {
	await completeIntake(page, {
		consent: answers.consent,
		about: answers.about,
		conditions: answers.conditions,
		medications: { medications: [], supplements: [], noneTaken: 'yes' }
	});
	await expectPage(page, 'health');
	await hydrated(page);
	const details = page.getByLabel(say('intake_health_transplant_details_label'));
	await expect(details).toBeHidden();
	const transplant = page.getByRole('group', { name: say('intake_health_transplant_label') });
	await transplant.getByLabel(say('intake_transplant_other')).check();
	await expect(details).toBeVisible();
	await transplant.getByLabel(say('intake_transplant_none'), { exact: true }).check();
	await expect(details).toBeHidden();
});

test('an unrecognised medicine is accepted and kept', async ({ page }) => {
	await completeIntake(page, {
		...answers,
		medications: {
			medications: [
				{ name: 'Percocet', route: 'mouth', status: 'current' },
				{ name: 'Zorbatrex', route: 'mouth', status: 'current' }
			],
			supplements: []
		}
	});
	await page.goto('/intake/medication-details');
	await expect(page.getByText(`Zorbatrex: ${say('wizard_recognised_unknown')}`)).toBeVisible();
	await expect(
		page.getByText('Percocet: contains acetaminophen and oxycodone, an opioid pain medicine.')
	).toBeVisible();
	await expect(page.getByRole('group', { name: /^About / })).toHaveCount(1);
	await page.goto('/intake/review');
	await expect(page.getByText('Zorbatrex')).toBeVisible();
});

test('daily oxycodone: flags are stored and the patient is told calmly what happens next', async ({
	page,
	state
}) => {
	await completeIntake(page, {
		...answers,
		about: { ...answers.about, email: 'oxy@example.com' },
		medications: {
			medications: [{ name: 'oxycodone 10 mg', route: 'mouth', status: 'current' }],
			supplements: []
		},
		'medication-details': { entries: [{ frequency: 'scheduled', lastDoseDate: daysAgo(1) }] }
	});
	await page.getByRole('button', { name: say('review_submit') }).click();
	await expectPage(page, 'done');
	await expect(page.getByText(say('wizard_done_contact'))).toBeVisible();
	await expect(
		page.getByRole('heading', { name: say('wizard_done_messages_title') })
	).toBeVisible();
	await expect(page.locator('main')).not.toContainText(/contraindicat|eligible/i);
	// The medicine safety sentence is said once, above the notes, and nothing reads as "stop now".
	await expect(page.getByText(say('wizard_done_keep_medicines'), { exact: true })).toHaveCount(1);
	await expect(page.locator('main')).not.toContainText(/stop taking|two weeks|notes above/i);
	const stored = await inDatabase(
		state,
		(sql) => sql`select i.triage, count(f.*)::int as flags from intakes i
			left join intake_flags f on f.intake_id = i.id
			where i.email = 'oxy@example.com' group by i.triage`
	);
	if (stored) {
		expect(stored[0]?.triage).toBe('not-eligible-now');
		expect(stored[0]?.flags).toBeGreaterThan(0);
	}
});

test('"Change" on the review page comes back to the review, through any step the change needs', async ({
	page
}) => {
	await completeIntake(page);
	const change = (title: string) =>
		page.getByRole('link', { name: `${say('review_edit_step')} ${say(title)}` });
	await change('intake_step_about_title').click();
	await expect(page).toHaveURL(/\/intake\/about\?from=review$/);
	await hydrated(page);
	await page.getByLabel(say('intake_about_first_name_label')).fill('Sam');
	await pressContinue(page);
	await expectPage(page, 'review');
	await expect(page.getByText('Sam', { exact: true })).toBeVisible();

	await change('intake_step_medications_title').click();
	await hydrated(page);
	const supplement = page.getByRole('group', {
		name: say('wizard_list_supplement_heading', { number: 1 }),
		exact: true
	});
	await supplement.getByLabel(say('intake_medication_name_label'), { exact: false }).fill('kratom');
	await supplement.getByLabel(say('intake_medication_route_label')).selectOption('mouth');
	await supplement.getByLabel(say('intake_status_current')).check();
	await pressContinue(page);
	await expect(page).toHaveURL(/\/intake\/medication-details\?from=review$/);
	await hydrated(page);
	await page
		.getByRole('group', { name: 'About kratom' })
		.getByLabel(say('intake_details_last_dose_date_label'))
		.fill(daysAgo(3));
	await pressContinue(page);
	await expectPage(page, 'review');
	await expect(page.getByText('kratom').first()).toBeVisible();
});

test('a state the clinic does not serve is named kindly, and the form goes on', async ({
	page
}) => {
	await startAndAnswer(page, 'ca@example.com', 'consent');
	await hydrated(page);
	await page.getByLabel(say('intake_about_state_label')).selectOption('CA');
	await expect(
		page.getByText(say('intake_about_state_outside_service', { state: 'California' }))
	).toBeVisible();
});

test('too many new forms from one address get a plain-words "please wait" page', async ({
	page,
	baseURL
}) => {
	// Each start is a new visitor: no resume cookie, so the consent step starts a new draft.
	const start = async () => {
		await page.context().clearCookies();
		return page.request.post('/intake/consent', {
			form: { privacyNotice: 'accepted', contactConsent: 'no', textConsent: 'no', website: '' },
			headers: { origin: baseURL!, accept: 'text/html', 'x-forwarded-for': '203.0.113.201' },
			maxRedirects: 0
		});
	};
	const statuses: number[] = [];
	for (let i = 0; i < 31; i++) statuses.push((await start()).status());
	expect(statuses.slice(0, 30).every((s) => s === 303)).toBe(true);
	const refused = await start();
	expect(refused.status()).toBe(429);
	expect(await refused.text()).toContain(say('wizard_error_busy_title'));
});
