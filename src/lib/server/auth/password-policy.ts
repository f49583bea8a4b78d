// What a new staff password must be (NIST SP 800-63B, 3.1.1.2 "Password Verifiers"): at least 12
// characters (at most 128), any characters at all, no composition rules and no expiry; and not
// one of the passwords attackers try first. The list is the 49,000 most common passwords shipped
// with @zxcvbn-ts/language-common (maintained with zxcvbn-ts). A password is refused when it is on
// the list, or is a listed one with digits and symbols added at the end ("Sunshine2026!!"), the
// derivative NIST names; both compared case-insensitively.
import { dictionary } from '@zxcvbn-ts/language-common';
import { z } from 'zod';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './password';

let common: Set<string> | null = null;
const commonPasswords = () =>
	(common ??= new Set((dictionary['passwords-common'] as string[]).map((p) => p.toLowerCase())));

/** True when `password` is a common password or one with digits or symbols appended. */
export function isCommonPassword(password: string): boolean {
	const lower = password.toLowerCase();
	const stem = lower.replace(/[^\p{L}]+$/u, '');
	return commonPasswords().has(lower) || (stem.length >= 4 && commonPasswords().has(stem));
}

/** A new password: length only, then the common-password list. */
export const newPasswordSchema = z
	.string()
	.min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters.`)
	.max(PASSWORD_MAX_LENGTH, `Use at most ${PASSWORD_MAX_LENGTH} characters.`)
	.refine((p) => !isCommonPassword(p), {
		message: 'That password is too common: attackers try it first. Choose another.'
	});
