// Full-page screenshots of every patient page at phone and laptop sizes, for people to look at
// (`npm run screenshots`, PNGs under test-results/screenshots/). Not part of the test suite.
import { STEP_IDS } from '../../src/lib/intake/step-ids';
import { test, hydrated } from './fixtures';
import { answers, expectPage, fillStep, pressContinue, say } from './wizard-helpers';

const sizes = [
	{ name: 'phone', width: 390, height: 844 },
	{ name: 'laptop', width: 1280, height: 800 }
];
const order = STEP_IDS;

for (const size of sizes) {
	test(`every page at ${size.name} size`, async ({ page }) => {
		test.setTimeout(120_000);
		await page.setViewportSize(size);
		const shot = (name: string) =>
			page.screenshot({
				path: `test-results/screenshots/${size.name}-${name}.png`,
				fullPage: true
			});
		await page.goto('/');
		await hydrated(page);
		await shot('00-landing');
		await page.getByRole('link', { name: say('wizard_landing_start') }).click();
		for (const [i, stepId] of order.entries()) {
			await expectPage(page, stepId);
			await hydrated(page);
			await shot(`${String(i + 1).padStart(2, '0')}-${stepId}`);
			if (stepId === 'about' || stepId === 'health') {
				await pressContinue(page);
				await page.getByRole('alert').first().waitFor();
				await shot(`${String(i + 1).padStart(2, '0')}-${stepId}-errors`);
			}
			await fillStep(page, stepId, answers[stepId]);
		}
		await expectPage(page, 'review');
		await shot('08-review');
		await page.goto('/intake/save');
		await page.getByRole('button', { name: say('wizard_save_button') }).click();
		await page.getByRole('heading', { name: say('wizard_save_code_label') }).waitFor();
		await shot('09-save');
		await page.goto('/intake/review');
		await page.getByRole('button', { name: say('review_submit') }).click();
		await expectPage(page, 'done');
		await shot('10-done');
		await page.goto('/es/intake/done');
		await shot('11-done-es');
		await page.goto('/intake/resume');
		await shot('12-resume');
		await page.goto('/intake/medications');
		await shot('13-submitted');
	});
}
