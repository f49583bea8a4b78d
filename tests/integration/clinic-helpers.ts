// Shared set-up for the clinic specs: staff of both roles and submitted example intakes.
import { readFileSync } from 'node:fs';
import type { Db } from '../../src/lib/server/db/client';
import * as drafts from '../../src/lib/server/intakes/drafts';
import { submit } from '../../src/lib/server/intakes/submit';
import * as staff from '../../src/lib/server/auth/accounts';
import type { Actor } from '../../src/lib/server/clinic/workflow';

// The examples were written on this day; their last-dose dates are relative to it.
export const TODAY = '2026-11-27';
export const SERVICE_STATES = ['TX', 'FL', 'GA', 'MO', 'IL', 'IA'];

/**
 * A patient's draft holding `answers` (by default docs/examples/<name>.json), consent given;
 * returns its id.
 */
export async function draftExample(db: Db, name: string, answers?: unknown): Promise<string> {
	const { id } = await drafts.start(db, {
		questionnaireVersion: 'test',
		locale: 'en',
		consent: {
			version: 'v',
			textHash: 'h',
			locale: 'en',
			contactConsent: 'yes',
			textConsent: 'yes'
		},
		answers: answers ?? JSON.parse(readFileSync(`docs/examples/${name}.json`, 'utf8')),
		origin: {}
	});
	return id;
}

/** Submits docs/examples/<name>.json as a patient would; returns the intake id. */
export async function submitExample(db: Db, name: string): Promise<string> {
	const id = await draftExample(db, name);
	const outcome = await submit(db, id, { today: TODAY, serviceStates: SERVICE_STATES });
	if (outcome.kind !== 'submitted') throw new Error(`example ${name} was not submitted`);
	return id;
}

/** A staff member as the workflow sees them. */
export async function staffActor(
	db: Db,
	role: Actor['role'],
	name = `Dr ${role} ${crypto.randomUUID().slice(0, 6)}`
): Promise<Actor> {
	const id = await staff.create(db, {
		email: `${crypto.randomUUID().slice(0, 8)}@clinic.test`,
		name,
		role,
		password: 'long enough password'
	});
	return { id, role, requestId: `req-${crypto.randomUUID()}` };
}
