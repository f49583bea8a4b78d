// How the done page's notes name a medicine (docs/patient-voice.md §2): as the patient typed it;
// a misspelt name by what it was read as (issue 13), its brand or its ingredients in the page's
// language (issue 13 item 8), so a Spanish page never shows an English ingredient.
import { describe, expect, it } from 'vitest';
import { ago, run, withMeds } from './helpers';

const firstNote = (name: string, locale: 'en' | 'es') =>
	run(withMeds({ name, frequency: 'scheduled', lastDoseDate: ago(0) }), { locale }).flags[0]
		?.patientMessage;

describe('medicine names in the patient notes', () => {
	it.each([
		['Norco', 'Norco', 'Norco'],
		['oxycodone 10 mg', 'oxycodone 10 mg', 'oxycodone 10 mg'],
		['oxicodona', 'oxicodona', 'oxicodona'],
		['oxycodne', 'oxycodone', 'oxicodona'],
		['oxicodna', 'oxycodone', 'oxicodona'],
		['Percocett', 'Percocet', 'Percocet'],
		['percet', 'acetaminophen and oxycodone', 'acetaminofén y oxicodona'],
		['hydocodone', 'acetaminophen and hydrocodone', 'acetaminofén e hidrocodona']
	])('%s reads as "%s" in English and "%s" in Spanish', (typed, english, spanish) => {
		expect(firstNote(typed, 'en')).toContain(`Thanks for telling us about ${english}.`);
		expect(firstNote(typed, 'es')).toContain(`Gracias por contarnos sobre ${spanish}.`);
	});
});
