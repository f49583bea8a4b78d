// Resume secrets. The cookie token (256 random bits) lives only in the patient's httpOnly cookie;
// a resume link carries a token of its own (single-use, expiring), and the short code is shown once
// for typing on another device. The database keeps SHA-256 hashes of all three, so a database leak
// does not open anyone's draft.
import { createHash, createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

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

/**
 * The done pass: after submission the resume cookie is cleared, and the browser gets this short
 * pass instead, so the done page can be shown (and reloaded) for a while, and never again later
 * on a shared computer. `id.expiry.signature`, signed with the server secret.
 */
export function signDonePass(id: string, expiresAt: number, secret: string): string {
	return `${id}.${expiresAt}.${donePassSignature(id, expiresAt, secret)}`;
}

/** The intake id of a done pass that is well formed, signed by us and not expired; else null. */
export function readDonePass(pass: string, secret: string, now = Date.now()): string | null {
	const [id, expiry, signature, ...rest] = pass.split('.');
	if (!id || !expiry || !signature || rest.length > 0 || !/^\d{1,15}$/.test(expiry)) return null;
	const expected = Buffer.from(donePassSignature(id, Number(expiry), secret));
	const given = Buffer.from(signature);
	if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
	return Number(expiry) > now ? id : null;
}

const donePassSignature = (id: string, expiresAt: number, secret: string) =>
	createHmac('sha256', secret).update(`done-pass:${id}:${expiresAt}`).digest('base64url');
