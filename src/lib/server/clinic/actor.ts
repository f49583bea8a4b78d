// The signed-in staff member as the clinic modules see them. The hook's role table has already
// refused anyone else under /clinic; this re-checks, so a route can never act for a non-staff user.
import { error } from '@sveltejs/kit';
import { isStaffRole } from '../auth/roles';
import type { Actor } from './workflow';

export function actorFrom(locals: App.Locals): Actor {
	const user = locals.user;
	if (!user || !isStaffRole(user.role)) error(403, 'Your role does not give access to this page.');
	return { id: user.id, role: user.role, requestId: locals.requestId };
}
