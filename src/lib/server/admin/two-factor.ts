// Everyone who can see patient data must have a verified second factor (issue 14; HIPAA
// 164.312(d), NIST SP 800-63B AAL2 for health records): until they enrol, every /clinic and /admin
// page, form action and endpoint sends them to /staff/security. The hook runs this after the role
// table. STAFF_TWO_FACTOR=admins relaxes it for clinicians only (a clinic's own policy, e.g. on
// shared devices with other controls); admins always need it, /clinic included.

/** Route prefixes (route groups ignored) that show patient data, by who needs a second factor. */
const PATIENT_DATA = [
	{ prefix: '/admin', everyone: true },
	{ prefix: '/clinic', everyone: false },
	// Counts only, but of patients, and beside the clinic's own figures: as /clinic.
	{ prefix: '/insights', everyone: false }
] as const;

/** `everyone` (the default): every staff role; `admins`: clinicians may skip it. */
export type TwoFactorPolicy = 'everyone' | 'admins';

/** Where a staff member turns two-step verification on. */
export const ENROL_PATH = '/staff/security';

/** True when this route needs two-factor and the signed-in user has not verified one yet. */
export function mustEnrolTwoFactor(
	routeId: string | null,
	user: { twoFactorEnabled?: boolean | null; role?: string | null } | undefined,
	policy: TwoFactorPolicy = 'everyone'
): boolean {
	if (!routeId || !user || user.twoFactorEnabled === true) return false;
	const path = routeId.replace(/\/\([^)]+\)/g, '') || '/';
	const rule = PATIENT_DATA.find((r) => path === r.prefix || path.startsWith(r.prefix + '/'));
	if (!rule) return false;
	return rule.everyone || policy === 'everyone' || user.role === 'admin';
}
