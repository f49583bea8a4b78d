// Question kinds: each builder returns the same shape, { key, kind, labelKey, helpKey?, options?,
// schema, optional?, when? }, so the wizard, the review page, the clinician view and the export all
// derive from one declaration (STYLE.md, "The wizard, declared once").
//
// Conventions:
// - `key` is stored data (like medplum's linkId); `labelKey`, `helpKey` and option `labelKey`s are
//   Paraglide message keys, rendered as `m[labelKey]()`, never English strings.
// - Yes/no questions are 'yes' | 'no' enums with no default, so an unanswered question cannot read
//   as "no". No question schema has a default.
// - `optional(q)` lets a question be skipped. `onlyWhen(answered(key, ...values), q)` shows a question
//   only while another answer of its step is one of `values` (show-when.ts, data the browser and the
//   FHIR Questionnaire read too); it is then required unless also optional.
// - Issue messages are message keys (errors.ts).
import { z } from 'zod';
import { ERROR_KEYS as E, requiredOr, type ErrorKey } from './errors';
import { LIMITS, YES_NO } from './values';
import { US_STATE_CODES } from './us-states';
import { objectOf } from './schema';
import type { ShowWhen } from './show-when';

export type QuestionKind =
	| 'text'
	| 'longText'
	| 'email'
	| 'phone'
	| 'date'
	| 'number'
	| 'yesNo'
	| 'choice'
	| 'multi'
	| 'state'
	| 'medicationList'
	| 'followUpList'
	| 'nameCheckList'
	| 'consent';

export interface AnswerOption<V extends string = string> {
	readonly value: V;
	readonly labelKey: string;
}

/** Which dates a date question accepts, relative to today (checked in steps.ts). */
export type DateRange = 'past' | 'future' | 'birth';

export interface Question<K extends string = string, S extends z.ZodType = z.ZodType> {
	readonly key: K;
	readonly kind: QuestionKind;
	readonly labelKey: string;
	readonly helpKey?: string;
	readonly options?: readonly AnswerOption[];
	readonly schema: S;
	readonly optional?: boolean;
	/** Optional on its own, but the step's check says when it is needed: never marked "(optional)". */
	readonly checkedByStep?: boolean;
	/** Shown (and validated) only while another answer of the same step says so (show-when.ts). */
	readonly when?: ShowWhen;
	/** number: message key with a {value} parameter used when showing the answer, e.g. "{value} mg". */
	readonly unitKey?: string;
	/** multi: label of the exclusive "None of these" box (its answer is the empty list). */
	readonly noneLabelKey?: string;
	/** date: which side of today the date must fall on. */
	readonly dateRange?: DateRange;
	/** Carried by the form as a hidden input, never shown as a question (follow-up list/index). */
	readonly hidden?: boolean;
	/**
	 * Carried by the form as a hidden input, never asked, but shown with the answers (a medicine
	 * name's first spelling, kept when the patient picked a suggested name).
	 */
	readonly carried?: boolean;
	/** text / longText: the length cap. */
	readonly maxLength?: number;
	/** medicationList / followUpList / nameCheckList: the fields of one entry. */
	readonly item?: readonly Question[];
	/** medicationList / followUpList: the most entries; multi: the most boxes ticked (if fewer than all). */
	readonly max?: number;
	/** multi: the options shown in groups (each value in one), with a filter box (QuestionField). */
	readonly groups?: readonly OptionGroup[];
}

/** A group of a multi question's options: its heading is `${labelPrefix}_group_${id}`. */
export interface OptionGroup {
	readonly id: string;
	readonly labelKey: string;
	readonly options: readonly string[];
}

export type AnyQuestion = Question<string, z.ZodType>;

// Every builder returns a plain Question: the key and schema types are kept for the answer types.
function define<K extends string, S extends z.ZodType>(question: Question<K, S>): Question<K, S> {
	return question;
}

