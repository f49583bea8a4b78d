// The questionnaire's step ids, in the wizard's order: declared once, here, for the step model
// (steps.ts checks its steps against this list), the `[step=step]` route matcher (which runs in the
// browser too, so this file imports nothing) and the tests.

export const STEP_IDS = [
	'consent',
	'about',
	'conditions',
	'medications',
	'medication-details',
	'health',
	'goals'
] as const;

export type StepId = (typeof STEP_IDS)[number];

/** True when `id` is a step id. */
export function isStepId(id: string): id is StepId {
	return (STEP_IDS as readonly string[]).includes(id);
}
