// How the done page's notes name a medicine (docs/patient-voice.md §2): as the patient typed it,
// with English ingredient names in Spanish on a Spanish page (issue 13 item 8); a misspelt name by
// what it was read as (issue 13), its brand or its ingredients in the page's language.
import { describe, expect, it } from 'vitest';
import { patientMessage } from '../../../src/lib/i18n/screening';
import { ago, run, type MedSpec, withMeds } from './helpers';

const note = (spec: MedSpec, locale: 'en' | 'es') => {
	const flag = run(withMeds(spec)).flags[0];
	return flag && patientMessage(flag, locale);
};
const opioid = (name: string): MedSpec => ({ name, frequency: 'scheduled', lastDoseDate: ago(0) });

describe('medicine names in the patient notes', () => {
	it.each([
		['Norco', 'Norco', 'Norco'],
		['oxycodone 10 mg', 'oxycodone 10 mg', 'oxicodona 10 mg'],
		['Oxycodone', 'Oxycodone', 'oxicodona'],
		['oxicodona', 'oxicodona', 'oxicodona'],
		['hydrocodone/APAP', 'hydrocodone/APAP', 'hidrocodona/APAP'],
		['oxycodne', 'oxycodone', 'oxicodona'],
		['oxicodna', 'oxycodone', 'oxicodona'],
		['Percocett', 'Percocet', 'Percocet'],
		['percet', 'acetaminophen and oxycodone', 'acetaminofén y oxicodona'],
		['hydocodone', 'acetaminophen and hydrocodone', 'acetaminofén e hidrocodona']
	])('%s reads as "%s" in English and "%s" in Spanish', (typed, english, spanish) => {
		expect(note(opioid(typed), 'en')).toContain(`Thanks for telling us about ${english}.`);
		expect(note(opioid(typed), 'es')).toContain(`Gracias por contarnos sobre ${spanish}.`);
	});

	it('puts English generic names in Spanish in every note that names a medicine', () => {
		expect(note({ name: 'prednisone 20 mg' }, 'es')).toContain('sobre prednisona 20 mg.');
		expect(note({ name: 'methotrexate' }, 'es')).toContain('sobre metotrexato.');
		expect(note({ name: 'methotrexate' }, 'en')).toContain('about methotrexate.');
		const loperamide = { name: 'loperamide', frequency: 'scheduled', dailyAmountMg: 64 } as const;
		expect(note(loperamide, 'es')).toContain('la cantidad de loperamida que toma');
	});
});
