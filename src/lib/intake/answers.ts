// The whole intake: one zod object of the step schemas, the answer types, and the wizard's
// navigation (which steps apply, which comes next, which is the first one still incomplete).
// The schema is the source of truth for the answers format (docs/intake-format.md describes it).
import { z } from 'zod';
import type { DraftLike } from './step';
import { getStep, steps, type IntakeStep, type StepId } from './steps';

/** Bump when a question, option or rule of validation changes; stored with every intake. */
export const QUESTIONNAIRE_VERSION = '2026-11.1';

/** A complete intake: answers keyed by step id, then question key. */
export const intakeSchema = z.object({
	consent: getStep('consent').schema,
	about: getStep('about').schema,
	conditions: getStep('conditions').schema,
	medications: getStep('medications').schema,
	'medication-details': getStep('medication-details').schema.optional(),
	health: getStep('health').schema,
	goals: getStep('goals').schema
});

export type IntakeAnswers = z.infer<typeof intakeSchema>;

/** The answers of one step. */
export type StepAnswers<Id extends StepId> = NonNullable<IntakeAnswers[Id]>;

/** A draft: the steps answered so far (each saved only after its own schema passed). */
export type DraftAnswers = { [Id in StepId]?: StepAnswers<Id> };

export type MedicationEntry = StepAnswers<'medications'>['medications'][number];
export type MedicationFollowUp = StepAnswers<'medication-details'>['entries'][number];

/** The steps that apply to this draft, in order. */
export function applicableSteps(draft: DraftAnswers): IntakeStep[] {
	return steps.filter((s) => !('when' in s) || !s.when || s.when(draft as DraftLike));
}

/** The applicable step after `currentId`, or null when the next stop is the review page. */
export function nextStepId(draft: DraftAnswers, currentId: StepId): StepId | null {
	const order = steps.map((s) => s.id);
	const applicable = new Set(applicableSteps(draft).map((s) => s.id));
	const later = order.slice(order.indexOf(currentId) + 1);
	return later.find((id) => applicable.has(id)) ?? null;
}

/** The first applicable step whose saved answers are missing or no longer valid, or null. */
export function firstIncompleteStep(draft: DraftAnswers): StepId | null {
	for (const s of applicableSteps(draft)) {
		if (!s.schema.safeParse(draft[s.id]).success) return s.id;
	}
	return null;
}

/** A medication or supplement joined with its follow-up answers. */
export type MergedMedicationEntry = MedicationEntry &
	Omit<MedicationFollowUp, 'list' | 'index' | 'name'> & {
		list: MedicationFollowUp['list'];
		index: number;
	};

/** Medications then supplements, each with its follow-up answers (if any) merged in. */
export function medicationEntries(
	answers: Pick<IntakeAnswers, 'medications' | 'medication-details'>
): MergedMedicationEntry[] {
	const followUps = answers['medication-details']?.entries ?? [];
	return (['medications', 'supplements'] as const).flatMap((list) =>
		answers.medications[list].map((entry, index) => {
			const followUp = followUps.find((f) => f.list === list && f.index === index);
			const { list: _list, index: _index, name: _name, ...details } = followUp ?? { list, index };
			return { ...entry, ...details, list, index };
		})
	);
}
