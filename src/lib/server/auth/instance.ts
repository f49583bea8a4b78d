// Staff authentication (better-auth), as a factory so that integration tests can run the real
// configuration against their own database. Sessions live in PostgreSQL with the cookie cache off,
// so a revoked session or a disabled user is refused on the very next request. We never mount
// better-auth's HTTP handler: every flow goes through our own form actions, which carry our login
// throttle (better-auth does not rate-limit server-side `auth.api.*` calls) and keep endpoints
// such as sign-up or set-role off the public surface.
import { betterAuth } from 'better-auth/minimal';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { admin, twoFactor } from 'better-auth/plugins';
import { sveltekitCookies } from 'better-auth/svelte-kit';
import type { RequestEvent } from '@sveltejs/kit';
import type { Db } from '../db/client';
import * as schema from '../db/schema';
import {
	generateBackupCodes,
	hashPassword,
	verifyPassword,
	PASSWORD_MIN_LENGTH,
	PASSWORD_MAX_LENGTH
} from './password';
import { ac, roles } from './roles';
import { logSafely } from '../http/error-log';

export const SESSION_IDLE_SECONDS = 15 * 60;
export const SESSION_ABSOLUTE_SECONDS = 12 * 60 * 60;

export interface AuthOptions {
	secret: string;
	baseURL: string;
	/** Lets better-auth set cookies on the current SvelteKit response; absent in tests and CLIs. */
	getRequestEvent?: () => RequestEvent;
}

export function createAuth(db: Db, opts: AuthOptions) {
	return betterAuth({
		appName: 'LDN Intake',
		baseURL: opts.baseURL,
		secret: opts.secret,
		database: drizzleAdapter(db, { provider: 'pg', schema }),
		emailAndPassword: {
			enabled: true,
			disableSignUp: true,
			minPasswordLength: PASSWORD_MIN_LENGTH,
			maxPasswordLength: PASSWORD_MAX_LENGTH,
			password: { hash: hashPassword, verify: verifyPassword }
		},
		user: {
			// Set when an admin hands out a one-time password (created or reset): the hook sends the
			// staff member to /staff/password before anything else (NIST SP 800-63B 3.1.1.2).
			additionalFields: {
				mustChangePassword: { type: 'boolean', defaultValue: false, input: false, required: false }
			}
		},
		session: {
			// Sliding idle window: each use (at most once a minute) pushes expiry 15 minutes out.
			// The 12-hour absolute limit is enforced in hooks.server.ts from session.createdAt.
			expiresIn: SESSION_IDLE_SECONDS,
			updateAge: 60,
			cookieCache: { enabled: false }
		},
		rateLimit: { enabled: false },
		// better-auth's own logger prints whole errors (stacks, failed queries with their values,
		// session tokens): log only the level, its message's first words and the error's class.
		logger: { log: logSafely },
		advanced: { database: { generateId: 'uuid' } },
		plugins: [
			admin({ ac, roles, adminRoles: ['admin'], defaultRole: 'clinician' }),
			twoFactor({
				issuer: 'LDN Intake',
				backupCodeOptions: {
					storeBackupCodes: 'encrypted',
					customBackupCodesGenerate: () => generateBackupCodes()
				}
			}),
			sveltekitCookies(opts.getRequestEvent ?? noEvent) // must stay last
		]
	});
}

export type Auth = ReturnType<typeof createAuth>;
export type Session = Auth['$Infer']['Session'];

/** Outside a request there is no response to set cookies on; the plugin then does nothing. */
const noEvent = () => undefined as unknown as RequestEvent;
