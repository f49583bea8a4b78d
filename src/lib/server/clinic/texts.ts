// Questionnaire wording for staff pages. The staff side is in English; the intake's labels and
// options are message keys (src/lib/intake), resolved here through the Paraglide catalog so that
// clinicians read exactly the wording the patient answered (in English).
import { longDate } from '../../wizard/dates';
import {
	CONDITION_IDS,
	formatAnswer,
	getStep,
	isStepId,
	US_STATES,
	type AnyQuestion,
	type FormattedAnswer
} from '../../intake';
import { message } from '../../i18n/messages';

/** The English text of a message key (the key itself when the catalog has no such message). */
export function textOf(key: string, params: Record<string, string | number> = {}): string {
	return message(key, params) ?? key;
}

/** The patient's language in the staff's words ('Spanish'), for the queue, detail page and CSV. */
export const languageName = (locale: string | null | undefined) =>
	locale === 'es' ? 'Spanish' : 'English';

/** A formatted answer as one line of plain text. */
export function answerText(answer: FormattedAnswer): string {
	switch (answer.type) {
		case 'message':
			return textOf(answer.key, answer.params);
		case 'text':
			return answer.text;
		case 'date':
			return longDate(answer.iso, 'en-US');
		case 'list':
			return answer.items.map(answerText).join('; ');
		case 'fields':
			return answer.fields.map((f) => `${textOf(f.labelKey)}: ${answerText(f.value)}`).join(', ');
	}
}

/** The label of a question and the patient's answer to it, in words. */
export function describeAnswer(stepId: string, key: string, value: unknown) {
	const questions: readonly AnyQuestion[] = isStepId(stepId) ? getStep(stepId).questions : [];
	const question = questions.find((q) => q.key === key);
	if (!question) return { label: `${stepId}.${key}`, value: JSON.stringify(value) };
	// Evidence may name one box of a multi question ('hashimotos'): read it as a list of one.
	const answer = question.kind === 'multi' && typeof value === 'string' ? [value] : value;
	return { label: textOf(question.labelKey), value: answerText(formatAnswer(question, answer)) };
}

/** A condition id as the patient saw it ('crohns-disease' → "Crohn's disease"). */
export function conditionLabel(id: string): string {
	return (CONDITION_IDS as readonly string[]).includes(id)
		? textOf(`intake_condition_${id.replaceAll('-', '_')}`)
		: id;
}

export const conditionOptions = () =>
	CONDITION_IDS.map((id) => ({ value: id, label: conditionLabel(id) }));

/** "Texas (TX)", or the code when it is not a US state. */
export const stateName = (code: string | null) =>
	code && code in US_STATES ? `${US_STATES[code as keyof typeof US_STATES]} (${code})` : code;

/** Ten US digits as (512) 555-0142; anything else as stored. */
export function formatPhone(digits: string | null): string | null {
	if (!digits || !/^\d{10}$/.test(digits)) return digits;
	return `(${digits.slice(0, 3)}) ${digits.slice(3, 6)}-${digits.slice(6)}`;
}
