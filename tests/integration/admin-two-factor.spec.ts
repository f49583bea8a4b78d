// Which routes need a verified second factor (src/lib/server/admin/two-factor.ts): everything with
// patient data (/clinic and /admin), whatever the route group, for every staff role; with
// STAFF_TWO_FACTOR=admins clinicians may skip it on /clinic, admins never.
import { describe, expect, it } from 'vitest';
import { mustEnrolTwoFactor } from '../../src/lib/server/admin/two-factor';

const without = { twoFactorEnabled: false };
const withTotp = { twoFactorEnabled: true };

describe('mustEnrolTwoFactor', () => {
	it.each([
		'/(staff)/admin',
		'/(staff)/admin/staff',
		'/(staff)/admin/export',
		'/(staff)/admin/export/download'
	])('sends an admin without two-factor from %s to enrol', (route) => {
		expect(mustEnrolTwoFactor(route, without)).toBe(true);
		expect(mustEnrolTwoFactor(route, { twoFactorEnabled: null })).toBe(true);
		expect(mustEnrolTwoFactor(route, withTotp)).toBe(false);
	});

	it.each([
		'/(staff)/clinic',
		'/(staff)/clinic/intakes/[id]',
		'/(staff)/clinic/intakes/[id]/fhir',
		'/(staff)/clinic/intakes/[id]/print'
	])('sends a clinician or an admin without two-factor from %s to enrol', (route) => {
		for (const role of ['clinician', 'admin']) {
			expect(mustEnrolTwoFactor(route, { ...without, role })).toBe(true);
			expect(mustEnrolTwoFactor(route, { ...withTotp, role })).toBe(false);
		}
		// The documented relaxation is for clinicians only.
		expect(mustEnrolTwoFactor(route, { ...without, role: 'clinician' }, 'admins')).toBe(false);
		expect(mustEnrolTwoFactor(route, { ...without, role: 'admin' }, 'admins')).toBe(true);
	});

	it('keeps /admin for admins with two-factor under either policy', () => {
		expect(mustEnrolTwoFactor('/(staff)/admin', { ...without, role: 'admin' }, 'admins')).toBe(
			true
		);
	});

	it.each([
		'/(staff)/staff/security',
		'/(staff)/staff/password',
		'/(staff)/administrator',
		'/(staff)/clinical',
		'/',
		null
	])('leaves %s alone', (route) => {
		expect(mustEnrolTwoFactor(route, without)).toBe(false);
	});

	it('leaves anonymous requests to the role table', () => {
		expect(mustEnrolTwoFactor('/(staff)/admin', undefined)).toBe(false);
	});
});
