// One step of the questionnaire: an id, title and intro message keys, its questions, the zod
// schema built from them, and an optional `when(draft, match)` for steps that apply only sometimes
// (`match` is the medicine matcher, passed in so that this model does not import the catalog).
import type { z } from 'zod';
import type { Matcher } from './follow-up';
import type { AnyQuestion } from './questions';
import { objectOf } from './schema';

/** Answers collected so far, keyed by step id (loosely typed here to avoid a type cycle). */
export type DraftLike = Readonly<Record<string, unknown>>;

export interface Step<
	Id extends string = string,
	Qs extends readonly AnyQuestion[] = readonly AnyQuestion[]
> {
	readonly id: Id;
	readonly titleKey: string;
	readonly introKey: string;
	readonly questions: Qs;
	readonly schema: ReturnType<typeof objectOf<Qs>>;
	/** The step applies only when this holds for the draft (absent: always applies). */
	readonly when?: (draft: DraftLike, match: Matcher) => boolean;
}

interface StepOptions {
	when?: (draft: DraftLike, match: Matcher) => boolean;
	/** A check across the step's answers (issue messages are error keys). */
	check?: (values: Readonly<Record<string, unknown>>, ctx: z.RefinementCtx) => void;
}

export function step<const Id extends string, const Qs extends readonly AnyQuestion[]>(
	id: Id,
	questions: Qs,
	{ when, check }: StepOptions = {}
): Step<Id, Qs> {
	const prefix = `intake_step_${id.replaceAll('-', '_')}`;
	const schema = objectOf(questions);
	return {
		id,
		titleKey: `${prefix}_title`,
		introKey: `${prefix}_intro`,
		questions,
		schema: check ? schema.superRefine(check) : schema,
		...(when ? { when } : {})
	};
}

/**
 * Initial form values for a step with nothing answered: '' for choices, text and dates, [] for
 * check boxes and lists. Form libraries otherwise fill a missing enum with its first option
 * (superforms does), which would show an unanswered yes/no as 'yes'. Numbers are left out.
 */
export function blankValues(s: Step): Record<string, unknown> {
	const values: Record<string, unknown> = {};
	for (const q of s.questions) {
		if (q.kind === 'number') continue;
		values[q.key] = q.kind === 'multi' || q.kind.endsWith('List') ? [] : '';
	}
	return values;
}
