// Nothing typed is lost (issue 13): on every step, with JavaScript on and off, in English and
// Spanish, arriving by client-side navigation and by a full page load, the patient types every
// answer key by key, leaves one required answer empty and presses Continue: the step comes back
// with its errors and every other value exactly as typed. And Enter in a text field moves on (or
// shows the errors) in the same language, never switching it.
import type { Browser, Page } from '@playwright/test';
import { test, expect, hydrated } from './fixtures';
import { daysAgo } from './wizard-helpers';

type Answer = string | string[];
type Fields = Record<string, Answer>;

interface StepCase {
	id: string;
	/** Every control of the step by input name, as the patient fills it. */
	fields: Fields;
	/** The required answer left empty first. */
	omit: string;
	/** A required text field to press Enter in, if the step has one. */
	enter?: string;
}

const STEPS: StepCase[] = [
	{
		id: 'consent',
		fields: { privacyNotice: 'accepted', contactConsent: 'yes', textConsent: 'no' },
		omit: 'contactConsent'
	},
	{
		id: 'about',
		fields: {
			firstName: 'María José',
			lastName: "O'Brien-Núñez",
			email: 'maria.typing@example.com',
			phone: '512-555-0134',
			preferredContact: 'phone',
			dateOfBirth: '1980-04-12',
			sexAtBirth: 'female',
			state: 'TX',
			heardAbout: 'friend-family'
		},
		omit: 'sexAtBirth',
		enter: 'firstName'
	},
	{
		id: 'conditions',
		fields: {
			conditions: ['fibromyalgia', 'hashimotos'],
			otherConditions: 'Migraines since 2019, worse in winter.',
			duration: '1-5-years'
		},
		omit: 'duration'
	},
	{
		id: 'medications',
		fields: {
			'medications[0].name': 'Levothyroxine',
			'medications[0].dose': '75 mcg',
			'medications[0].route': 'mouth',
			'medications[0].status': 'current',
			'medications[0].reason': 'Thyroid',
			'medications[1].name': 'Percocet',
			'medications[1].dose': '5/325 mg',
			'medications[1].route': 'mouth',
			'medications[1].status': 'current',
			'medications[1].reason': 'Back pain',
			'supplements[0].name': 'Magnesium glycinate',
			'supplements[0].dose': '200 mg',
			'supplements[0].route': 'mouth',
			'supplements[0].status': 'current'
		},
		omit: 'medications[0].route',
		enter: 'medications[0].name'
	},
	{
		id: 'medication-details',
		fields: { 'entries[0].frequency': 'as-needed', 'entries[0].lastDoseDate': daysAgo(20) },
		omit: 'entries[0].lastDoseDate',
		enter: 'entries[0].lastDoseDate'
	},
	{
		id: 'health',
		fields: {
			pregnancy: 'none',
			breastfeeding: 'no',
			liver: ['_none'],
			kidney: 'none',
			transplant: 'none',
			allergyNaltrexone: 'no',
			allergies: 'Penicillin (rash)',
			opioidMisuseHistory: 'no',
			opioidTreatmentCurrent: 'no',
			kratomUse: 'no',
			alcoholDrinksPerWeek: '2',
			alcoholMaxPerDay: '1',
			alcoholUseDisorder: 'no',
			mentalHealth: ['_none'],
			sleep: ['_none'],
			procedurePlanned: 'no',
			ldnCurrent: 'no'
		},
		omit: 'ldnCurrent',
		enter: 'alcoholDrinksPerWeek'
	},
	{
		id: 'goals',
		fields: { goals: ['less-pain', 'more-energy'], trialAcknowledged: 'yes' },
		omit: 'trialAcknowledged'
	}
];

// A control that is not there fails fast instead of waiting out the test.
test.use({ actionTimeout: 10_000 });

const field = (page: Page, name: string) => page.locator(`form#step-form [name="${name}"]`);

/** Types or ticks one answer as a person does: text key by key, boxes and options by clicking. */
async function setAnswer(page: Page, name: string, value: Answer) {
	const controls = field(page, name);
	const first = controls.first();
	const tag = await first.evaluate((el) => el.tagName.toLowerCase());
	const type = await first.evaluate((el) => (el as HTMLInputElement).type);
	if (tag === 'select') return void (await first.selectOption(String(value)));
	if (type === 'radio' || type === 'checkbox') {
		for (const v of Array.isArray(value) ? value : [value])
			await controls.and(page.locator(`[value="${v}"]`)).check();
		return;
	}
	await first.focus();
	if (type === 'date') {
		const [y, m, d] = String(value).split('-');
		return first.pressSequentially(`${m}${d}${y}`);
	}
	await first.pressSequentially(String(value));
}

/** What the form shows now for one answer (same shape as set). */
async function shownAnswer(page: Page, name: string, like: Answer): Promise<Answer> {
	const controls = field(page, name);
	const first = controls.first();
	const type = await first.evaluate((el) => (el as HTMLInputElement).type);
	if (type === 'radio' || type === 'checkbox') {
		const ticked = await controls.evaluateAll((els) =>
			els
				.filter((el) => (el as HTMLInputElement).checked)
				.map((el) => (el as HTMLInputElement).value)
		);
		return Array.isArray(like) ? ticked : (ticked[0] ?? '');
	}
	return first.inputValue();
}

