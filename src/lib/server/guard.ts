// Which staff roles may reach which routes. One table for page loads, form actions and endpoints
// alike (layout loads do not protect actions or +server.ts handlers, so this runs in the hook).
// tests/unit/guard-coverage.spec.ts fails when a route under a staff folder is not covered.
import type { StaffRole } from './auth/roles';

export const ROUTE_ROLES: ReadonlyArray<{ prefix: string; roles: readonly StaffRole[] }> = [
	{ prefix: '/admin', roles: ['admin'] },
	{ prefix: '/clinic', roles: ['clinician', 'admin'] },
	{ prefix: '/insights', roles: ['clinician', 'admin'] },
	{ prefix: '/staff', roles: ['clinician', 'admin'] }
];

/** Folders whose routes must all appear in ROUTE_ROLES. */
export const STAFF_FOLDERS = ['admin', 'clinic', 'insights', 'staff'] as const;

/** The roles allowed on a route id (route groups ignored), or null for a public route. */
export function rolesFor(routeId: string | null): readonly StaffRole[] | null {
	if (!routeId) return null;
	const path = routeId.replace(/\/\([^)]+\)/g, '') || '/';
	const rule = ROUTE_ROLES.find((r) => path === r.prefix || path.startsWith(r.prefix + '/'));
	return rule?.roles ?? null;
}

/** Where a staff member chooses their own password. */
export const CHANGE_PASSWORD_PATH = '/staff/password';

/**
 * True when the signed-in staff member still has a one-time password (created or reset by an
 * admin) and this route is not the page for changing it: nothing else opens until they have
 * chosen their own (NIST SP 800-63B 3.1.1.2; issue 14).
 */
export function mustChangePasswordFirst(
	routeId: string | null,
	user: { mustChangePassword?: boolean | null } | undefined
): boolean {
	if (!routeId || user?.mustChangePassword !== true) return false;
	const path = routeId.replace(/\/\([^)]+\)/g, '') || '/';
	return path !== CHANGE_PASSWORD_PATH;
}
