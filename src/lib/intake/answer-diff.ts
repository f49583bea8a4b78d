// What changed between two sets of answers, question by question, formatted exactly as the answer
// lists show them (answerSections): for the clinician's "What changed" after a patient sent their
// answers again. A question asked on one side only (a step or a conditional question that newly
// applies, or no longer does) has null on the other side.
import { applicableSteps, type DraftAnswers } from './answers';
import { sameAnswers } from './reopen';
import { steps } from './steps';
import { answerSections, sectionTextKeys, type AnswerRow } from './answer-sections';
import type { TextRef } from './text-ref';

export interface AnswerChange {
	readonly key: string;
	readonly labelKey: string;
	readonly before: AnswerRow | null;
	readonly after: AnswerRow | null;
}

export interface StepChanges {
	readonly id: string;
	readonly titleKey: string;
	readonly changes: readonly AnswerChange[];
}

/** The rows of each applicable step, by step id and question key. */
function rowsByStep(answers: DraftAnswers) {
	const sections = answerSections(applicableSteps(answers), answers);
	return new Map(sections.map((s) => [s.id, new Map(s.rows.map((r) => [r.key, r]))]));
}

/** The questions whose shown answer differs, step by step in questionnaire order. */
export function answerChanges(before: DraftAnswers, after: DraftAnswers): StepChanges[] {
	const was = rowsByStep(before);
	const now = rowsByStep(after);
	return steps
		.map((step) => {
			const a = was.get(step.id);
			const b = now.get(step.id);
			const changes = step.questions
				.map((q) => ({
					key: q.key,
					labelKey: q.labelKey,
					before: a?.get(q.key) ?? null,
					after: b?.get(q.key) ?? null
				}))
				.filter((c) => (c.before || c.after) && !sameAnswers(c.before, c.after));
			return { id: step.id, titleKey: step.titleKey, changes };
		})
		.filter((s) => s.changes.length > 0);
}

/** The message keys needed to show these changes. */
export function changeTextKeys(changed: readonly StepChanges[]): (string | TextRef)[] {
	return sectionTextKeys(
		changed.map((s) => ({
			id: s.id,
			titleKey: s.titleKey,
			rows: s.changes.flatMap((c) => [c.before, c.after]).filter((r) => r !== null)
		}))
	);
}
