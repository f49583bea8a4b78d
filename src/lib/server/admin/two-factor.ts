// Admins can read every intake, export leads and manage every staff account, so their accounts
// must have a verified second factor: until they enrol, every /admin page, form action and
// endpoint sends them to /staff/security. The hook runs this after the role table.

/** Route prefixes (route groups ignored) that need a verified second factor. */
const TWO_FACTOR_PREFIXES = ['/admin'] as const;

/** Where a staff member turns two-step verification on. */
export const ENROL_PATH = '/staff/security';

/** True when this route needs two-factor and the signed-in user has not verified one yet. */
export function mustEnrolTwoFactor(
	routeId: string | null,
	user: { twoFactorEnabled?: boolean | null } | undefined
): boolean {
	if (!routeId || !user || user.twoFactorEnabled === true) return false;
	const path = routeId.replace(/\/\([^)]+\)/g, '') || '/';
	return TWO_FACTOR_PREFIXES.some((p) => path === p || path.startsWith(p + '/'));
}
