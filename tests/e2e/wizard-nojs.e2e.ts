// The patient wizard with JavaScript off: plain POSTs, server validation, 303 between steps, the
// "Add another" round trip, and conditional questions shown with their condition in words.
// Runs only in the no-js project of .config/playwright.config.ts (JavaScript off).
import { test, expect } from './fixtures';
import {
	answers,
	completeIntake,
	expectPage,
	fillStep,
	pressContinue,
	say,
	untilMedications
} from './wizard-helpers';

test.describe('without JavaScript', { tag: '@no-js' }, () => {
	test('a patient goes from the start page to the done page without JavaScript', async ({
		page
	}) => {
		await completeIntake(page, answers, { js: false });
		await page.getByRole('button', { name: say('review_submit') }).click();
		await expectPage(page, 'done');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(say('wizard_done_title'));
	});

	test('switching language keeps what was typed and saves nothing, consent included', async ({
		page
	}) => {
		await page.goto('/intake/consent');
		await page.getByLabel(say('intake_consent_privacy_notice_label')).check();
		await page.getByRole('button', { name: 'Español' }).click();
		await expect(page).toHaveURL(/\/es\/intake\/consent$/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'es');
		await expect(page.getByRole('checkbox').first()).toBeChecked();
		// Switching language is not consent: there is still no draft to go on with.
		await page.goto('/es/intake/about');
		await expect(page).toHaveURL(/\/es\/intake\/consent$/);

		await completeIntake(page, { consent: answers.consent }, { js: false });
		await expectPage(page, 'about');
		await page.getByLabel(say('intake_about_first_name_label')).fill('Alexa');
		await page.getByRole('button', { name: 'Español' }).click();
		await expect(page).toHaveURL(/\/es\/intake\/about$/);
		await expect(page.getByLabel('Nombre', { exact: true })).toHaveValue('Alexa');
	});

	test('the server answers bad input with the errors and the values as typed', async ({ page }) => {
		await completeIntake(page, { consent: answers.consent }, { js: false });
		await expectPage(page, 'about');
		await page.getByLabel(say('intake_about_first_name_label')).fill('Alex');
		await page.getByLabel(say('intake_about_phone_label')).fill('12');
		const response = page.waitForResponse((r) => r.request().method() === 'POST');
		await pressContinue(page);
		expect((await response).status()).toBe(400);
		const summary = page.getByRole('alert');
		await expect(summary).toBeFocused();
		await expect(summary).toContainText(say('error_invalid_phone'));
		await expect(page.getByLabel(say('intake_about_first_name_label'))).toHaveValue('Alex');
		await expect(page.getByLabel(say('intake_about_phone_label'))).toHaveValue('12');
		await page.goto('/intake/conditions');
		await expectPage(page, 'about');
		await expect(page.getByLabel(say('intake_about_first_name_label'))).toHaveValue('');
	});

	test('"Add another" posts the rows back with one more, without saving', async ({ page }) => {
		await completeIntake(page, untilMedications, { js: false });
		await expectPage(page, 'medications');
		const row = (n: number) =>
			page.getByRole('group', {
				name: say('wizard_list_medication_heading', { number: n }),
				exact: true
			});
		await expect(row(3)).toBeVisible();
		await expect(row(4)).toHaveCount(0);
		await expect(page.getByRole('button', { name: say('wizard_list_remove') })).toHaveCount(0);
		for (const [i, name] of ['Norco', 'Humira', 'Synthroid'].entries()) {
			await row(i + 1)
				.getByLabel(say('intake_medication_name_label'), { exact: false })
				.fill(name);
		}
		await page.getByRole('button', { name: say('wizard_list_add_medication') }).click();
		await expectPage(page, 'medications');
		await expect(row(4)).toBeVisible();
		await expect(
			row(4).getByLabel(say('intake_medication_name_label'), { exact: false })
		).toBeFocused();
		await expect(
			row(3).getByLabel(say('intake_medication_name_label'), { exact: false })
		).toHaveValue('Synthroid');
		await page.goto('/intake/health');
		await expectPage(page, 'medications');
		await expect(
			row(1).getByLabel(say('intake_medication_name_label'), { exact: false })
		).toHaveValue('');
	});

	test('conditional questions are shown with their condition, and stale answers are dropped', async ({
		page
	}) => {
		await completeIntake(
			page,
			{ ...untilMedications, medications: { medications: [], supplements: [], noneTaken: 'yes' } },
			{ js: false }
		);
		await expectPage(page, 'health');
		const details = page.getByLabel(say('intake_health_transplant_details_label'));
		await expect(details).toBeVisible();
		await expect(
			page.getByText(say('wizard_condition_hint', { answer: say('intake_transplant_other') }))
		).toBeVisible();
		await details.fill('a knee graft');
		await fillStep(page, 'health', answers.health);
		await expectPage(page, 'goals');
		await fillStep(page, 'goals', answers.goals);
		await expectPage(page, 'review');
		await expect(page.getByText(say('intake_health_transplant_details_label'))).toHaveCount(0);
		await expect(page.getByText('a knee graft')).toHaveCount(0);
	});
});
