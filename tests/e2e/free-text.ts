// Helpers for the privacy and hostile-input tests: an intake whose every free-text answer is
// chosen by the test (typed into the wizard like a patient would), the newest intake in the
// clinician's queue, and a received email's text with its transfer encodings undone.
import { expect, type Page } from '@playwright/test';
import type { StepId } from '../../src/lib/intake/steps';
import { queueRows } from './clinic-helpers';
import { answers, completeIntake, expectPage, say } from './wizard-helpers';

/** Every free-text question of the wizard (names, conditions, medication, allergies, goals). */
export type FreeText = {
	firstName: string;
	lastName: string;
	otherConditions: string;
	medication: string;
	dose: string;
	reason: string;
	allergies: string;
	goalsOther: string;
};

/** A complete intake with `text` in its free-text answers (no medication follow-up step). */
export const freeTextAnswers = (
	text: FreeText,
	email: string
): Partial<Record<StepId, Record<string, unknown>>> => ({
	consent: answers.consent,
	about: { ...answers.about, firstName: text.firstName, lastName: text.lastName, email },
	conditions: {
		conditions: ['fibromyalgia'],
		otherConditions: text.otherConditions,
		duration: '1-5-years'
	},
	medications: {
		medications: [
			{
				name: text.medication,
				dose: text.dose,
				route: 'mouth',
				status: 'current',
				reason: text.reason
			}
		],
		supplements: []
	},
	health: { ...answers.health, allergies: text.allergies },
	goals: { goals: ['less-pain', 'other'], goalsOther: text.goalsOther, trialAcknowledged: 'yes' }
});

/**
 * Fills the wizard with `text`, optionally asks for the resume link by email, runs `onReview` on
 * the review page, and submits.
 */
export async function submitFreeText(
	page: Page,
	text: FreeText,
	email: string,
	{
		saveForLater = false,
		onReview
	}: { saveForLater?: boolean; onReview?: (page: Page) => Promise<void> } = {}
) {
	await completeIntake(page, freeTextAnswers(text, email));
	await onReview?.(page);
	if (saveForLater) {
		await page.goto('/intake/save');
		await page.getByRole('button', { name: say('wizard_save_button') }).click();
		await expect(page.getByText(say('wizard_save_emailed'))).toBeVisible();
		await page.goto('/intake/review');
	}
	await page.getByRole('button', { name: say('review_submit') }).click();
	await expectPage(page, 'done');
}

/** The id of the newest submitted intake (the queue's first row), as a signed-in clinician. */
export async function newestIntake(page: Page): Promise<string> {
	await page.goto('/clinic');
	const [id] = await queueRows(page);
	expect(id).toBeTruthy();
	return id!;
}

/** A raw email with quoted-printable and base64 parts decoded, so nothing hides in the encoding. */
export function mailText(raw: string): string {
	const qp = raw
		.replace(/=\r?\n/g, '')
		.replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
	const base64 = [...raw.matchAll(/\r?\n\r?\n([A-Za-z0-9+/=\r\n]{16,})(?=\r?\n--|\s*$)/g)].map(
		(m) => Buffer.from(m[1]!.replace(/\s/g, ''), 'base64').toString('utf8')
	);
	return [raw, qp, ...base64].join('\n');
}
