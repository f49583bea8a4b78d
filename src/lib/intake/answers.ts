// The whole intake: one zod object of the step schemas, the answer types, and the wizard's
// navigation (which steps apply, which comes next, which is the first one still incomplete).
// The schema is the source of truth for the answers format (docs/intake-format.md describes it).
import { z } from 'zod';
import { ERROR_KEYS as E } from './errors';
import { followUpIssues, needsFollowUp, needsRequiredFollowUp, type Matcher } from './follow-up';
import { medicineMatcher } from './matcher';
import { needsNameCheck } from './name-check';
import type { DraftLike } from './step';
import { getStep, steps, type IntakeStep, type StepId } from './steps';

/** Bump when a question, option or rule of validation changes; stored with every intake. */
export const QUESTIONNAIRE_VERSION = '2026-12.3';

/** A complete intake: answers keyed by step id, then question key. */
const stepsSchema = z.object({
	consent: getStep('consent').schema,
	about: getStep('about').schema,
	conditions: getStep('conditions').schema,
	medications: getStep('medications').schema,
	'medication-details': getStep('medication-details').schema.optional(),
	health: getStep('health').schema,
	goals: getStep('goals').schema
});

/**
 * Answers from before `2026-12.3` (stored, imported, or an older client's) said "no medicines" with
 * two empty lists, as the form then asked: read that as `noneTaken: 'yes'`, the answer the form
 * asks for now (migration 0009 wrote it into the stored intakes). The wizard's own step schema
 * still wants the box checked, and refuses it beside listed medicines.
 */
function withLegacyNoneTaken(input: unknown): unknown {
	if (typeof input !== 'object' || input === null) return input;
	const meds = (input as { medications?: unknown }).medications;
	if (typeof meds !== 'object' || meds === null) return input;
	const { medications, supplements, noneTaken } = meds as Record<string, unknown>;
	const empty = (list: unknown) => Array.isArray(list) && list.length === 0;
	const none = empty(medications) && empty(supplements);
	if (none && noneTaken === undefined) {
		return { ...input, medications: { ...meds, noneTaken: 'yes' } };
	}
	// Listed medicines win over the box (the wizard never stores both; merged test data may).
	if (
		!none &&
		noneTaken !== undefined &&
		Array.isArray(medications) &&
		Array.isArray(supplements)
	) {
		const { noneTaken: _dropped, ...lists } = meds as Record<string, unknown>;
		return { ...input, medications: lists };
	}
	return input;
}

/**
 * A complete intake: answers keyed by step id, then question key. Beyond each step's own checks,
 * the medicine follow-ups must fit the medicine lists (follow-up.ts): one per entry that needs it,
 * with its required fields. Follow-ups left over when no entry needs one any more are dropped,
 * like the answers to any question that no longer applies.
 */
export const intakeSchema = z
	.preprocess(withLegacyNoneTaken, stepsSchema)
	.check(
		z.superRefine((answers: z.output<typeof stepsSchema>, ctx) => {
			if (!needsFollowUp(answers.medications, medicineMatcher)) return;
			const details = answers['medication-details'];
			if (!details && needsRequiredFollowUp(answers.medications, medicineMatcher)) {
				ctx.addIssue({ code: 'custom', path: ['medication-details'], message: E.required });
				return;
			}
			for (const { path, message } of followUpIssues(
				answers.medications,
				details,
				medicineMatcher
			)) {
				ctx.addIssue({ code: 'custom', path: ['medication-details', ...path], message });
			}
		})
	)
	.overwrite((answers) => {
		if (!answers['medication-details'] || needsFollowUp(answers.medications, medicineMatcher)) {
			return answers;
		}
		const { 'medication-details': _dropped, ...rest } = answers;
		return rest;
	});
export type IntakeAnswers = z.infer<typeof intakeSchema>;

/** The answers of one step. */
export type StepAnswers<Id extends StepId> = NonNullable<IntakeAnswers[Id]>;

/** A draft: the steps answered so far (each saved only after its own schema passed). */
export type DraftAnswers = { [Id in StepId]?: StepAnswers<Id> };

export type MedicationEntry = StepAnswers<'medications'>['medications'][number];
export type MedicationFollowUp = StepAnswers<'medication-details'>['entries'][number];

/** The steps that apply to this draft, in order. */
export function applicableSteps(
	draft: DraftAnswers,
	match: Matcher = medicineMatcher
): IntakeStep[] {
	return steps.filter((s) => !('when' in s) || !s.when || s.when(draft as DraftLike, match));
}

/** The applicable step after `currentId`, or null when the next stop is the review page. */
export function nextStepId(
	draft: DraftAnswers,
	currentId: StepId,
	match: Matcher = medicineMatcher
): StepId | null {
	const order = steps.map((s) => s.id);
	const applicable = new Set(applicableSteps(draft, match).map((s) => s.id));
	const later = order.slice(order.indexOf(currentId) + 1);
	return later.find((id) => applicable.has(id)) ?? null;
}

/**
 * The first applicable step whose saved answers are missing or no longer valid, or null. The
 * medicine follow-ups also count as invalid when they no longer fit the medicine lists.
 */
export function firstIncompleteStep(
	draft: DraftAnswers,
	match: Matcher = medicineMatcher
): StepId | null {
	return applicableSteps(draft, match).find((s) => !isStepComplete(draft, s.id, match))?.id ?? null;
}

/** Whether a step's saved answers are there and valid (medicine details: and fit the lists). */
export function isStepComplete(
	draft: DraftAnswers,
	id: StepId,
	match: Matcher = medicineMatcher
): boolean {
	if (!getStep(id).schema.safeParse(draft[id]).success) return false;
	if (id !== 'medication-details') return true;
	return (
		followUpIssues(draft.medications, draft['medication-details'], match).length === 0 &&
		!needsNameCheck(draft.medications, match)
	);
}

/** A medication or supplement joined with its follow-up answers. */
export type MergedMedicationEntry = MedicationEntry &
	Omit<MedicationFollowUp, 'list' | 'index' | 'name'> & {
		list: MedicationFollowUp['list'];
		index: number;
	};

/** Medications then supplements, each with its follow-up answers (if any) merged in. */
/**
 * The follow-up answers of one medicine entry, by list and index: the one join of the two steps
 * (the screening engine reads it for every entry of every intake, hence arrays indexed by entry
 * rather than a search or string keys). When an entry has two follow-ups (hand-made data), the
 * first wins.
 */
export function followUpLookup(details: IntakeAnswers['medication-details']) {
	const byList: Record<MedicationFollowUp['list'], (MedicationFollowUp | undefined)[]> = {
		medications: [],
		supplements: []
	};
	for (const f of details?.entries ?? []) {
		const entries = byList[f.list];
		if (entries[f.index] === undefined) entries[f.index] = f;
	}
	return (list: MedicationFollowUp['list'], index: number) => byList[list][index];
}

export function medicationEntries(
	answers: Pick<IntakeAnswers, 'medications' | 'medication-details'>
): MergedMedicationEntry[] {
	const followUpOf = followUpLookup(answers['medication-details']);
	return (['medications', 'supplements'] as const).flatMap((list) =>
		answers.medications[list].map((entry, index) => {
			const followUp = followUpOf(list, index);
			const { list: _list, index: _index, name: _name, ...details } = followUp ?? { list, index };
			return { ...entry, ...details, list, index };
		})
	);
}
