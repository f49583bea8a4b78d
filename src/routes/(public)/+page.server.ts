import * as wizard from '$lib/server/wizard';
import type { PageServerLoad } from './$types';

/** Whether this browser already has a form in progress or sent (the resume cookie). */
export const load: PageServerLoad = async (event) => {
	const draft = await wizard.currentDraft(event);
	return {
		progress: !draft ? 'none' : wizard.isEditable(draft) ? 'draft' : 'submitted'
	} as const;
};
