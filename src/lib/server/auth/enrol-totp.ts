// Turns on TOTP two-step verification for a staff member through better-auth itself (the same
// calls /staff/security makes), without a browser: for the development demo accounts and for the
// tests. Leaves no session behind.
import { createOTP } from '@better-auth/utils/otp';
import { base32 } from '@better-auth/utils/base32';
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { session, user } from '../db/schema';
import { createAuth, type AuthOptions } from './instance';

/** The current 6-digit code for a base32 TOTP secret (as an authenticator app shows it). */
export function totpCode(secret: string): Promise<string> {
	return createOTP(new TextDecoder().decode(base32.decode(secret))).totp();
}

/** Enrols `who` and returns the base32 TOTP secret (the key /staff/security shows). */
export async function enrolTotp(
	db: Db,
	opts: AuthOptions,
	who: { email: string; password: string }
): Promise<string> {
	const auth = createAuth(db, opts);
	const { headers } = await auth.api.signInEmail({
		body: { email: who.email, password: who.password },
		returnHeaders: true
	});
	const cookie = new Headers({
		cookie: headers
			.getSetCookie()
			.map((c) => c.split(';')[0])
			.join('; ')
	});
	const enrol = await auth.api.enableTwoFactor({
		body: { password: who.password },
		headers: cookie
	});
	if (!('totpURI' in enrol)) throw new Error('expected a TOTP enrolment');
	const secret = new URL(enrol.totpURI).searchParams.get('secret')!;
	await auth.api.verifyTOTP({ body: { code: await totpCode(secret) }, headers: cookie });
	const [u] = await db.select({ id: user.id }).from(user).where(eq(user.email, who.email));
	await db.delete(session).where(eq(session.userId, u!.id));
	return secret;
}
