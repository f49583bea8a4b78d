// The intake as a FHIR R4 Questionnaire, derived from the questionnaire model (src/lib/intake): one
// group per step, one item per question, in the wizard's order.
//
// linkIds: a group's linkId is its step id; a question's is `stepId.questionKey`, the path of its
// answer in the stored intake (docs/intake-format.md); a field of a list entry adds its own key
// (`medications.medications.name`). Bare keys would not do: FHIR requires linkIds to be unique in
// a Questionnaire (invariant que-2), and 'medications' is both a step and a question, 'name' a
// field of three lists. Like the keys they are made of, linkIds never change for a version.
import { z } from 'zod';
import { steps, US_STATES, type AnyQuestion } from '../intake';
import type { Coding, ItemType, Questionnaire, QuestionnaireItem, TextOf } from './types';

/** HL7 v2 table 0136 (yes/no): what EHRs expect for a yes/no answer. */
export const YES_NO_SYSTEM = 'http://terminology.hl7.org/CodeSystem/v2-0136';
/** USPS two-letter state codes, as US Core uses them. */
export const USPS_SYSTEM = 'https://www.usps.com/';
export const HIDDEN_EXTENSION = 'http://hl7.org/fhir/StructureDefinition/questionnaire-hidden';
/** The readOnly item added to each medication entry: what the clinic's matcher recognised. */
export const INGREDIENTS_KEY = 'matchedIngredients';
/** The answer given for "None of these" (a multi-choice question answered with an empty list). */
export const NONE_CODE = 'none';

/** Where the Questionnaire of `version` lives; also its canonical URL. */
export const questionnaireUrl = (base: string, version: string) =>
	`${base}/fhir/Questionnaire/${encodeURIComponent(version)}`;

/** The code system of one question's own answer options. */
export const optionSystem = (base: string, linkId: string) => `${base}/fhir/CodeSystem/${linkId}`;

/** A FHIR id allows [A-Za-z0-9-.]{1,64}: the questionnaire version fits it. */
export const isQuestionnaireId = (version: string) => /^[A-Za-z0-9\-.]{1,64}$/.test(version);

/** The Questionnaire for the questionnaire model as it is now (`version` is its version). */
export function questionnaire(base: string, version: string, text: TextOf): Questionnaire {
	return {
		resourceType: 'Questionnaire',
		id: version,
		url: questionnaireUrl(base, version),
		version,
		name: 'LdnIntake',
		title: 'LDN consultation intake',
		status: 'active',
		subjectType: ['Patient'],
		description:
			'Intake before a first low-dose naltrexone (LDN) consultation: contact details, conditions, medications and supplements, health history and goals.',
		item: steps.map((s) => ({
			linkId: s.id,
			text: text(s.titleKey),
			type: 'group' as const,
			required: !('when' in s && s.when),
			item: s.questions.map((q) => questionItem(base, s.id, q, text, s.questions))
		}))
	};
}

function questionItem(
	base: string,
	parent: string,
	q: AnyQuestion,
	text: TextOf,
	siblings: readonly AnyQuestion[]
): QuestionnaireItem {
	const linkId = `${parent}.${q.key}`;
	const item: QuestionnaireItem = { linkId, text: text(q.labelKey), type: itemType(q) };
	// A conditional question is required only while shown; FHIR says so with enableWhen (an item
	// that is not enabled is not required), one condition per showing answer, any of them.
	if (!q.optional) item.required = true;
	if (q.when) {
		const source = siblings.find((other) => other.key === q.when!.key);
		if (!source) throw new Error(`${linkId}: shown by '${q.when.key}', not a question of its step`);
		const sourceId = `${parent}.${source.key}`;
		const codings = answerOptions(base, sourceId, source, text);
		item.enableWhen = q.when.values.map((value) => {
			const code = source.kind === 'yesNo' ? (value === 'yes' ? 'Y' : 'N') : value;
			const coding = codings.find((c) => c.code === code);
			if (!coding) throw new Error(`${linkId}: '${value}' is not an answer of ${sourceId}`);
			return { question: sourceId, operator: '=' as const, answerCoding: coding };
		});
		if (item.enableWhen.length > 1) item.enableBehavior = 'any';
	}
	if (q.kind === 'multi') item.repeats = true;
	if (q.maxLength) item.maxLength = q.maxLength;
	if (q.hidden) item.extension = [{ url: HIDDEN_EXTENSION, valueBoolean: true }];
	const options = answerOptions(base, linkId, q, text);
	if (options.length) item.answerOption = options.map((valueCoding) => ({ valueCoding }));
	if (q.item) {
		item.repeats = true;
		item.item = q.item.map((sub) => questionItem(base, linkId, sub, text, q.item!));
		if (q.kind === 'medicationList') {
			item.item.push({
				linkId: `${linkId}.${INGREDIENTS_KEY}`,
				text: "Ingredients recognised by the clinic's medication matcher (not asked of the patient)",
				type: 'string',
				repeats: true,
				readOnly: true
			});
		}
	}
	return item;
}

/** The FHIR item type of a question (answers use the matching value[x]). */
export function itemType(q: AnyQuestion): ItemType {
	switch (q.kind) {
		case 'text':
		case 'email':
		case 'phone':
			return 'string';
		case 'longText':
			return 'text';
		case 'date':
			return 'date';
		case 'number':
			return isInteger(q.schema) ? 'integer' : 'decimal';
		case 'medicationList':
		case 'followUpList':
			return 'group';
		default:
			return 'choice';
	}
}

/** The codings a choice question offers (and so the codings its answers use). */
export function answerOptions(base: string, linkId: string, q: AnyQuestion, text: TextOf) {
	if (q.kind === 'yesNo') return yesNoCodings(text);
	if (q.kind === 'state') {
		return Object.entries(US_STATES).map(([code, name]) => ({
			system: USPS_SYSTEM,
			code,
			display: name
		}));
	}
	const codings: Coding[] = (q.options ?? []).map((o) => ({
		system: optionSystem(base, linkId),
		code: o.value,
		display: text(o.labelKey)
	}));
	if (q.kind === 'multi' && q.noneLabelKey) {
		codings.push({
			system: optionSystem(base, linkId),
			code: NONE_CODE,
			display: text(q.noneLabelKey)
		});
	}
	return codings;
}

const yesNoCodings = (text: TextOf): Coding[] => [
	{ system: YES_NO_SYSTEM, code: 'Y', display: text('intake_option_yes') },
	{ system: YES_NO_SYSTEM, code: 'N', display: text('intake_option_no') }
];

/** True for a number question that only takes whole numbers. */
function isInteger(schema: z.ZodType): boolean {
	let s: z.ZodType = schema;
	while (s instanceof z.ZodOptional) s = s.unwrap() as z.ZodType;
	return s instanceof z.ZodNumber && s.format === 'safeint';
}
