import { readFileSync } from 'node:fs';

export const E2E_STATE_FILE = 'data/e2e-state.json';
/** Everything the server under test writes to stdout and stderr (the privacy test reads it). */
export const E2E_SERVER_LOG = 'data/e2e-server.log';

export interface E2eState {
	driver: 'postgres' | 'pglite';
	databaseUrl: string | null;
	/**
	 * `totpSecret`: the base32 TOTP secret of a staff member seeded with two-factor on;
	 * `sessionCookie`: `name=value` of a session opened before the account was disabled.
	 */
	staff: Record<
		string,
		{ email: string; password: string; totpSecret?: string; sessionCookie?: string }
	>;
	/** Intakes seeded for the clinic tests (tests/e2e/seed-clinic.ts). */
	intakes?: {
		oxycodone: string;
		workflow: string[];
		reopen: string[];
		override: string[];
		bulk: string[];
	};
	/** A patient's draft (tests/e2e/seed-security.ts): staff must find nothing at its id. */
	draftIntake?: string;
}

/** What tests/e2e/server.ts prepared for this run (staff logins, database). */
export const readState = (): E2eState => JSON.parse(readFileSync(E2E_STATE_FILE, 'utf8'));
