// `[step=step]`: the questionnaire's step ids. Matchers also run in the browser, so this file must
// not import the questionnaire model (zod would join every page's JavaScript). The type below and
// tests/unit/wizard/params.spec.ts keep the list equal to the questionnaire's STEP_IDS.
import type { ParamMatcher } from '@sveltejs/kit';
import type { StepId } from '$lib/intake';

const WIZARD_STEP_IDS = [
	'consent',
	'about',
	'conditions',
	'medications',
	'medication-details',
	'health',
	'goals'
] as const satisfies readonly StepId[];

// Fails to compile when a step is added to the questionnaire but not here.
type Missing = Exclude<StepId, (typeof WIZARD_STEP_IDS)[number]>;
const complete: Missing extends never ? true : false = true;

export const match = ((param: string): param is StepId =>
	complete && (WIZARD_STEP_IDS as readonly string[]).includes(param)) satisfies ParamMatcher;
