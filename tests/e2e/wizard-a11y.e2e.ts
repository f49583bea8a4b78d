// Accessibility of every patient page (axe, WCAG 2.0/2.1/2.2 A and AA): each step empty, each step
// with its errors shown, the review, done, save, resume and error pages, with and without
// JavaScript; and the JavaScript budget of the first step.
import { STEP_IDS } from '../../src/lib/intake/step-ids';
import { gzipSync } from 'node:zlib';
import { test, expect, hydrated } from './fixtures';
import {
	answers,
	expectNoAxeViolations,
	expectPage,
	fillStep,
	pressContinue,
	say
} from './wizard-helpers';

const order = STEP_IDS;

// axe runs inside the page, so "without JavaScript" is the server-rendered page with the app's
// scripts blocked: the same DOM a browser without JavaScript gets, and forms post natively.
for (const js of [true, false]) {
	test.describe(js ? 'with JavaScript' : 'without JavaScript (app scripts blocked)', () => {
		test('every page has no axe violations, with and without errors shown', async ({ page }) => {
			// About twenty axe scans and a whole intake: a minute alone, two beside the other worker
			// on a busy 2-core machine.
			test.setTimeout(300_000);
			if (!js) await page.route('**/_app/immutable/**/*.js', (route) => route.abort());
			const ready = async () => {
				if (js) await hydrated(page);
			};
			await page.goto('/');
			await ready();
			await expectNoAxeViolations(page);
			await page.getByRole('link', { name: say('wizard_landing_start') }).click();
			for (const stepId of order) {
				await expectPage(page, stepId);
				await ready();
				await expectNoAxeViolations(page);
				if (stepId !== 'medication-details') {
					// An empty medication list is a valid answer: a name without the rest is not.
					if (stepId === 'medications') {
						await page.getByLabel(say('intake_medication_name_label')).first().fill('Norco');
					}
					await pressContinue(page);
					await expect(page.getByRole('alert')).toBeVisible();
					await ready();
					await expectNoAxeViolations(page);
				}
				await fillStep(page, stepId, answers[stepId]);
			}
			await expectPage(page, 'review');
			await ready();
			await expectNoAxeViolations(page);
			await page.goto('/intake/save');
			await ready();
			await expectNoAxeViolations(page);
			await page.getByRole('button', { name: say('wizard_save_button') }).click();
			await expect(
				page.getByRole('heading', { name: say('wizard_save_code_label') })
			).toBeVisible();
			await expectNoAxeViolations(page);
			await page.goto('/intake/review');
			await ready();
			await page.getByRole('button', { name: say('review_submit') }).click();
			await expectPage(page, 'done');
			await expectNoAxeViolations(page);
			await page.goto('/es/intake/done');
			await expectNoAxeViolations(page);
			await page.goto('/intake/resume');
			await ready();
			await page.getByRole('button', { name: say('wizard_resume_submit') }).click();
			await expect(page.getByRole('alert')).toBeVisible();
			await expectNoAxeViolations(page);
			await page.goto('/intake/resume/not-a-token');
			await expectNoAxeViolations(page);
		});
	});
}

test('the first step loads at most 50 kB of JavaScript (gzip), all from our own origin', async ({
	page,
	baseURL
}) => {
	// Each script's size is read when its body has arrived; all are awaited before summing, and a
	// page that loaded no script at all would be a broken measurement, not a pass.
	const scripts: Promise<{ url: string; gzip: number }>[] = [];
	page.on('response', (response) => {
		if (response.request().resourceType() !== 'script') return;
		scripts.push(
			response.body().then((body) => ({
				url: response.url(),
				gzip: gzipSync(body, { level: 9 }).length
			}))
		);
	});
	await page.goto('/intake/consent', { waitUntil: 'networkidle' });
	await hydrated(page);
	const loaded = await Promise.all(scripts);
	const total = loaded.reduce((sum, s) => sum + s.gzip, 0);
	expect(loaded.length).toBeGreaterThan(0);
	expect(loaded.every((s) => s.url.startsWith(baseURL!))).toBe(true);
	expect(total, `${(total / 1024).toFixed(1)} kB in ${loaded.length} files`).toBeLessThanOrEqual(
		50 * 1024
	);
});
