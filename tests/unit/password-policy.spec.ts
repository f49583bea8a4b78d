import { describe, expect, it } from 'vitest';
import { isCommonPassword, newPasswordSchema } from '../../src/lib/server/auth/password-policy';
import { mustChangePasswordFirst } from '../../src/lib/server/guard';
import { BACKUP_CODE_ALPHABET, generateBackupCodes } from '../../src/lib/server/auth/password';

describe('new staff passwords (NIST SP 800-63B)', () => {
	it.each([
		['qwerty123456'], // on the list as it is
		['1q2w3e4r5t6y'],
		['PASSWORD1234'], // a listed one with digits appended, any case
		['Sunshine2026!!'],
		['football!!!!!!']
	])('refuses the common password %s', (p) => {
		expect(isCommonPassword(p)).toBe(true);
		expect(newPasswordSchema.safeParse(p).error?.issues[0]?.message).toMatch(/too common/);
	});

	it.each([
		['correct horse battery'],
		['all lower case letters'],
		['ÅngströmÉtude'],
		['1234 tram stop south'],
		['x'.repeat(128)]
	])('accepts %s: length is the only rule, no composition rules', (p) => {
		expect(newPasswordSchema.safeParse(p).success).toBe(true);
	});

	it('needs 12 to 128 characters', () => {
		expect(newPasswordSchema.safeParse('elevenchars').success).toBe(false);
		expect(newPasswordSchema.safeParse('twelve chars').success).toBe(true);
		expect(newPasswordSchema.safeParse('y'.repeat(129)).success).toBe(false);
	});
});

describe('a one-time password is changed before anything else opens', () => {
	const fresh = { mustChangePassword: true };
	it.each([
		['/(staff)/clinic', true],
		['/(staff)/admin/staff', true],
		['/(staff)/staff/security', true],
		['/(staff)/clinic/intakes/[id]/fhir', true],
		['/(staff)/staff/password', false]
	])('%s: sent to change it first = %s', (routeId, expected) => {
		expect(mustChangePasswordFirst(routeId, fresh)).toBe(expected);
		expect(mustChangePasswordFirst(routeId, { mustChangePassword: false })).toBe(false);
	});
});

describe('backup codes', () => {
	it('are ten codes from an alphabet without look-alikes (no i, l, o, 0, 1)', () => {
		const codes = generateBackupCodes();
		expect(codes).toHaveLength(10);
		expect(new Set(codes).size).toBe(10);
		for (const code of codes) expect(code).toMatch(/^[a-hjkmnp-z2-9]{5}-[a-hjkmnp-z2-9]{5}$/);
		expect(BACKUP_CODE_ALPHABET).not.toMatch(/[ilo01A-Z]/);
	});
});
