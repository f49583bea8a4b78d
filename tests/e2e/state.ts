import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Browser tests run in parallel workers, each against a server and database of its own (its
 * "slot": .config/playwright.config.ts starts one server per worker). A server knows its slot from
 * E2E_SLOT; a Playwright worker from TEST_PARALLEL_INDEX, which Playwright sets for each worker
 * (0 … workers - 1, kept by a worker that replaces a failed one).
 */
export const E2E_SLOT = Number(process.env.E2E_SLOT ?? process.env.TEST_PARALLEL_INDEX ?? 0);
/** Where this slot's server keeps what the tests read. */
export const E2E_DIR = join('data', 'e2e', String(E2E_SLOT));
export const E2E_STATE_FILE = join(E2E_DIR, 'state.json');
/** Everything the server under test writes to stdout and stderr (the privacy test reads it). */
export const E2E_SERVER_LOG = join(E2E_DIR, 'server.log');
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
