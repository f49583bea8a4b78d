// Resume secrets. The token (256 random bits) lives only in the patient's httpOnly cookie and in
// their resume link; the short code is shown once for typing on another device. The database
// keeps SHA-256 hashes of both, so a database leak does not open anyone's draft.
import { createHash, randomBytes, randomInt } from 'node:crypto';

/** No 0/O, 1/I/L, 5/S or 2/Z look-alikes: easy to read aloud and to type on a phone. */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRTUVWXY346789';
export const CODE_LENGTH = 8;

export const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');

export function newToken() {
	const token = randomBytes(32).toString('base64url');
	return { token, hash: hashSecret(token) };
}

export function newCode() {
	const code = Array.from(
		{ length: CODE_LENGTH },
		() => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]
	).join('');
	return { code, hash: hashSecret(code) };
}

/** Normalises what a patient typed: case, spaces and dashes do not matter. */
export function normaliseCode(input: string): string {
	return input.toUpperCase().replace(/[\s-]/g, '');
}

export const isWellFormedToken = (t: string) => /^[A-Za-z0-9_-]{43}$/.test(t);
export const isWellFormedCode = (c: string) =>
	c.length === CODE_LENGTH && [...c].every((ch) => CODE_ALPHABET.includes(ch));

/** The resume cookie's flags: never readable by scripts, sent only over https when the site is. */
export const resumeCookieOptions = (url: URL, maxAgeSeconds: number) => ({
	path: '/',
	httpOnly: true,
	secure: url.protocol === 'https:',
	sameSite: 'lax' as const,
	maxAge: maxAgeSeconds
});
