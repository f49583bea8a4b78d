// Medicine names checked with the patient (issue 12, item 3): suggestions while typing, a name we do
// not know pointed out at once with close names to pick from (JavaScript on), the same question on
// the medicine-details step (JavaScript off), a misspelt name read as a flagged medicine confirmed
// or refused, and the suggestion endpoint's limits.
import { test, expect, hydrated } from './fixtures';
import {
	completeIntake,
	expectPage,
	fillStep,
	pressContinue,
	say,
	untilMedications
} from './wizard-helpers';

const nameField = (page: import('@playwright/test').Page, row = 1) =>
	page
		.getByRole('group', {
			name: say('wizard_list_medication_heading', { number: row }),
			exact: true
		})
		.getByLabel(say('intake_medication_name_label'), { exact: true });

test.describe('with JavaScript', () => {
	test('suggests names while typing and points out a name we do not know at once', async ({
		page
	}) => {
		await completeIntake(page, untilMedications);
		await expectPage(page, 'medications');
		await hydrated(page);
		const name = nameField(page);
		await name.pressSequentially('ator', { delay: 40 });
		await expect(page.locator('#medication-names option[value="atorvastatin"]')).toHaveCount(1);

		await name.fill('');
		await name.pressSequentially('alegra', { delay: 30 });
		await name.press('Tab');
		const help = page.getByRole('status').filter({ hasText: '“alegra”' });
		await expect(help).toHaveText(say('wizard_name_help_close', { name: 'alegra' }));
		await page
			.getByRole('button', {
				name: say('wizard_name_help_use', { candidate: 'Allegra' }),
				exact: true
			})
			.click();
		await expect(name).toHaveValue('Allegra');
		await expect(name).toBeFocused();
		await expect(page.getByRole('status').filter({ hasText: 'alegra' })).toHaveCount(0);
		await expect(page.getByRole('button', { name: /^Use / })).toHaveCount(0);
	});

	test('a press that leaves the name field lands where it was aimed, though the name help appears', async ({
		page
	}) => {
		await completeIntake(page, untilMedications);
		await expectPage(page, 'medications');
		await hydrated(page);
		const row = page.getByRole('group', {
			name: say('wizard_list_medication_heading', { number: 1 }),
			exact: true
		});
		await nameField(page).fill('Zorbatrex');
		await expect(nameField(page)).toBeFocused();
		const current = row.getByLabel(say('intake_status_current'));
		await current.scrollIntoViewIfNeeded();
		const box = (await current.boundingBox())!;
		// A slow press: the name is checked (blur) on the way down, its answer comes back while the
		// button is still held; the line it shows must not move the radio from under the pointer.
		const checked = page.waitForResponse(
			(r) => r.url().endsWith('/intake/medicine-names') && r.request().postDataJSON()?.check
		);
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
		await page.mouse.down();
		await checked;
		await page.waitForTimeout(200); // what the page does with the answer, before the release
		await page.mouse.up();
		await expect(current).toBeChecked();
		await expect(page.getByRole('status').filter({ hasText: 'Zorbatrex' })).toHaveText(
			say('wizard_name_help_unknown', { name: 'Zorbatrex' })
		);
	});

	test('asks about a misspelt name read as a medicine that matters, and the answer is kept', async ({
		page
	}) => {
		await completeIntake(page, untilMedications);
		await expectPage(page, 'medications');
		await hydrated(page);
		await nameField(page).fill('humra');
		await nameField(page).press('Tab');
		await expect(page.getByRole('status').filter({ hasText: 'humra' })).toContainText(
			say('wizard_name_help_confirm', { name: 'humra', candidate: 'Humira' })
		);
		// Not picked here: the medicine-details step asks again.
		await fillStep(page, 'medications', {
			medications: [{ route: 'injection', status: 'current' }],
			supplements: []
		});
		await expectPage(page, 'medication-details');
		await hydrated(page);
		const question = page.getByRole('group', {
			name: say('wizard_name_check_confirm', { name: 'humra', candidate: 'Humira' })
		});
		await pressContinue(page);
		await expect(page.getByRole('alert')).toBeFocused();
		await question.getByLabel(say('wizard_name_check_yes', { candidate: 'Humira' })).check();
		await pressContinue(page);
		await expectPage(page, 'health');
		await page.goto('/intake/medications');
		await expect(nameField(page)).toHaveValue('Humira');
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the medicine-details step offers close names, and a pick needing details asks for them', async ({
		page
	}) => {
		await completeIntake(page, untilMedications, { js: false });
		await fillStep(page, 'medications', {
			medications: [
				{ name: 'alegra', route: 'mouth', status: 'current' },
				{ name: 'tramadl', route: 'mouth', status: 'current' }
			],
			supplements: []
		});
		await expectPage(page, 'medication-details');
		await expect(page.getByRole('heading', { name: say('wizard_name_check_title') })).toBeVisible();

		// Nothing picked: each question says so, and nothing is saved.
		await pressContinue(page);
		await expect(page.getByRole('alert')).toContainText(
			say('wizard_name_check_error_heading', { name: 'alegra' })
		);

		await page
			.getByRole('group', { name: say('wizard_name_check_unknown', { name: 'alegra' }) })
			.getByLabel('Allegra', { exact: true })
			.check();
		await page
			.getByRole('group', {
				name: say('wizard_name_check_confirm', { name: 'tramadl', candidate: 'tramadol' })
			})
			.getByLabel(say('wizard_name_check_yes', { candidate: 'tramadol' }))
			.check();
		// The last dose given about "tramadl" is the last dose of tramadol.
		await page
			.getByRole('group', { name: /tramadl/ })
			.getByLabel(say('intake_details_last_dose_date_label'), { exact: false })
			.first()
			.fill('2026-11-01');
		await pressContinue(page);
		await expectPage(page, 'health');

		await page.goto('/intake/medications');
		await expect(nameField(page, 1)).toHaveValue('Allegra');
		await expect(nameField(page, 2)).toHaveValue('tramadol');
		await page.goto('/intake/medication-details');
		await expect(
			page
				.getByRole('group', { name: /tramadol/ })
				.getByLabel(say('intake_details_last_dose_date_label'), { exact: false })
				.first()
		).toHaveValue('2026-11-01');
		await expect(page.getByRole('heading', { name: say('wizard_name_check_title') })).toHaveCount(
			0
		);
	});

	test('a name kept as written is not asked about again', async ({ page }) => {
		await completeIntake(page, untilMedications, { js: false });
		await fillStep(page, 'medications', {
			medications: [{ name: 'humra', route: 'injection', status: 'current' }],
			supplements: []
		});
		await expectPage(page, 'medication-details');
		await page.getByLabel(say('wizard_name_check_no', { name: 'humra' })).check();
		await pressContinue(page);
		await expectPage(page, 'health');
		// Back through the medicines step unchanged: no question again.
		await page.goto('/intake/medications');
		await pressContinue(page);
		await expectPage(page, 'health');
	});
});

