import { redirect } from '@sveltejs/kit';
import { auth } from '$lib/server/auth';
import * as audit from '$lib/server/audit';
import { db } from '$lib/server/db';
import type { Actions, PageServerLoad } from './$types';

// Signing out changes state, so it is a POST (CSRF-checked by SvelteKit); GET only offers it.
export const load: PageServerLoad = ({ locals }) => {
	if (!locals.user) redirect(303, '/login');
};

export const actions: Actions = {
	default: async (event) => {
		if (event.locals.user) {
			await auth.api.signOut({ headers: event.request.headers });
			await audit.record(db, {
				action: 'staff.logout',
				actorId: event.locals.user.id,
				actorRole: event.locals.user.role,
				requestId: event.locals.requestId
			});
		}
		redirect(303, '/login');
	}
};
