// A flag's patient wording: its message key (the engine's Rule.patientMessageKey) rendered in the
// patient's language, with the medicines it is about named as the patient knows them.
import type { Evidence, Locale } from '../screening';
import { patientMedicineNames } from '../screening/patient-names';
import { message } from './messages';

/** The patient wording of one flag in `locale`. Throws for a key the catalog does not have. */
export function patientMessage(
	flag: { readonly patientMessageKey: string; readonly evidence: readonly Evidence[] },
	locale: Locale
): string {
	const text = message(
		flag.patientMessageKey,
		{ med: patientMedicineNames(flag.evidence, locale) },
		locale
	);
	if (text === undefined)
		throw new Error(`Unknown patient message key '${flag.patientMessageKey}'`);
	return text;
}
