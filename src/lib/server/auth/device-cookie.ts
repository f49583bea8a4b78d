// OWASP's device cookies ("Slow Down Online Guessing Attacks with Device Cookies"): a browser
// that has signed in to an account before carries a cookie naming that account, signed with the
// server secret. Its password attempts count against an allowance of that cookie's own, so a
// guesser elsewhere who has used up the account's allowance for unknown browsers does not keep
// the staff member out. The cookie holds a random nonce and an HMAC of (account, nonce); never
// the email itself.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const DEVICE_COOKIE = 'ldn_device';
/** How long a browser stays known after its last successful sign-in: 180 days. */
export const DEVICE_COOKIE_MAX_AGE = 180 * 24 * 60 * 60;

/** The device cookie's flags: sent to /login only, never readable by scripts, Secure on https. */
export const deviceCookieOptions = (url: URL) => ({
	path: '/login',
	httpOnly: true,
	secure: url.protocol === 'https:',
	sameSite: 'strict' as const,
	maxAge: DEVICE_COOKIE_MAX_AGE
});

const normalise = (email: string) => email.trim().toLowerCase();
const sign = (secret: string, email: string, nonce: string) =>
	createHmac('sha256', secret)
		.update(`device\0${normalise(email)}\0${nonce}`)
		.digest('base64url');

/** A new device cookie value for `email`, to set after a successful password check. */
export function issueDeviceCookie(secret: string, email: string): string {
	const nonce = randomBytes(16).toString('base64url');
	return `${nonce}.${sign(secret, email, nonce)}`;
}

/** The cookie's nonce when it was issued by us for this very account, else null. */
export function deviceNonce(
	secret: string,
	email: string,
	value: string | undefined
): string | null {
	const [nonce, mac, ...rest] = (value ?? '').split('.');
	if (!nonce || !mac || rest.length || !/^[\w-]{22}$/.test(nonce)) return null;
	const expected = Buffer.from(sign(secret, email, nonce));
	const given = Buffer.from(mac);
	return given.length === expected.length && timingSafeEqual(given, expected) ? nonce : null;
}
