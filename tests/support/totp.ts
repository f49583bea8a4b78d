// Turns on TOTP two-factor for a seeded staff member through better-auth itself (the same calls
// /staff/security makes), for browser tests and benchmarks that sign in as an admin. The server
// must later run with the same BETTER_AUTH_SECRET: the TOTP secret is stored encrypted with it.
import { createOTP } from '@better-auth/utils/otp';
import { base32 } from '@better-auth/utils/base32';
import { eq } from 'drizzle-orm';
import { createAuth } from '../../src/lib/server/auth/instance';
import type { Db } from '../../src/lib/server/db/client';
import { session, user } from '../../src/lib/server/db/schema';

/** Enrols `who` and returns the base32 TOTP secret (as shown on /staff/security). */
export async function enrolTotp(
	db: Db,
	opts: { secret: string; baseURL: string },
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
	// Leave no session behind: tests sign in for themselves.
	const [u] = await db.select({ id: user.id }).from(user).where(eq(user.email, who.email));
	await db.delete(session).where(eq(session.userId, u!.id));
	return secret;
}

/** The current 6-digit code for a base32 TOTP secret. */
export function totpCode(secret: string): Promise<string> {
	return createOTP(new TextDecoder().decode(base32.decode(secret))).totp();
}