test('the suggestion endpoint answers JSON only, stores nothing and limits each address', async ({
	request
}) => {
	const headers = { 'x-forwarded-for': '192.0.2.77', 'content-type': 'application/json' };
	const ok = await request.post('/intake/medicine-names', {
		headers,
		data: { q: 'alegra', check: true, locale: 'en' }
	});
	expect(ok.status()).toBe(200);
	expect(ok.headers()['cache-control']).toBe('no-store');
	expect(await ok.json()).toMatchObject({
		verdict: { status: 'unknown', candidates: ['Allegra', 'Allegra-D'] }
	});

	for (const bad of [
		'not json',
		JSON.stringify({ q: 'x'.repeat(101) }),
		JSON.stringify({ q: 3 })
	]) {
		const response = await request.post('/intake/medicine-names', { headers, data: bad });
		expect(response.status()).toBe(400);
	}

	const burst = await Promise.all(
		Array.from({ length: 130 }, () =>
			request.post('/intake/medicine-names', {
				headers: { ...headers, 'x-forwarded-for': '192.0.2.78' },
				data: { q: 'ator' }
			})
		)
	);
	const statuses = burst.map((r) => r.status());
	expect(statuses.filter((s) => s === 200).length).toBe(120);
	expect(statuses.filter((s) => s === 429).length).toBe(10);
	expect(burst.find((r) => r.status() === 429)?.headers()['retry-after']).toMatch(/^\d+$/);
});
