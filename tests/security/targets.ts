// What `npm run security:scan` attacks with sqlmap: every form action and endpoint that
// tests/support/routes.ts finds in src/routes (the route × role matrix's enumeration), each with a
// valid sample body (field names from the real schemas) and the identity that may use it, plus the
// GET forms whose query string reaches the database. A new action without a sample here fails
// tests/unit/security-scan.spec.ts, so the scan cannot silently skip it.
import { percocetAnswers, stepForm } from '../support/answers';
import type { Endpoint } from '../support/routes';

/** Who sends the request: no cookie, the patient's draft cookie, or a staff session. */
export type Identity = 'anonymous' | 'patient' | 'clinician' | 'admin';

export interface TargetContext {
	/** A submitted intake the clinician may work on. */
	intakeId: string;
	/** A staff account the admin actions may change (never the scanner's own accounts). */
	staffId: string;
	questionnaireVersion: string;
	/** The medicine-details form as the page rendered it for the scan's draft (hidden keys). */
	detailFields: [string, string][];
}

export interface SqlmapTarget {
	/** File-name-safe, unique. */
	slug: string;
	/** The endpoint key from tests/support/routes.ts. */
	key: string;
	method: 'GET' | 'POST';
	/** Path and query; `*` marks a path segment to inject into. */
	path: string;
	as: Identity;
	/** Form fields for a POST (sent as application/x-www-form-urlencoded). */
	fields?: [string, string][];
	/** A JSON body for a POST instead of form fields (sqlmap injects into its values). */
	json?: Record<string, unknown>;
	/**
	 * Level 3 also injects into the cookies, User-Agent and Referer of every request. The app reads
	 * each of them in one place only, so each is attacked on a target that reaches that place and
	 * skipped on the others (the time budget would not cover them everywhere).
	 */
	inject?: ('cookie' | 'user-agent' | 'referer')[];
}

type Sample = Omit<SqlmapTarget, 'slug' | 'key' | 'method'>;

/** Each step's form for the factory's intake (the medicine-details form comes from the page). */
const answers = percocetAnswers();
const STEP_FIELDS: Record<string, [string, string][]> = Object.fromEntries(
	(['consent', 'about', 'conditions', 'medications', 'health', 'goals'] as const).map((id) => [
		id,
		stepForm(id, answers[id])
	])
);

const CAMPAIGN = 'utm_source=scan&utm_medium=email&utm_campaign=spring&source=web';

