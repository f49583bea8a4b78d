// `[step=step]`: the questionnaire's step ids (src/lib/intake/step-ids.ts, which imports nothing:
// matchers also run in the browser, and the step model would bring zod to every page).
import type { ParamMatcher } from '@sveltejs/kit';
import { isStepId } from '$lib/intake/step-ids';

export const match = isStepId satisfies ParamMatcher;