async function expectValues(page: Page, fields: Fields) {
	for (const [name, value] of Object.entries(fields)) {
		expect.soft(await shownAnswer(page, name, value), name).toEqual(value);
	}
}

const continueButton = (page: Page) =>
	page.locator('form#step-form .actions button[type="submit"]:not([name])');

/** A browser of its own (JavaScript on or off) on the first step, in `locale`. */
async function openConsent(browser: Browser, clientIp: string, js: boolean, locale: 'en' | 'es') {
	const context = await browser.newContext({
		javaScriptEnabled: js,
		extraHTTPHeaders: { 'x-forwarded-for': clientIp }
	});
	const page = await context.newPage();
	const prefix = locale === 'es' ? '/es' : '';
	await page.goto(`${prefix}/intake/consent`);
	return { context, page, prefix };
}

// Tagged @no-js: also runs in the JavaScript-off project (.config/playwright.config.ts), where a
// reload is the only way to arrive without client-side navigation.
for (const locale of ['en', 'es'] as const)
	for (const arrival of ['navigation', 'reload'] as const)
		test(
			`every typed value survives a validation error: ${locale}, arriving by ${arrival}`,
			{ tag: arrival === 'reload' ? '@no-js' : [] },
			async ({ browser, clientIp, javaScriptEnabled: js }) => {
				test.setTimeout(180_000);
				const { context, page, prefix } = await openConsent(browser, clientIp, js, locale);
				for (const step of STEPS) {
					await expect(page).toHaveURL(new RegExp(`${prefix}/intake/${step.id}$`));
					if (arrival === 'reload') await page.reload();
					if (js) await hydrated(page);
					const { [step.omit]: omitted, ...rest } = step.fields;
					for (const [name, value] of Object.entries(rest)) await setAnswer(page, name, value);
					await continueButton(page).click();
					await expect(page.getByRole('alert')).toBeVisible();
					await expect(page).toHaveURL(new RegExp(`${prefix}/intake/${step.id}$`));
					await expect(page.locator('html')).toHaveAttribute('lang', locale);
					await expectValues(page, rest);
					await setAnswer(page, step.omit, omitted as Answer);
					await continueButton(page).click();
					await expect(page).not.toHaveURL(new RegExp(`/intake/${step.id}$`));
				}
				await expect(page).toHaveURL(new RegExp(`${prefix}/intake/review$`));
				await context.close();
			}
		);

for (const locale of ['en', 'es'] as const)
	test(
		`Enter in a text field moves on in the same language: ${locale}`,
		{ tag: '@no-js' },
		async ({ browser, clientIp, javaScriptEnabled: js }) => {
			test.setTimeout(120_000);
			const { context, page, prefix } = await openConsent(browser, clientIp, js, locale);
			for (const step of STEPS) {
				await expect(page).toHaveURL(new RegExp(`${prefix}/intake/${step.id}$`));
				if (js) await hydrated(page);
				for (const [name, value] of Object.entries(step.fields)) await setAnswer(page, name, value);
				if (!step.enter) {
					await continueButton(page).click();
					continue;
				}
				// Empty first: Enter shows the errors, in this language, on this page.
				const input = () => field(page, step.enter as string).first();
				const kept = await input().inputValue();
				await input().fill('');
				await input().press('Enter');
				await expect(page).toHaveURL(new RegExp(`${prefix}/intake/${step.id}$`));
				await expect(page.getByRole('alert')).toBeVisible();
				await expect(page.locator('html')).toHaveAttribute('lang', locale);
				await input().fill(kept);
				await input().press('Enter');
				await expect(page).not.toHaveURL(new RegExp(`/intake/${step.id}$`));
				await expect(page.locator('html')).toHaveAttribute('lang', locale);
			}
			await expect(page).toHaveURL(new RegExp(`${prefix}/intake/review$`));
			await context.close();
		}
	);

test('typed but not sent: a reload or Back and forth brings it back; a saved step keeps no copy', async ({
	page
}) => {
	test.setTimeout(120_000);
	await page.goto('/intake/consent');
	await hydrated(page);
	for (const [name, value] of Object.entries(STEPS[0]!.fields)) await setAnswer(page, name, value);
	await continueButton(page).click();
	await expect(page).toHaveURL(/\/intake\/about$/);
	await hydrated(page);
	const about = STEPS[1]!.fields;
	for (const [name, value] of Object.entries(about)) await setAnswer(page, name, value);
	await page.reload();
	await hydrated(page);
	await expectValues(page, about);
	await page.getByRole('link', { name: 'Back' }).click();
	await expect(page).toHaveURL(/\/intake\/consent$/);
	// The "Back" link adds a page to the history: the browser's back button returns to this one.
	await page.goBack();
	await expect(page).toHaveURL(/\/intake\/about$/);
	await expect(field(page, 'firstName')).toBeVisible();
	await expectValues(page, about);
	await continueButton(page).click();
	await expect(page).toHaveURL(/\/intake\/conditions$/);
	const kept = () =>
		page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith('ldn-unsaved:')));
	// Saved: the about page's copy is gone.
	await expect.poll(kept).not.toContain('ldn-unsaved:about');
	await hydrated(page);
	await setAnswer(page, 'otherConditions', 'Typed, not sent');
	await expect.poll(kept).toContain('ldn-unsaved:conditions');
});