interface Extra {
	helpKey?: string;
	hidden?: boolean;
	carried?: boolean;
}

/** Options for `values`, labelled `${prefix}_${value in snake_case}`. */
export function options<const V extends readonly string[]>(
	values: V,
	prefix: string
): AnswerOption<V[number]>[] {
	return values.map((value) => ({ value, labelKey: `${prefix}_${value.replaceAll('-', '_')}` }));
}

/** Yes/no options shared by every yes/no question. */
export const YES_NO_OPTIONS = options(YES_NO, 'intake_option');

const anyText = (maxLength: number) =>
	z
		.string({ error: requiredOr(E.invalidText) })
		.trim()
		.max(maxLength, E.tooLong);

const requiredText = (maxLength: number) => anyText(maxLength).min(1, E.required);

/** One line of free text (at most `maxLength` characters, default LIMITS.shortText). */
export const text = <K extends string>(
	key: K,
	labelKey: string,
	extra: Extra & { maxLength?: number } = {}
) => {
	const { maxLength = LIMITS.shortText, ...rest } = extra;
	return define({
		key,
		kind: 'text',
		labelKey,
		...rest,
		maxLength,
		schema: requiredText(maxLength)
	});
};

/** A few sentences of free text. */
export const longText = <K extends string>(key: K, labelKey: string, extra: Extra = {}) =>
	define({
		key,
		kind: 'longText',
		labelKey,
		...extra,
		maxLength: LIMITS.longText,
		schema: requiredText(LIMITS.longText)
	});

export const email = <K extends string>(key: K, labelKey: string, extra: Extra = {}) =>
	define({
		key,
		kind: 'email',
		labelKey,
		...extra,
		schema: z
			.string({ error: requiredOr(E.invalidEmail) })
			.trim()
			.min(1, E.required)
			.max(LIMITS.email, E.tooLong)
			.regex(z.regexes.email, E.invalidEmail)
	});

/** US phone numbers: 10 digits, optionally with a leading 1, in any common punctuation. */
export function isUsPhone(value: string): boolean {
	if (!/^[\d\s().+-]+$/.test(value)) return false;
	const digits = value.replace(/\D/g, '');
	return digits.length === 10 || (digits.length === 11 && digits.startsWith('1'));
}

export const phone = <K extends string>(key: K, labelKey: string, extra: Extra = {}) =>
	define({
		key,
		kind: 'phone',
		labelKey,
		...extra,
		schema: z
			.string({ error: requiredOr(E.invalidPhone) })
			.trim()
			.min(1, E.required)
			.max(30, E.invalidPhone)
			.refine(isUsPhone, E.invalidPhone)
	});

export const date = <K extends string>(
	key: K,
	labelKey: string,
	dateRange: DateRange,
	extra: Extra = {}
) =>
	define({
		key,
		kind: 'date',
		labelKey,
		dateRange,
		...extra,
		schema: z.iso.date({ error: requiredOr(E.invalidDate) })
	});

interface NumberBounds extends Extra {
	min: number;
	max: number;
	integer?: boolean;
	unitKey?: string;
}

export const number = <K extends string>(key: K, labelKey: string, bounds: NumberBounds) => {
	const { min, max, integer, ...extra } = bounds;
	let schema = z.number({ error: requiredOr(E.invalidNumber) });
	if (integer) schema = schema.int(E.wholeNumber);
	schema = schema.min(min, E.numberTooSmall).max(max, E.numberTooLarge);
	return define({ key, kind: 'number', labelKey, ...extra, schema });
};

export const yesNo = <K extends string>(key: K, labelKey: string, extra: Extra = {}) =>
	define({
		key,
		kind: 'yesNo',
		labelKey,
		...extra,
		options: YES_NO_OPTIONS,
		schema: z.enum(YES_NO, { error: requiredOr(E.invalidChoice) })
	});

