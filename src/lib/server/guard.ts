// Which staff roles may reach which routes. One table for page loads, form actions and endpoints
// alike (layout loads do not protect actions or +server.ts handlers, so this runs in the hook).
// tests/unit/guard-coverage.spec.ts fails when a route under a staff folder is not covered.
import type { StaffRole } from './auth/roles';

export const ROUTE_ROLES: ReadonlyArray<{ prefix: string; roles: readonly StaffRole[] }> = [
	{ prefix: '/admin', roles: ['admin'] },
	{ prefix: '/clinic', roles: ['clinician', 'admin'] },
	{ prefix: '/staff', roles: ['clinician', 'admin'] }
];

/** Folders whose routes must all appear in ROUTE_ROLES. */
export const STAFF_FOLDERS = ['admin', 'clinic', 'staff'] as const;

/** The roles allowed on a route id (route groups ignored), or null for a public route. */
export function rolesFor(routeId: string | null): readonly StaffRole[] | null {
	if (!routeId) return null;
	const path = routeId.replace(/\/\([^)]+\)/g, '') || '/';
	const rule = ROUTE_ROLES.find((r) => path === r.prefix || path.startsWith(r.prefix + '/'));
	return rule?.roles ?? null;
}
