// A clinician's request for more information reopens some steps of a submitted intake. Which steps
// may be reopened, and which the patient may then open: the reopened ones, plus any step their
// changes made necessary (medicine details for a newly listed opioid) or changed (so that they can
// go back to it). Every other step keeps its submitted answers and stays closed.
import { z } from 'zod';
import { applicableSteps, isStepComplete, type DraftAnswers } from './answers';
import { ERROR_KEYS as E } from './errors';
import type { StepId } from './steps';
import { LIMITS } from './values';

/** The privacy-notice consent is a record of what the patient agreed to: never reopened. */
const NEVER_REOPENED: readonly StepId[] = ['consent'];

/** The steps a clinician may reopen for these (submitted) answers. */
export function reopenableSteps(answers: DraftAnswers): StepId[] {
	return applicableSteps(answers)
		.map((s) => s.id)
		.filter((id) => !NEVER_REOPENED.includes(id));
}

/** What the patient is answering: the reopened steps and the answers as they were sent. */
export interface ReopenedIntake {
	readonly steps: readonly string[];
	readonly before: DraftAnswers;
}

/** The most characters of the patient's reply to the clinician's message. */
export const REPLY_MAX = LIMITS.longText;

/**
 * The patient's reply to the clinician's message: optional free text, trimmed and capped like
 * the wizard's other long answers (blank means no reply). Issue messages are message keys.
 */
export const replySchema = z
	.string({ error: E.invalidText })
	.trim()
	.max(REPLY_MAX, E.tooLong)
	.transform((v) => v || null);

/** JSON with sorted keys, so that equal answers compare equal whatever their key order. */
function canonical(value: unknown): string {
	return JSON.stringify(value, (_key, v: unknown) =>
		v && typeof v === 'object' && !Array.isArray(v)
			? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
			: v
	);
}

/** Whether two answers (of a step, or of one question) are the same. */
export const sameAnswers = (a: unknown, b: unknown) => canonical(a) === canonical(b);

/**
 * The steps the patient may open, in order: the reopened steps that still apply, any applicable
 * step that is incomplete now (never a closed one: consent stays as sent), and any step whose
 * answers differ from what was sent (a step that newly applies, once answered).
 */
export function editableSteps(answers: DraftAnswers, reopened: ReopenedIntake): StepId[] {
	return applicableSteps(answers)
		.map((s) => s.id)
		.filter(
			(id) =>
				!NEVER_REOPENED.includes(id) &&
				(reopened.steps.includes(id) ||
					!isStepComplete(answers, id) ||
					!sameAnswers(answers[id], reopened.before[id]))
		);
}
