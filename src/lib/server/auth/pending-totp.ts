// Two-step enrolment that survives a reload (issue 14). better-auth keeps the TOTP secret and
// backup codes it generates in `two_factor` (verified = false, encrypted with the server secret)
// until the first code confirms them. /staff/security shows that same pending secret again after
// a reload instead of asking for the password and making a new one, so a reload between scanning
// the QR code and typing the code cannot leave the authenticator app with a dead key.
//
// Only the session that typed the password sees it again: when enrolment starts, the browser gets
// a cookie signed with the server secret that names its session, the stored (encrypted) secret
// and an expiry 30 minutes out. Without a valid one (another session, another browser, a newer
// secret, or later) the password is asked again, and a new secret replaces the pending one. A
// stolen session cookie alone still cannot read or enrol a second factor.
import type { Cookies } from '@sveltejs/kit';
import { createOTP } from '@better-auth/utils/otp';
import { symmetricDecrypt } from 'better-auth/crypto';
import { and, eq } from 'drizzle-orm';
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { Db } from '../db/client';
import { twoFactor } from '../db/schema';
import type { Auth } from './instance';

export const PENDING_COOKIE = 'ldn-totp-pending';
export const PENDING_MINUTES = 30;
const COOKIE_PATH = '/staff/security';
/** The issuer better-auth writes into the otpauth:// URI (auth/instance.ts). */
const ISSUER = 'LDN Intake';

export interface PendingEnrolment {
	totpURI: string;
	/** The base32 key, as the user types it into an app. */
	secret: string;
	backupCodes: string[];
}

interface Who {
	userId: string;
	email: string;
	sessionId: string;
}

const fingerprint = (encrypted: string) =>
	createHash('sha256').update(encrypted).digest('base64url');

function sign(key: string, who: Who, encrypted: string, expiresAt: number) {
	return createHmac('sha256', key)
		.update(
			`totp-pending\0${who.userId}\0${who.sessionId}\0${fingerprint(encrypted)}\0${expiresAt}`
		)
		.digest('base64url');
}

const pendingRow = async (db: Db, userId: string) =>
	(
		await db
			.select({ secret: twoFactor.secret, backupCodes: twoFactor.backupCodes })
			.from(twoFactor)
			.where(and(eq(twoFactor.userId, userId), eq(twoFactor.verified, false)))
	)[0];

/** The pending-enrolment cookie's flags: for /staff/security only, never readable by scripts. */
export const pendingCookieOptions = (url: URL) => ({
	path: COOKIE_PATH,
	httpOnly: true,
	secure: url.protocol === 'https:',
	sameSite: 'strict' as const,
	maxAge: PENDING_MINUTES * 60
});

/** After better-auth made a pending secret: lets this session show it again for 30 minutes. */
export async function rememberPending(
	db: Db,
	auth: Auth,
	cookies: Cookies,
	who: Who & { url: URL },
	now = Date.now()
): Promise<void> {
	const row = await pendingRow(db, who.userId);
	if (!row) return;
	const { secret } = await auth.$context;
	const expiresAt = now + PENDING_MINUTES * 60_000;
	const value = `${expiresAt}.${sign(secret, who, row.secret, expiresAt)}`;
	cookies.set(PENDING_COOKIE, value, pendingCookieOptions(who.url));
}

/** Forgets the pending enrolment in this browser (after it is confirmed). */
export const forgetPending = (cookies: Cookies) =>
	cookies.delete(PENDING_COOKIE, { path: COOKIE_PATH });

/**
 * The pending secret and backup codes, decrypted, when this session started the enrolment less
 * than 30 minutes ago and it is still the newest one; otherwise null.
 */
export async function readPending(
	db: Db,
	auth: Auth,
	cookies: Cookies,
	who: Who,
	now = Date.now()
): Promise<PendingEnrolment | null> {
	const [expiry, signature, ...rest] = (cookies.get(PENDING_COOKIE) ?? '').split('.');
	if (!expiry || !signature || rest.length > 0 || !/^\d{1,15}$/.test(expiry)) return null;
	if (Number(expiry) <= now) return null;
	const row = await pendingRow(db, who.userId);
	if (!row) return null;
	const ctx = await auth.$context;
	const expected = Buffer.from(sign(ctx.secret, who, row.secret, Number(expiry)));
	const given = Buffer.from(signature);
	if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
	const key = ctx.secretConfig;
	const secret = await symmetricDecrypt({ key, data: row.secret });
	// better-auth's own generated secrets are used as-is (imported ones, never made here, are not).
	if (secret.startsWith('base32:')) return null;
	const codes: unknown = JSON.parse(await symmetricDecrypt({ key, data: row.backupCodes }));
	const totpURI = createOTP(secret, { digits: 6 }).url(ISSUER, who.email);
	return {
		totpURI,
		secret: new URL(totpURI).searchParams.get('secret') ?? '',
		backupCodes: Array.isArray(codes) ? codes.filter((c) => typeof c === 'string') : []
	};
}
