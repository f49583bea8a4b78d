// A staff member changes their own password (/staff/password): the current one, then a new one
// that meets the policy (auth/password-policy.ts). The current-password check is counted before
// it runs, per account (login.ts), so a stolen session cannot guess it quickly; a failure is
// audited like a failed sign-in. On success every other session of the account ends, the
// one-time-password flag is cleared and the change is audited.
import { APIError } from 'better-auth/api';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import * as audit from './audit';
import type { Auth } from './auth/instance';
import { newPasswordSchema } from './auth/password-policy';
import type { Db } from './db/client';
import { user } from './db/schema';
import * as login from './login';

export const changePasswordSchema = z
	.object({
		currentPassword: z.string().min(1, 'Enter your current password.').max(128),
		newPassword: newPasswordSchema
	})
	.refine((v) => v.newPassword !== v.currentPassword, {
		path: ['newPassword'],
		message: 'Choose a password different from the current one.'
	});

export type ChangeOutcome =
	{ kind: 'changed' } | { kind: 'wrong-password' } | { kind: 'throttled'; retryAfter: number };

export interface ChangeContext {
	db: Db;
	auth: Auth;
	secret: string;
	headers: Headers;
	user: { id: string; role?: string | null };
	ip: string;
	requestId?: string;
}

/** Changes the signed-in staff member's password (input already parsed by changePasswordSchema). */
export async function change(
	ctx: ChangeContext,
	input: z.infer<typeof changePasswordSchema>
): Promise<ChangeOutcome> {
	const throttle = await login.throttlePasswordCheck(ctx.db, {
		secret: ctx.secret,
		userId: ctx.user.id
	});
	if (!throttle.allowed) return { kind: 'throttled', retryAfter: throttle.retryAfter };
	try {
		await ctx.auth.api.changePassword({
			body: { ...input, revokeOtherSessions: true },
			headers: ctx.headers
		});
	} catch (e) {
		if (!(e instanceof APIError)) throw e;
		await login.recordFailure(ctx.db, {
			userId: ctx.user.id,
			ip: ctx.ip,
			reason: 'password-check',
			requestId: ctx.requestId
		});
		return { kind: 'wrong-password' };
	}
	await login.forgetFailures(ctx.db, throttle.key);
	await ctx.db.update(user).set({ mustChangePassword: false }).where(eq(user.id, ctx.user.id));
	await audit.record(ctx.db, {
		action: 'staff.password_changed',
		actorId: ctx.user.id,
		actorRole: ctx.user.role ?? null,
		requestId: ctx.requestId ?? null
	});
	return { kind: 'changed' };
}