/** One entry per action or endpoint key; a function when the path needs seeded ids. */
const SAMPLES: Record<string, (c: TargetContext) => Sample | Sample[]> = {
	'POST /(public)/intake/[step=step]': (c) =>
		Object.entries({ ...STEP_FIELDS, 'medication-details': c.detailFields }).map(
			([step, fields]) => ({
				// Starting a draft records the campaign parameters of the URL.
				path: step === 'consent' ? `/intake/consent?${CAMPAIGN}` : `/intake/${step}`,
				// Consent starts a new draft: no cookie. Later steps need the patient's draft.
				as: step === 'consent' ? 'anonymous' : 'patient',
				// Starting a draft stores the Referer; the next step looks the draft cookie up.
				inject: step === 'consent' ? ['referer'] : step === 'about' ? ['cookie'] : [],
				fields
			})
		),
	'POST /(public)/intake/resume': () => ({
		path: '/intake/resume',
		as: 'anonymous',
		fields: [
			['email', 'alex.rivera@example.com'],
			['code', 'ABCD-EFGH']
		]
	}),
	'POST /(public)/intake/resume/[token]': () => ({
		path: `/intake/resume/${'A'.repeat(43)}*`,
		as: 'anonymous',
		fields: [['x', '1']]
	}),
	// Medicine-name suggestions: JSON, open to anyone (the vocabulary is public; never stored).
	'POST /(public)/intake/medicine-names': () => ({
		path: '/intake/medicine-names',
		as: 'anonymous',
		json: { q: 'atorvastatin', check: true, locale: 'en' }
	}),
	'POST /(public)/intake/start-over': () => ({
		path: '/intake/start-over',
		as: 'anonymous',
		fields: [['x', '1']]
	}),
	'POST /(public)/intake/review': () => ({
		path: '/intake/review',
		as: 'patient',
		fields: [['website', '']]
	}),
	'POST /(public)/intake/save': () => ({ path: '/intake/save', as: 'patient', fields: [] }),
	'POST /(public)/intake/update': () => ({
		path: '/intake/update',
		as: 'patient',
		fields: [['reply', 'A knee operation in January.']]
	}),
	'POST /(staff)/login': () => ({
		path: '/login?next=%2Fclinic',
		as: 'anonymous',
		inject: ['user-agent'], // stored with a new session
		fields: [
			['email', 'nobody@scan.test'],
			['password', 'not-the-password']
		]
	}),
	'POST /(staff)/login/forgot': () => ({
		path: '/login/forgot',
		as: 'anonymous',
		fields: [['email', 'nobody@scan.test']]
	}),
	'POST /(staff)/login/set-password/[token]': () => ({
		path: `/login/set-password/${'A'.repeat(43)}*`,
		as: 'anonymous',
		fields: [['newPassword', 'a long enough new passphrase']]
	}),
	'POST /(staff)/login/two-factor': () => ({
		path: '/login/two-factor?next=%2Fclinic',
		as: 'anonymous',
		fields: [['code', '123456']]
	}),
	// Anonymous: signing a scanner's own session out mid-scan would blind the rest of it.
	'POST /(staff)/logout': () => ({ path: '/logout', as: 'anonymous', fields: [] }),
	'POST /(staff)/staff/security?/start': () => ({
		path: '/staff/security?/start',
		as: 'clinician',
		fields: [['password', 'not-the-password']]
	}),
	'POST /(staff)/staff/password': () => ({
		path: '/staff/password',
		as: 'clinician',
		fields: [
			['currentPassword', 'not-the-password'],
			['newPassword', 'a long enough new passphrase']
		]
	}),
	'POST /(staff)/staff/alerts': () => ({
		path: '/staff/alerts',
		as: 'clinician',
		fields: [['mode', 'digest']]
	}),
	'POST /(staff)/staff/security?/verify': () => ({
		path: '/staff/security?/verify',
		as: 'clinician',
		fields: [['code', '123456']]
	}),
	// The queue's bulk actions and saved views (issue 16). Archive is sent as a clinician: refused
	// after the fields are read, so the scan reaches the parsing without archiving its intake.
	'POST /(staff)/clinic?/assign': (c) => ({
		path: '/clinic?/assign&status=all',
		as: 'clinician',
		fields: [
			['ids', `${c.intakeId}:0`],
			['page', `${c.intakeId}:0`],
			['assignee', 'nobody']
		]
	}),
	'POST /(staff)/clinic?/archive': (c) => ({
		path: '/clinic?/archive',
		as: 'clinician',
		fields: [
			['ids', `${c.intakeId}:0`],
			['reason', 'scan']
		]
	}),
	'POST /(staff)/clinic?/saveView': () => ({
		path: '/clinic?/saveView',
		as: 'clinician',
		fields: [
			['name', 'Scan view'],
			['query', 'status=all&state=TX&sort=priority']
		]
	}),
	'POST /(staff)/clinic?/deleteView': () => ({
		path: '/clinic?/deleteView',
		as: 'clinician',
		fields: [['view', '00000000-0000-4000-8000-000000000000']]
	}),
	'POST /(staff)/clinic/intakes/[id]?/status': (c) => ({
		path: `/clinic/intakes/${c.intakeId}?/status`,
		as: 'clinician',
		fields: [
			['to', 'in_review'],
			['revision', '0'],
			['reason', 'scan']
		]
	}),
	'POST /(staff)/clinic/intakes/[id]?/assign': (c) => ({
		path: `/clinic/intakes/${c.intakeId}?/assign`,
		as: 'clinician',
		fields: [
			['assignee', ''],
			['revision', '0']
		]
	}),
	'POST /(staff)/clinic/intakes/[id]?/reopen': (c) => ({
		path: `/clinic/intakes/${c.intakeId}?/reopen`,
		as: 'clinician',
		fields: [
			['steps', 'about'],
			['message', 'Please check your phone number.'],
			['revision', '0']
		]
	}),
	'POST /(staff)/clinic/intakes/[id]?/reissue': (c) => ({
		path: `/clinic/intakes/${c.intakeId}?/reissue`,
		as: 'clinician',
		fields: [['revision', '0']]
	}),
	'POST /(staff)/clinic/intakes/[id]?/note': (c) => ({
		path: `/clinic/intakes/${c.intakeId}?/note`,
		as: 'clinician',
		fields: [['body', 'A note from the scan.']]
	}),
	'POST /(staff)/clinic/intakes/[id]?/rescreen': (c) => ({
		path: `/clinic/intakes/${c.intakeId}?/rescreen`,
		as: 'clinician',
		fields: [['revision', '0']]
	}),
	'POST /(staff)/clinic/intakes/[id]?/review': (c) => ({
		path: `/clinic/intakes/${c.intakeId}?/review`,
		as: 'clinician',
		fields: [
			['screening', '1'],
			['rule', 'sleep-disturbance']
		]
	}),
	'GET /(staff)/clinic/intakes/[id]/fhir': (c) => ({
		path: `/clinic/intakes/${c.intakeId}*/fhir`,
		as: 'clinician'
	}),
	'POST /(staff)/admin/export/download': () => ({
		path: '/admin/export/download',
		as: 'admin',
		inject: ['cookie'], // the admin's session, looked up on every request
		fields: [
			['from', '2020-01-01'],
			['to', '2030-01-01'],
			['status', 'submitted'],
			['triage', 'eligible'],
			['state', 'TX'],
			['source', 'web']
		]
	}),
	'POST /(staff)/admin/staff?/create': () => ({
		path: '/admin/staff?/create',
		as: 'admin',
		fields: [
			['name', 'Scan Person'],
			['email', 'scan.person@scan.test'],
			['role', 'clinician']
		]
	}),
	'POST /(staff)/admin/staff?/setRole': (c) => ({
		path: '/admin/staff?/setRole',
		as: 'admin',
		fields: [
			['id', c.staffId],
			['role', 'clinician']
		]
	}),
	'POST /(staff)/admin/staff?/disable': (c) => ({
		path: '/admin/staff?/disable',
		as: 'admin',
		fields: [['id', c.staffId]]
	}),
	'POST /(staff)/admin/staff?/enable': (c) => ({
		path: '/admin/staff?/enable',
		as: 'admin',
		fields: [['id', c.staffId]]
	}),
	'POST /(staff)/admin/staff?/resetTwoFactor': (c) => ({
		path: '/admin/staff?/resetTwoFactor',
		as: 'admin',
		fields: [['id', c.staffId]]
	}),
	'POST /(staff)/admin/staff?/resetPassword': (c) => ({
		path: '/admin/staff?/resetPassword',
		as: 'admin',
		fields: [['id', c.staffId]]
	}),
	'POST /(staff)/admin/staff?/emailPasswordLink': (c) => ({
		path: '/admin/staff?/emailPasswordLink',
		as: 'admin',
		fields: [['id', c.staffId]]
	}),
	'GET /(staff)/admin/audit/download': (c) => ({
		path: `/admin/audit/download?actor=${c.staffId}&action=staff.login&from=2020-01-01&to=2030-01-01`,
		as: 'admin'
	}),
	'GET /(staff)/insights/download': () => ({
		path: '/insights/download?chart=sources&from=2020-01-05&to=2030-01-01&source=google&triage=eligible&state=TX',
		as: 'clinician'
	}),
	'GET /fhir/Questionnaire/[version]': (c) => ({
		path: `/fhir/Questionnaire/${c.questionnaireVersion}*`,
		as: 'anonymous'
	})
};

