// Screenshots of the medicine-name checks (issue 12): the line under a name we do not know, on the
// medicines step with JavaScript, and the questions of the medicine-details step, in English and
// Spanish on a phone (`npm run screenshots`, PNGs under test-results/screenshots/).
import { test, hydrated } from './fixtures';
import { answers, completeIntake, expectPage } from './wizard-helpers';

for (const lang of ['en', 'es'] as const) {
	test(`medicine names checked, ${lang}, phone`, async ({ page }) => {
		test.setTimeout(120_000);
		await page.setViewportSize({ width: 390, height: 844 });
		const shot = (name: string) =>
			page.screenshot({
				path: `test-results/screenshots/phone-names-${lang}-${name}.png`,
				fullPage: true
			});
		await completeIntake(page, {
			consent: answers.consent,
			about: answers.about,
			conditions: answers.conditions
		});
		await expectPage(page, 'medications');
		if (lang === 'es') {
			await page.getByRole('button', { name: 'Español' }).click();
			await page.waitForURL(/\/es\/intake\/medications$/);
		}
		await hydrated(page);
		const name = page.locator('input[name="medications[0].name"]');
		await name.pressSequentially('alegra', { delay: 30 });
		await name.press('Tab');
		await page.getByRole('status').filter({ hasText: 'alegra' }).waitFor();
		await shot('1-medicines');
		await name.fill('alegra');
		await page.locator('input[name="medications[1].name"]').fill('tramadl');
		await page.locator('select[name="medications[0].route"]').selectOption('mouth');
		await page.locator('input[name="medications[0].status"][value="current"]').check();
		await page.locator('select[name="medications[1].route"]').selectOption('mouth');
		await page.locator('input[name="medications[1].status"][value="current"]').check();
		await page.locator('form button[type="submit"]:not([name])').first().click();
		await page.waitForURL(/medication-details$/);
		await hydrated(page);
		await shot('2-details');
	});
}
