// Whose second factor a sign-in is waiting for, before the code is checked: better-auth keeps the
// account id in a verification row named by its signed `two_factor` cookie. The throttle needs it
// so that TOTP and backup-code guesses count per account, not only per pending sign-in.
import type { Cookies } from '@sveltejs/kit';
import type { Auth } from './instance';

/** The account id of the pending two-step sign-in, or null (no, expired or unknown cookie). */
export async function pendingTwoFactorUser(auth: Auth, cookies: Cookies): Promise<string | null> {
	const ctx = await auth.$context;
	const signed = cookies.get(ctx.createAuthCookie('two_factor').name);
	const dot = signed?.lastIndexOf('.') ?? -1;
	if (!signed || dot < 1) return null;
	const row = await ctx.internalAdapter.findVerificationValue(signed.slice(0, dot));
	return row && new Date(row.expiresAt) > new Date() ? row.value : null;
}
