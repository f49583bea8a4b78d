// Spanish pages name medicines in Spanish (issue 13 item 8, issue 18): the medication-details step
// says what it recognised with Spanish ingredient and class names, and the done page's notes put an
// English generic name the patient typed in Spanish, keeping brands as typed.
import es from '../../src/lib/i18n/messages/wizard/es.json' with { type: 'json' };
import { expect, test } from './fixtures';
import { answers, completeIntake, daysAgo, expectPage, say } from './wizard-helpers';

test('a Spanish page names ingredients in Spanish, on the details step and the done page', async ({
	page
}) => {
	await completeIntake(page, {
		...answers,
		about: { ...answers.about, email: 'spanish.names@example.com' },
		medications: {
			medications: [
				{ name: 'Percocet', route: 'mouth', status: 'current' },
				{ name: 'prednisone', route: 'mouth', status: 'current' }
			],
			supplements: []
		},
		'medication-details': { entries: [{ frequency: 'as-needed', lastDoseDate: daysAgo(20) }] }
	});
	await page.goto('/es/intake/medication-details');
	await expect(page.locator('main')).toContainText(
		'Percocet: contiene acetaminofén y oxicodona, un analgésico opioide.'
	);
	await expect(page.locator('main')).not.toContainText(/acetaminophen|oxycodone/);
	await page.goto('/intake/review');
	await page.getByRole('button', { name: say('review_submit') }).click();
	await expectPage(page, 'done');
	await page.goto('/es/intake/done');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(es.wizard_done_title);
	await expect(page.locator('main')).toContainText('Gracias por contarnos sobre prednisona.');
	await expect(page.locator('main')).toContainText('Percocet');
	await expect(page.locator('main')).not.toContainText(/prednisone|acetaminophen|oxycodone/);
});
