// The done page with the most notes, in English and in Spanish, on a phone (issue 18: "a screenshot
// of the done page with the most notes, in both languages, that you look at on a phone"). A patient
// whose answers fire 26 of the 35 rules: opioids taken daily, now and then and in the past, an
// opioid-use treatment, kratom, high-dose loperamide, naltrexone in Contrave, immune and MS
// medicines, a steroid, thyroid medicine, and every health answer that has a note. Written to
// docs/screenshots/ (referenced from docs/patient-voice.md); `npm run screenshots` renews them.
import { STEP_IDS } from '../../src/lib/intake/step-ids';
import { test, hydrated } from './fixtures';
import { answers, daysAgo, expectPage, fillStep, say } from './wizard-helpers';

const row = (name: string, route = 'mouth', status = 'current') => ({ name, route, status });

const mostNotes = {
	...answers,
	about: { ...answers.about, email: 'most.notes@example.com', dateOfBirth: '1990-04-12' },
	conditions: {
		conditions: [
			'hashimotos',
			'lyme',
			'multiple-sclerosis',
			'opioid-use-disorder',
			'alcohol-use-disorder'
		],
		alcoholUseDisorderStatus: 'current',
		opioidUseDisorderStatus: 'remission',
		duration: '1-5-years'
	},
	medications: {
		medications: [
			row('OxyContin'),
			row('Percocet'),
			row('tramadol', 'mouth', 'stopped'),
			row('Humira', 'injection'),
			row('Xeljanz'),
			row('methotrexate'),
			row('Plaquenil'),
			row('prednisone'),
			row('Synthroid'),
			row('Ocrevus', 'infusion'),
			row('loperamide'),
			row('Lomotil'),
			row('Contrave'),
			row('Suboxone')
		],
		supplements: [row('kratom')]
	},
	// In the order the details step asks: every opioid, loperamide, Contrave, then kratom.
	'medication-details': {
		entries: [
			{ frequency: 'scheduled', lastDoseDate: daysAgo(0) },
			{ frequency: 'as-needed', lastDoseDate: daysAgo(2) },
			{ frequency: 'as-needed', lastDoseDate: daysAgo(40) },
			{ frequency: 'scheduled', dailyAmountMg: 64 },
			{ frequency: 'as-needed', lastDoseDate: daysAgo(5) },
			{ frequency: 'scheduled', lastDoseDate: daysAgo(0) },
			{ frequency: 'scheduled', lastDoseDate: daysAgo(0) },
			{ frequency: 'as-needed', lastDoseDate: daysAgo(1) }
		]
	},
	health: {
		pregnancy: 'trying-to-conceive',
		breastfeeding: 'yes',
		liver: ['chronic-hepatitis'],
		kidney: 'ckd',
		transplant: 'organ',
		allergyNaltrexone: 'yes',
		opioidMisuseHistory: 'yes',
		opioidTreatmentCurrent: 'yes',
		kratomUse: 'yes',
		alcoholDrinksPerWeek: 30,
		alcoholMaxPerDay: 8,
		alcoholUseDisorder: 'yes',
		mentalHealth: ['suicidal-thoughts-12m'],
		sleep: ['insomnia'],
		procedurePlanned: 'yes-date-unknown',
		ldnCurrent: 'yes',
		ldnDoseMg: 4.5,
		ldnForm: 'capsule',
		ldnFiller: 'unknown'
	}
};
const order = STEP_IDS;

test('the done page with the most notes, on a phone, in English and Spanish', async ({ page }) => {
	test.setTimeout(180_000);
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/');
	await hydrated(page);
	await page.getByRole('link', { name: say('wizard_landing_start') }).click();
	for (const stepId of order) {
		await expectPage(page, stepId);
		await hydrated(page);
		await fillStep(page, stepId, mostNotes[stepId]);
	}
	await expectPage(page, 'review');
	await page.getByRole('button', { name: say('review_submit') }).click();
	await expectPage(page, 'done');
	const shot = (language: string) =>
		page.screenshot({ path: `docs/screenshots/done-most-notes-${language}.png`, fullPage: true });
	await shot('en');
	await page.goto('/es/intake/done');
	await shot('es');
});
