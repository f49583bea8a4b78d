// Which routes need a verified second factor (src/lib/server/admin/two-factor.ts): everything under
// /admin, whatever the route group, and nothing else.
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

	it.each(['/(staff)/clinic', '/(staff)/staff/security', '/(staff)/administrator', '/', null])(
		'leaves %s alone',
		(route) => {
			expect(mustEnrolTwoFactor(route, without)).toBe(false);
		}
	);

	it('leaves anonymous requests to the role table', () => {
		expect(mustEnrolTwoFactor('/(staff)/admin', undefined)).toBe(false);
	});
});
