import { readFileSync } from 'node:fs';

export const E2E_STATE_FILE = 'data/e2e-state.json';

export interface E2eState {
	driver: 'postgres' | 'pglite';
	databaseUrl: string | null;
	/** `totpSecret`: the base32 TOTP secret of a staff member seeded with two-factor on. */
	staff: Record<string, { email: string; password: string; totpSecret?: string }>;
	/** Intakes seeded for the clinic tests (tests/e2e/seed-clinic.ts). */
	intakes?: { oxycodone: string; workflow: string[]; reopen: string[] };
}

/** What tests/e2e/server.ts prepared for this run (staff logins, database). */
export const readState = (): E2eState => JSON.parse(readFileSync(E2E_STATE_FILE, 'utf8'));
