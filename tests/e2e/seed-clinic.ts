// What the clinic browser tests need in the database, inserted through $lib/server (never the UI):
// generated intakes (more than two pages of submitted ones), the daily-oxycodone example submitted
// as a patient would, a few fresh intakes for the workflow tests, and a signed-in user whose role
// is not a staff role (a "patient-like" account the /clinic guard must refuse).
import '../../src/lib/server/medicine-matcher';
import { readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { todayIso } from '../../src/lib/intake';
import { generatePassword } from '../../src/lib/server/auth/password';
import type { Db } from '../../src/lib/server/db/client';
import { user } from '../../src/lib/server/db/schema';
import * as drafts from '../../src/lib/server/intakes/drafts';
import { submit } from '../../src/lib/server/intakes/submit';
import { seedIntakes } from '../../src/lib/server/seed/insert';
import * as staff from '../../src/lib/server/auth/accounts';
import type { E2eState } from './state';

export const WORKFLOW_INTAKES = 6;
/** Last names of the bulk-action intakes of each Playwright project (searched for by the test). */
export const BULK_TAGS = ['Bulkjs', 'Bulknojs'] as const;
/** For "request more information": one patient gets the link by email, one cannot be emailed. */
export const REOPEN_EMAILS = ['reopen0@example.com', 'reopen1@bounce.e2e.test'];

const example = (name: string) =>
	JSON.parse(readFileSync(`docs/examples/${name}.json`, 'utf8')) as Record<string, unknown>;

async function submitAnswers(db: Db, answers: Record<string, unknown>) {
	const { id } = await drafts.start(db, {
		questionnaireVersion: 'e2e',
		locale: 'en',
		consent: {
			version: 'e2e',
			textHash: 'e2e',
			locale: 'en',
			contactConsent: 'yes',
			textConsent: 'yes'
		},
		answers,
		origin: { source: 'e2e' }
	});
	const outcome = await submit(db, id, { today: todayIso(), serviceStates: ['TX', 'FL'] });
	if (outcome.kind !== 'submitted') throw new Error(`seed intake not submitted: ${outcome.kind}`);
	return id;
}

export async function seedClinic(db: Db, state: E2eState): Promise<E2eState['intakes']> {
	await seedIntakes(db, { count: 300, seed: 5, batchSize: 100 });
	const oxycodone = await submitAnswers(db, example('daily-oxycodone'));
	const base = example('clean-fibromyalgia');
	const about = base.about as Record<string, unknown>;
	const workflow: string[] = [];
	for (let i = 0; i < WORKFLOW_INTAKES; i++) {
		workflow.push(
			await submitAnswers(db, {
				...base,
				about: { ...about, lastName: `Workflow${i}`, email: `workflow${i}@example.com` }
			})
		);
	}
	const reopen: string[] = [];
	for (const [i, email] of REOPEN_EMAILS.entries()) {
		reopen.push(
			await submitAnswers(db, { ...base, about: { ...about, lastName: `Reopen${i}`, email } })
		);
	}
	// Not eligible now (daily opioid) with a caution too (Hashimoto's on levothyroxine): for the
	// override of a contraindication and a caution marked as reviewed (issue 16), JS on and off.
	const oxy = example('daily-oxycodone');
	const oxyMeds = oxy.medications as { medications: unknown[] };
	const oxyConditions = oxy.conditions as { conditions: string[] };
	const override: string[] = [];
	for (let i = 0; i < 2; i++) {
		override.push(
			await submitAnswers(db, {
				...oxy,
				about: {
					...(oxy.about as Record<string, unknown>),
					firstName: 'Lucía',
					lastName: `Núñez-Override${i}`,
					email: `lucia.nunez${i}@example.com`,
					phone: `(312) 555-07${i}9`
				},
				conditions: { ...oxyConditions, conditions: [...oxyConditions.conditions, 'hashimotos'] },
				medications: {
					...oxyMeds,
					medications: [
						...oxyMeds.medications,
						{
							name: 'levothyroxine',
							dose: '75 mcg every morning',
							route: 'mouth',
							status: 'current',
							reason: 'thyroid'
						}
					]
				}
			})
		);
	}
	// Bulk actions on the queue (issue 16): three of their own for each project (JS on, off).
	const bulk: string[] = [];
	for (const tag of BULK_TAGS) {
		for (let i = 0; i < 3; i++) {
			bulk.push(
				await submitAnswers(db, {
					...base,
					about: { ...about, lastName: `${tag}${i}`, email: `${tag.toLowerCase()}${i}@example.com` }
				})
			);
		}
	}
	const password = generatePassword();
	const email = 'patient@e2e.test';
	const id = await staff.create(db, { email, name: 'Not Staff', role: 'clinician', password });
	await db.update(user).set({ role: 'patient' }).where(eq(user.id, id));
	state.staff.patient = { email, password };
	return { oxycodone, workflow, reopen, override, bulk };
}
