// What the admin browser tests need in the database, inserted through the schema (never the UI):
// a few submitted intakes from one source for the leads export, with and without contact consent,
// one of them with a formula for a first name.
import '../../src/lib/server/medicine-matcher';
import { QUESTIONNAIRE_VERSION } from '../../src/lib/intake';
import type { Db } from '../../src/lib/server/db/client';
import { intakes } from '../../src/lib/server/db/schema';

export const EXPORT_SOURCE = 'e2e-export';
export const INJECTED_NAME = '=HYPERLINK("http://evil.example","Click me")';

export async function seedExportLeads(db: Db): Promise<void> {
	const lead = (firstName: string, lastName: string, contactConsent: 'yes' | 'no', n: number) => ({
		status: 'submitted' as const,
		questionnaireVersion: QUESTIONNAIRE_VERSION,
		answers: { about: { preferredContact: 'email' } },
		firstName,
		lastName,
		email: `lead${n}@example.com`,
		phone: `51255501${String(n).padStart(2, '0')}`,
		usState: 'TX',
		contactConsent,
		textConsent: 'no' as const,
		consentVersion: 'e2e',
		triage: 'eligible' as const,
		source: EXPORT_SOURCE,
		utm: { utm_source: EXPORT_SOURCE, utm_medium: 'email', utm_campaign: 'e2e' },
		submittedAt: new Date(Date.now() - n * 60_000)
	});
	await db
		.insert(intakes)
		.values([
			lead('Avery', 'Consented', 'yes', 1),
			lead(INJECTED_NAME, 'Injected', 'yes', 2),
			lead('Blake', 'Consented', 'yes', 3),
			lead('Nora', 'Declined', 'no', 4),
			lead('Noel', 'Declined', 'no', 5)
		]);
}
