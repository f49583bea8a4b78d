// The clinic forms' enhancement: after a refused change (409: someone else changed the intake, or
// the status no longer allows it) reload the page data so the fresh state is on screen, as the
// no-JavaScript round trip does by itself.
import { invalidateAll } from '$app/navigation';
import type { SubmitFunction } from '@sveltejs/kit';

export const refreshOnConflict: SubmitFunction = () => {
	return async ({ result, update }) => {
		await update();
		if (result.type === 'failure' && result.status === 409) await invalidateAll();
	};
};
