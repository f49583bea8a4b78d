// The route × role matrix: for every page, form action and endpoint in src/routes (found by
// tests/support/routes.ts), what each kind of visitor gets. tests/unit/route-matrix.spec.ts fails
// when a route or action has no row here; tests/e2e/route-matrix.e2e.ts sends every request.
//
// Adding a route or an action? Add a row keyed exactly as the failure message says, with the path
// to request and an expectation for each role (the helpers below say who may use it). Actions are
// posted with an empty form: a valid request changes nothing, so the allowed answer is usually 400.
import { QUESTIONNAIRE_VERSION } from '../../src/lib/intake/answers';
import type { E2eState } from './state';

export const ROLES = ['anonymous', 'disabled', 'clinician', 'adminWithout2fa', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/**
 * A status; `303 <path>` for a redirect to that path; `sign-in` (GET: 303 to /login?next=<path>,
 * otherwise 401); `enrol` (GET: 303 to /staff/security, otherwise 403).
 * Staff made on /admin/staff change their one-time password first (tests/e2e/first-sign-in.ts).
 */
export type Outcome = 200 | 400 | 401 | 403 | 404 | `303 /${string}` | 'sign-in' | 'enrol';

export interface Row {
	path: (state: E2eState) => string;
	expect: Record<Role, Outcome>;
	/** Cache-Control for signed-out visitors when it is not `no-store` (public, patient-free data). */
	publicCache?: string;
	/** The request ends the session: the matrix sends it last for each role. */
	endsSession?: boolean;
}

const all = (outcome: Outcome): Record<Role, Outcome> =>
	Object.fromEntries(ROLES.map((r) => [r, outcome])) as Record<Role, Outcome>;
/** Same for everyone, whether signed in or not (the patient pages: a staff session is irrelevant). */
const everyone = all;
/** Signed-out visitors (a disabled user's session counts as none) get one thing, staff another. */
const signedOutOrIn = (signedOut: Outcome, signedIn: Outcome): Record<Role, Outcome> => ({
	anonymous: signedOut,
	disabled: signedOut,
	clinician: signedIn,
	adminWithout2fa: signedIn,
	admin: signedIn
});
/** Clinicians and admins, whether or not they have two-factor (their own account pages). */
const staff = (allowed: Outcome) => signedOutOrIn('sign-in', allowed);
/** Clinicians and admins with a verified second factor: every page with patient data. */
const patientData = (allowed: Outcome): Record<Role, Outcome> => ({
	...staff(allowed),
	adminWithout2fa: 'enrol'
});
/** Admins with a verified second factor only. */
const adminOnly = (allowed: Outcome): Record<Role, Outcome> => ({
	...staff(403),
	adminWithout2fa: 'enrol',
	admin: allowed
});

const intake = (s: E2eState) => `/clinic/intakes/${s.intakes!.oxycodone}`;
const at = (path: string) => () => path;

export const MATRIX: Record<string, Row> = {
	// The patient wizard: a staff session changes nothing; without a form in progress every page
	// after consent sends the visitor to the consent step.
	'GET /(public)': { path: at('/'), expect: everyone(200) },
	'GET /(public)/intake': { path: at('/intake'), expect: everyone('303 /intake/consent') },
	'GET /(public)/intake/[step=step]': { path: at('/intake/consent'), expect: everyone(200) },
	'POST /(public)/intake/[step=step]': { path: at('/intake/consent'), expect: everyone(400) },
	'GET /(public)/intake/done': {
		path: at('/intake/done'),
		expect: everyone('303 /intake/consent')
	},
	'GET /(public)/intake/resume': { path: at('/intake/resume'), expect: everyone(200) },
	'POST /(public)/intake/resume': { path: at('/intake/resume'), expect: everyone(400) },
	'GET /(public)/intake/resume/[token]': {
		path: at(`/intake/resume/${'A'.repeat(43)}`),
		expect: everyone(200) // "this link does not work"
	},
	'POST /(public)/intake/resume/[token]': {
		path: at(`/intake/resume/${'A'.repeat(43)}`),
		expect: everyone(400) // a link that does not work cannot be used
	},
	// Medicine-name suggestions: JSON only, so an empty form is a bad request.
	'POST /(public)/intake/medicine-names': {
		path: at('/intake/medicine-names'),
		expect: everyone(400)
	},
	'POST /(public)/intake/start-over': {
		path: at('/intake/start-over'),
		expect: everyone('303 /intake/consent')
	},
	'GET /(public)/intake/review': {
		path: at('/intake/review'),
		expect: everyone('303 /intake/consent')
	},
	'POST /(public)/intake/review': {
		path: at('/intake/review'),
		expect: everyone('303 /intake/consent')
	},
	'GET /(public)/intake/save': {
		path: at('/intake/save'),
		expect: everyone('303 /intake/consent')
	},
	'POST /(public)/intake/save': {
		path: at('/intake/save'),
		expect: everyone('303 /intake/consent')
	},
	'GET /(public)/intake/update': {
		path: at('/intake/update'),
		expect: everyone('303 /intake/consent')
	},
	'POST /(public)/intake/update': {
		path: at('/intake/update'),
		expect: everyone('303 /intake/consent')
	},
	'GET /(public)/intake/submitted': {
		path: at('/intake/submitted'),
		expect: everyone('303 /intake/consent')
	},
	'GET /fhir/Questionnaire/[version]': {
		path: at(`/fhir/Questionnaire/${QUESTIONNAIRE_VERSION}`),
		expect: everyone(200),
		publicCache: 'public, max-age=3600'
	},

	// Signing in and out.
	'GET /(staff)/login': { path: at('/login'), expect: signedOutOrIn(200, '303 /clinic') },
	// After a refused post the page is shown again, and its load sends a signed-in user on.
	'POST /(staff)/login': { path: at('/login'), expect: signedOutOrIn(400, '303 /clinic') },
	// Forgot password and set-password links: the same for everyone (the link is the credential).
	'GET /(staff)/login/forgot': { path: at('/login/forgot'), expect: everyone(200) },
	'POST /(staff)/login/forgot': { path: at('/login/forgot'), expect: everyone(400) },
	'GET /(staff)/login/set-password/[token]': {
		path: at(`/login/set-password/${'A'.repeat(43)}`),
		expect: everyone(200) // "this link does not work"
	},
	'POST /(staff)/login/set-password/[token]': {
		path: at(`/login/set-password/${'A'.repeat(43)}`),
		expect: everyone(400)
	},
	'GET /(staff)/login/two-factor': {
		path: at('/login/two-factor'),
		expect: signedOutOrIn(200, '303 /clinic')
	},
	'POST /(staff)/login/two-factor': {
		path: at('/login/two-factor'),
		expect: signedOutOrIn(400, '303 /clinic')
	},
	'GET /(staff)/logout': { path: at('/logout'), expect: signedOutOrIn('303 /login', 200) },
	'POST /(staff)/logout': {
		path: at('/logout'),
		expect: everyone('303 /login'),
		endsSession: true
	},
	'GET /(staff)/staff/security': { path: at('/staff/security'), expect: staff(200) },
	'GET /(staff)/staff/password': { path: at('/staff/password'), expect: staff(200) },
	'POST /(staff)/staff/password': { path: at('/staff/password'), expect: staff(400) },
	'GET /(staff)/staff/alerts': { path: at('/staff/alerts'), expect: staff(200) },
	'POST /(staff)/staff/alerts': { path: at('/staff/alerts'), expect: staff(400) },
	'POST /(staff)/staff/security?/start': { path: at('/staff/security?/start'), expect: staff(400) },
	'POST /(staff)/staff/security?/verify': {
		path: at('/staff/security?/verify'),
		expect: staff(400)
	},

	// The clinic: clinicians and admins, with two-factor (patient data).
	'GET /(staff)/clinic': { path: at('/clinic'), expect: patientData(200) },
	// The queue's own actions, posted empty: no rows, no name, no view (a field error each).
	...Object.fromEntries(
		(['assign', 'archive', 'saveView', 'deleteView'] as const).map((action) => [
			`POST /(staff)/clinic?/${action}`,
			{ path: at(`/clinic?/${action}`), expect: patientData(400) }
		])
	),
	'GET /(staff)/clinic/intakes/[id]': { path: intake, expect: patientData(200) },
	'POST /(staff)/clinic/intakes/[id]?/status': {
		path: (s) => `${intake(s)}?/status`,
		expect: patientData(400)
	},
	'POST /(staff)/clinic/intakes/[id]?/assign': {
		path: (s) => `${intake(s)}?/assign`,
		expect: patientData(400)
	},
	'POST /(staff)/clinic/intakes/[id]?/reopen': {
		path: (s) => `${intake(s)}?/reopen`,
		expect: patientData(400)
	},
	'POST /(staff)/clinic/intakes/[id]?/reissue': {
		path: (s) => `${intake(s)}?/reissue`,
		expect: patientData(400)
	},
	'POST /(staff)/clinic/intakes/[id]?/note': {
		path: (s) => `${intake(s)}?/note`,
		expect: patientData(400)
	},
	'POST /(staff)/clinic/intakes/[id]?/rescreen': {
		path: (s) => `${intake(s)}?/rescreen`,
		expect: patientData(400)
	},
	'POST /(staff)/clinic/intakes/[id]?/review': {
		path: (s) => `${intake(s)}?/review`,
		expect: patientData(400)
	},
	'GET /(staff)/clinic/intakes/[id]/print': {
		path: (s) => `${intake(s)}/print`,
		expect: patientData(200)
	},
	'GET /(staff)/clinic/intakes/[id]/fhir': {
		path: (s) => `${intake(s)}/fhir`,
		expect: patientData(200)
	},

	// Insights: counts for clinicians and admins, with two-factor like the clinic.
	'GET /(staff)/insights': { path: at('/insights'), expect: patientData(200) },
	'GET /(staff)/insights/download': {
		path: at('/insights/download?chart=volume'),
		expect: patientData(200)
	},

	// Administration: admins who have verified a second factor.
	'GET /(staff)/admin': { path: at('/admin'), expect: adminOnly(200) },
	'GET /(staff)/admin/export': { path: at('/admin/export'), expect: adminOnly(200) },
	'POST /(staff)/admin/export/download': {
		path: at('/admin/export/download'),
		expect: adminOnly(200) // no filters: every consenting lead
	},
	'GET /(staff)/admin/staff': { path: at('/admin/staff'), expect: adminOnly(200) },
	'GET /(staff)/admin/audit': { path: at('/admin/audit'), expect: adminOnly(200) },
	'GET /(staff)/admin/audit/download': {
		path: at('/admin/audit/download?action=staff.created'),
		expect: adminOnly(200)
	},
	'POST /(staff)/admin/staff?/create': { path: at('/admin/staff?/create'), expect: adminOnly(400) },
	'POST /(staff)/admin/staff?/setRole': {
		path: at('/admin/staff?/setRole'),
		expect: adminOnly(400)
	},
	'POST /(staff)/admin/staff?/disable': {
		path: at('/admin/staff?/disable'),
		expect: adminOnly(400)
	},
	'POST /(staff)/admin/staff?/enable': { path: at('/admin/staff?/enable'), expect: adminOnly(400) },
	'POST /(staff)/admin/staff?/resetPassword': {
		path: at('/admin/staff?/resetPassword'),
		expect: adminOnly(400)
	},
	'POST /(staff)/admin/staff?/emailPasswordLink': {
		path: at('/admin/staff?/emailPasswordLink'),
		expect: adminOnly(400)
	},
	'POST /(staff)/admin/staff?/resetTwoFactor': {
		path: at('/admin/staff?/resetTwoFactor'),
		expect: adminOnly(400)
	}
};

/** The status and redirect target an outcome stands for, for a request to `path`. */
export function resolveOutcome(
	outcome: Outcome,
	method: string,
	path: string
): { status: number; location?: string } {
	const read = method === 'GET' || method === 'HEAD';
	if (outcome === 'sign-in') {
		return read
			? { status: 303, location: `/login?next=${encodeURIComponent(path)}` }
			: { status: 401 };
	}
	if (outcome === 'enrol')
		return read ? { status: 303, location: '/staff/security' } : { status: 403 };
	if (typeof outcome === 'number') return { status: outcome };
	return { status: 303, location: outcome.slice(4) };
}

/** What is wrong between the routes on disk and the matrix, in words that say what to do. */
export function matrixProblems(discovered: readonly string[]): string[] {
	const problems = discovered
		.filter((key) => !(key in MATRIX))
		.map(
			(key) =>
				`No expectation for "${key}": add a row to MATRIX in tests/e2e/route-matrix.ts saying what ${ROLES.join(', ')} get.`
		);
	for (const key of Object.keys(MATRIX)) {
		if (!discovered.includes(key)) {
			problems.push(
				`MATRIX in tests/e2e/route-matrix.ts has a row for "${key}", which is no longer in src/routes: remove or rename it.`
			);
		}
	}
	return problems;
}