export const choice = <K extends string, const V extends readonly [string, ...string[]]>(
	key: K,
	labelKey: string,
	values: V,
	optionPrefix: string,
	extra: Extra = {}
) =>
	define({
		key,
		kind: 'choice',
		labelKey,
		...extra,
		options: options(values, optionPrefix),
		schema: z.enum(values, { error: requiredOr(E.invalidChoice) })
	});

/** Check boxes; the empty list means "none of these" (`noneLabelKey`). */
export const multi = <K extends string, const V extends readonly [string, ...string[]]>(
	key: K,
	labelKey: string,
	values: V,
	optionPrefix: string,
	extra: Extra & {
		noneLabelKey?: string;
		min?: number;
		max?: number;
		minError?: ErrorKey;
		maxError?: ErrorKey;
		groups?: readonly OptionGroup[];
	} = {}
) => {
	const {
		min = 0,
		max = values.length,
		minError = E.required,
		maxError = E.tooManyItems,
		...rest
	} = extra;
	return define({
		key,
		kind: 'multi',
		labelKey,
		...rest,
		options: options(values, optionPrefix),
		// A limit below the number of options is shown live in the form (QuestionField).
		...(max < values.length ? { max } : {}),
		schema: z
			.array(z.enum(values, { error: E.invalidChoice }), { error: requiredOr(E.invalidChoice) })
			.min(min, minError)
			.max(max, maxError)
			.refine((list) => new Set(list).size === list.length, E.duplicateChoice)
	});
};

export const usState = <K extends string>(key: K, labelKey: string, extra: Extra = {}) =>
	define({
		key,
		kind: 'state',
		labelKey,
		...extra,
		schema: z.enum(US_STATE_CODES, { error: requiredOr(E.invalidChoice) })
	});

/** A box the patient must tick; its only valid answer is `value` (e.g. 'accepted'). */
export const consent = <K extends string, const V extends string>(
	key: K,
	labelKey: string,
	value: V,
	extra: Extra & { error?: string } = {}
) => {
	const { error = E.consentRequired, ...rest } = extra;
	return define({
		key,
		kind: 'consent',
		labelKey,
		...rest,
		options: [{ value, labelKey: `intake_option_${value}` }],
		schema: z.literal(value, { error })
	});
};

/** The question may be left blank. A blank text answer ('') is accepted and means not answered. */
export function optional<K extends string, S extends z.ZodType>(question: Question<K, S>) {
	const schema = question.maxLength ? (anyText(question.maxLength) as z.ZodType) : question.schema;
	return { ...question, optional: true, schema: schema.optional() } as Question<
		K,
		z.ZodOptional<S>
	>;
}

/**
 * A question its own schema lets be skipped but its step's check requires in some cases (the "no
 * medicines" box, needed when both lists are empty): the form shows no "(optional)" marker.
 */
export function checkedByStep<K extends string, S extends z.ZodType>(question: Question<K, S>) {
	return { ...optional(question), checkedByStep: true } as Question<K, z.ZodOptional<S>>;
}

/** The question is shown only `when` its step's answers say so (show-when.ts); then it is required. */
export function onlyWhen<K extends string, S extends z.ZodType>(
	when: ShowWhen,
	question: Question<K, S>
) {
	const schema = question.optional ? question.schema : question.schema.optional();
	return { ...question, when, schema } as Question<K, z.ZodOptional<S>>;
}

/** A list of entries, each made of `item` questions (medications, follow-ups, name checks). */
export const list = <K extends string, const Qs extends readonly AnyQuestion[]>(
	key: K,
	labelKey: string,
	kind: 'medicationList' | 'followUpList' | 'nameCheckList',
	item: Qs,
	extra: Extra & { max?: number } = {}
) => {
	const { max = LIMITS.listEntries, ...rest } = extra;
	return define({
		key,
		kind,
		labelKey,
		...rest,
		item,
		max,
		schema: z.array(objectOf(item), { error: requiredOr(E.invalidChoice) }).max(max, E.tooManyItems)
	});
};
