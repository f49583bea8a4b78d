// What the route × role matrix needs beyond the other seeds: a clinician disabled while still
// signed in (their session cookie is kept, as a browser left open would be) and a draft intake (a
// patient's, which staff must not see). The admin without two-factor is made by the test itself,
// through /admin/staff, because admin.e2e.ts disables every other admin it finds.
import '../../src/lib/server/medicine-matcher';
import { eq } from 'drizzle-orm';
import { createAuth } from '../../src/lib/server/auth/instance';
import { generatePassword } from '../../src/lib/server/auth/password';
import type { Db } from '../../src/lib/server/db/client';
import { user } from '../../src/lib/server/db/schema';
import * as drafts from '../../src/lib/server/intakes/drafts';
import * as staff from '../../src/lib/server/auth/accounts';
import type { E2eState } from './state';

export async function seedSecurity(
	db: Db,
	state: E2eState,
	auth: { secret: string; baseURL: string }
): Promise<void> {
	const password = generatePassword();
	const email = 'disabled@e2e.test';
	await staff.create(db, { email, name: 'E2E disabled', role: 'clinician', password });
	state.staff.disabled = { email, password };
	// Signed in first, then disabled behind the app's back: the session row stays, so only the
	// hook's check of the user can refuse it.
	const { headers } = await createAuth(db, auth).api.signInEmail({
		body: { email, password },
		returnHeaders: true
	});
	state.staff.disabled.sessionCookie = headers
		.getSetCookie()
		.map((c) => c.split(';')[0]!)
		.find((c) => c.startsWith('better-auth.session_token='));
	await db
		.update(user)
		.set({ banned: true, banReason: 'e2e: disabled' })
		.where(eq(user.email, email));

	const draft = await drafts.start(db, {
		questionnaireVersion: 'e2e',
		locale: 'en',
		consent: {
			version: 'e2e',
			textHash: 'e2e',
			locale: 'en',
			contactConsent: 'yes',
			textConsent: 'yes'
		},
		answers: { consent: { privacyNotice: 'accepted', contactConsent: 'yes', textConsent: 'yes' } },
		origin: { source: 'e2e' }
	});
	state.draftIntake = draft.id;
}
