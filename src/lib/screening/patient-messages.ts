// Renders a rule's patient wording with the generated Paraglide message functions. The wording lives
// in src/lib/i18n/messages/screening/{en,es}.json; `npm run i18n` compiles it.
import * as m from '../paraglide/messages.js';
import type { Evidence, Locale } from './types';

type MessageFunction = (inputs: { med: string }, options: { locale: Locale }) => string;

/** The screening messages by key, looked up once. */
const messages = new Map<string, MessageFunction>(
	Object.entries(m)
		.filter(([key, fn]) => key.startsWith('screening_') && typeof fn === 'function')
		.map(([key, fn]) => [key, fn as MessageFunction])
);

const lists: Record<Locale, Intl.ListFormat> = {
	en: new Intl.ListFormat('en', { type: 'conjunction' }),
	es: new Intl.ListFormat('es', { type: 'conjunction' })
};
const fallback: Record<Locale, string> = { en: 'this medicine', es: 'este medicamento' };

/** The medicines as the patient typed them, e.g. "Norco and tramadol" / "Norco y tramadol". */
function medicineNames(evidence: Evidence[], locale: Locale): string {
	const names: string[] = [];
	for (const e of evidence) {
		const name = e.kind === 'medication' ? e.typed.trim() : e.key === 'kratomUse' ? 'kratom' : '';
		if (name && !names.includes(name)) names.push(name);
	}
	if (names.length === 0) return fallback[locale];
	return names.length === 1 ? (names[0] as string) : lists[locale].format(names);
}

/** The patient wording of one flag in the given locale. */
export function renderPatientMessage(key: string, evidence: Evidence[], locale: Locale): string {
	const message = messages.get(key);
	if (!message) throw new Error(`Unknown patient message key '${key}'`);
	return message({ med: medicineNames(evidence, locale) }, { locale });
}