/** GET forms and links whose query string or path reaches the database. */
const QUERY_PAGES: Record<string, (c: TargetContext) => Sample> = {
	'GET /(staff)/admin/audit': (c) => ({
		path: `/admin/audit?actor=${c.staffId}&intake=${c.intakeId}&action=staff.login&from=2020-01-01&to=2030-01-01`,
		as: 'admin'
	}),
	'GET /(staff)/clinic': () => ({
		path:
			'/clinic?status=submitted&triage=eligible&state=TX&from=2020-01-01&to=2030-01-01' +
			'&assigned=me&source=web&q=Rivera&sort=newest&rule=opioid-daily&condition=fibromyalgia',
		as: 'clinician',
		inject: ['cookie']
	}),
	'GET /(public)/intake/resume/[token]': () => ({
		path: `/intake/resume/${'A'.repeat(43)}*`,
		as: 'anonymous'
	}),
	'GET /(staff)/login/set-password/[token]': () => ({
		path: `/login/set-password/${'A'.repeat(43)}*`,
		as: 'anonymous'
	})
};

const slugOf = (method: string, path: string) =>
	`${method}${path}`
		.replace(/\*/g, '')
		.replace(/\?.*$/, (q) => (q.startsWith('?/') ? q.slice(1) : ''))
		.replace(/[^A-Za-z0-9-]+/g, '_')
		.replace(/_+$/, '');

