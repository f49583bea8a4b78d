// One submitted intake as a FHIR R4 QuestionnaireResponse, item for item against questionnaire.ts
// (same linkIds, same codings). Unanswered questions are left out, as FHIR asks; a multi-choice
// question answered "None of these" is answered with the `none` coding, because "none" is a
// clinical answer. Each medication or supplement entry also carries the ingredient names the
// clinic's matcher recognised in what the patient typed (a readOnly item), so the receiving EHR
// need not re-interpret brand names and misspellings.
import { isBlank } from '../intake/schema';
import { isUsStateCode, steps, US_STATES, type AnyQuestion } from '../intake';
import type { MedicineReading } from '../screening';
import {
	INGREDIENTS_KEY,
	NONE_CODE,
	USPS_SYSTEM,
	YES_NO_SYSTEM,
	answerOptions,
	itemType,
	questionnaireUrl
} from './questionnaire';
import type { Answer, QuestionnaireResponse, ResponseItem, TextOf } from './types';

export interface ExportedIntake {
	id: string;
	questionnaireVersion: string;
	submittedAt: Date | null;
	/** The patient's language ('en', 'es'). */
	locale: string;
	firstName: string | null;
	lastName: string | null;
	answers: Record<string, unknown>;
	/** How the clinic's matcher read each entry, from the intake's stored screening. */
	medicines: readonly MedicineReading[];
}

/** The intake's answers as a QuestionnaireResponse for the Questionnaire of its version. */
export function questionnaireResponse(
	base: string,
	intake: ExportedIntake,
	text: TextOf
): QuestionnaireResponse {
	const ctx: Ctx = { base, text, medicines: intake.medicines };
	const items = steps.flatMap((s) => {
		const values = intake.answers[s.id];
		if (!isRecord(values)) return [];
		const children = s.questions.flatMap((q) => answerItems(ctx, s.id, q, values[q.key]));
		return children.length ? [{ linkId: s.id, text: text(s.titleKey), item: children }] : [];
	});
	const name = [intake.firstName, intake.lastName].filter(Boolean).join(' ');
	return {
		resourceType: 'QuestionnaireResponse',
		id: intake.id,
		identifier: { system: `${base}/intakes`, value: intake.id },
		questionnaire: questionnaireUrl(base, intake.questionnaireVersion),
		status: 'completed',
		// The language the patient answered in (FHIR Resource.language, BCP 47).
		language: intake.locale === 'es' ? 'es' : 'en',
		...(intake.submittedAt ? { authored: intake.submittedAt.toISOString() } : {}),
		...(name ? { subject: { display: name } } : {}),
		item: items
	};
}

interface Ctx {
	base: string;
	text: TextOf;
	medicines: readonly MedicineReading[];
}

/** The response items for one question: none when unanswered, one per entry for a list. */
function answerItems(ctx: Ctx, parent: string, q: AnyQuestion, value: unknown): ResponseItem[] {
	const linkId = `${parent}.${q.key}`;
	if (q.item) {
		if (!Array.isArray(value)) return [];
		return value.flatMap((entry, index) => {
			if (!isRecord(entry)) return [];
			const fields = q.item!.flatMap((sub) => answerItems(ctx, linkId, sub, entry[sub.key]));
			if (q.kind === 'medicationList') {
				const read = ctx.medicines.find((m) => m.list === q.key && m.index === index);
				fields.push(...ingredientItems(linkId, read));
			}
			return fields.length ? [{ linkId, text: ctx.text(q.labelKey), item: fields }] : [];
		});
	}
	const answer = answers(ctx, linkId, q, value);
	return answer.length ? [{ linkId, text: ctx.text(q.labelKey), answer }] : [];
}

function answers(ctx: Ctx, linkId: string, q: AnyQuestion, value: unknown): Answer[] {
	if (isBlank(value)) return [];
	switch (q.kind) {
		case 'text':
		case 'longText':
		case 'email':
		case 'phone':
			return typeof value === 'string' ? [{ valueString: value.trim() }] : [];
		case 'date':
			return typeof value === 'string' ? [{ valueDate: value }] : [];
		case 'number':
			if (typeof value !== 'number' || !Number.isFinite(value)) return [];
			if (itemType(q) === 'decimal') return [{ valueDecimal: value }];
			return Number.isInteger(value) ? [{ valueInteger: value }] : [];
		case 'yesNo':
			if (value !== 'yes' && value !== 'no') return [];
			return [
				coded(YES_NO_SYSTEM, value === 'yes' ? 'Y' : 'N', ctx.text(`intake_option_${value}`))
			];
		case 'state':
			return typeof value === 'string' && isUsStateCode(value)
				? [coded(USPS_SYSTEM, value, US_STATES[value])]
				: [];
		case 'multi': {
			if (!Array.isArray(value)) return [];
			const options = answerOptions(ctx.base, linkId, q, ctx.text);
			const picked = value.length === 0 ? [NONE_CODE] : value;
			return picked.flatMap((v) => {
				const coding = options.find((o) => o.code === v);
				return coding ? [{ valueCoding: coding }] : [];
			});
		}
		default: {
			const coding = answerOptions(ctx.base, linkId, q, ctx.text).find((o) => o.code === value);
			return coding ? [{ valueCoding: coding }] : [];
		}
	}
}

/** The ingredients the catalog matcher recognised in one medication entry, if any. */
function ingredientItems(linkId: string, read: MedicineReading | undefined): ResponseItem[] {
	const ingredients = read?.ingredients ?? [];
	if (ingredients.length === 0) return [];
	return [
		{
			linkId: `${linkId}.${INGREDIENTS_KEY}`,
			answer: ingredients.map((valueString) => ({ valueString }))
		}
	];
}

const coded = (system: string, code: string, display: string): Answer => ({
	valueCoding: { system, code, display }
});

const isRecord = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);