/**
 * The sqlmap targets for the endpoints found on disk. Throws when an action or endpoint has no
 * sample (or a sample names a key no longer on disk), saying where to add it.
 */
export function sqlmapTargets(endpoints: readonly Endpoint[], ctx: TargetContext): SqlmapTarget[] {
	const keys = new Set(endpoints.map((e) => e.key));
	const stale = [...Object.keys(SAMPLES), ...Object.keys(QUERY_PAGES)].filter((k) => !keys.has(k));
	if (stale.length) {
		throw new Error(`tests/security/targets.ts names routes no longer in src/routes: ${stale}`);
	}
	const targets: SqlmapTarget[] = [];
	for (const e of endpoints) {
		const sample = SAMPLES[e.key] ?? QUERY_PAGES[e.key];
		if (!sample) {
			if (e.kind === 'page') continue;
			throw new Error(
				`No sqlmap sample for "${e.key}": add one to SAMPLES in tests/security/targets.ts (a valid body and who may send it).`
			);
		}
		const method = e.method === 'GET' ? 'GET' : 'POST';
		for (const s of [sample(ctx)].flat()) {
			targets.push({
				...s,
				key: e.key,
				method,
				slug: slugOf(method, s.path.replace(ctx.intakeId, 'id'))
			});
		}
	}
	// Fewest parameters first: the scan shares its time among the targets left, so the quick ones
	// leave what they did not use to the big forms at the end.
	targets.sort((a, b) => injectionPoints(a) - injectionPoints(b) || a.slug.localeCompare(b.slug));
	const slugs = targets.map((t) => t.slug);
	const dup = slugs.find((s, i) => slugs.indexOf(s) !== i);
	if (dup) throw new Error(`two sqlmap targets share the slug ${dup}`);
	return targets;
}

/** Parameters sqlmap will attack: form fields, query parameters and `*` markers. */
export const injectionPoints = (t: SqlmapTarget) =>
	(t.fields?.length ?? 0) +
	[...new URLSearchParams(t.path.split('?')[1] ?? '').keys()].filter((k) => !k.startsWith('/'))
		.length +
	(t.path.match(/\*/g)?.length ?? 0) +
	(t.inject?.length ?? 0);

/** URL-encodes form fields the way a browser posts them. */
export const formBody = (fields: readonly [string, string][]) =>
	new URLSearchParams(fields.map(([k, v]) => [k, v])).toString();
