// What the fuzz test sends where: every form action and endpoint of src/routes (and the GET pages
// that read their URL), the role it is sent as, the real field names its form has, and the tables
// an accepted request may change. tests/e2e/fuzz.e2e.ts checks that each POST action and +server
// endpoint found by tests/support/routes.ts has a target here.
import { steps, type StepId } from '../../../src/lib/intake/steps';
import type { AnyQuestion } from '../../../src/lib/intake/questions';
import { NONE_VALUE } from '../../../src/lib/wizard/form-data';
import { daysAgo, percocetAnswers, stepForm } from '../../support/answers';
import { QUESTIONNAIRE_VERSION } from '../../../src/lib/intake/answers';
import type { FieldSpec } from './payloads';
import type { Table } from './oracle';

/** Who sends: a patient with every step answered (on the review page), or a signed-in staff member. */
export type Actor = 'patient' | 'anonymous' | 'clinician' | 'admin';

export interface Ids {
	/** The fuzz test's own submitted intake, which the clinic actions work on. */
	intake: string;
	/** The staff account the admin actions work on (made by the fuzz test, never a seeded one). */
	target: string;
	/** The fuzz test's own clinician (the clinic actions are sent as them). */
	clinician: string;
}

export interface Target {
	/** The endpoint key of tests/support/routes.ts, plus a detail for the steps. */
	key: string;
	name: string;
	method: 'POST' | 'GET';
	actor: Actor;
	/** Where to send: usually fixed, sometimes with a junk id or version in the path. */
	paths: (ids: Ids) => string[];
	fields: (ids: Ids) => FieldSpec[];
	/** A form the endpoint accepts, which some payloads change one field at a time. */
	valid?: (ids: Ids) => [string, string][];
	/** Tables an accepted request may change. */
	mayChange: Table[];
	/** Only a redirect means the form was taken (a wizard step answers 200 when it did not save). */
	savesOnlyOnRedirect?: boolean;
	/** Share of the runs (relative). */
	weight: number;
}

const resumeLinkPaths = () =>
	['A'.repeat(43), 'a'.repeat(44), ...JUNK_SEGMENTS].map((t) => `/intake/resume/${t}`);

const setPasswordLinkPaths = () =>
	['A'.repeat(43), 'a'.repeat(44), ...JUNK_SEGMENTS].map((t) => `/login/set-password/${t}`);

const JUNK_SEGMENTS = [
	'not-an-id',
	'00000000-0000-0000-0000-000000000000',
	'%E2%80%AE',
	'%F0%9F%92%8A',
	'..%2F..%2Fetc',
	"1'%20OR%201=1--",
	'A'.repeat(300),
	'%ED%A0%80'
];

/** The fields of a step form: each question (list fields for rows 0 and 1), with its options. */
function stepFields(stepId: StepId): FieldSpec[] {
	const step = steps.find((s) => s.id === stepId)!;
	const specs: FieldSpec[] = [];
	const spec = (q: AnyQuestion, name: string): FieldSpec => {
		const values = q.options?.map((o) => o.value) ?? [];
		if (q.kind === 'multi') values.push(NONE_VALUE);
		if (q.kind === 'date') values.push(daysAgo(20), '1980-04-12', daysAgo(-30));
		if (q.kind === 'number') values.push('1', '2', '4,5', '50');
		if (q.kind === 'email') values.push('fuzz@fuzz.test');
		if (q.kind === 'phone') values.push('512-555-0134');
		if (q.kind === 'state') values.push('TX', 'CA', 'ZZ');
		if (q.kind === 'text' || q.kind === 'longText') values.push('Percocet', 'Alex');
		return { name, values };
	};
	for (const q of step.questions as readonly AnyQuestion[]) {
		if (q.item) {
			for (const i of [0, 1]) {
				for (const f of q.item) specs.push(spec(f, `${q.key}[${i}].${f.key}`));
			}
		} else {
			specs.push(spec(q, q.key));
			if (q.kind === 'multi') specs.push(spec(q, q.key)); // a second box ticked
		}
	}
	if (stepId === 'consent') specs.push({ name: 'website', values: [''] }); // the honeypot
	specs.push({ name: 'intent', values: ['later', 'next'] });
	return specs;
}

/** A complete intake (one follow-up for Percocet), posted step by step to build a patient. */
export const BASELINE = percocetAnswers({
	about: { firstName: 'Fuzz', lastName: 'Patient', email: 'fuzz-patient@fuzz.test' }
});

const fixed = (path: string) => () => [path];
const intakePath = (suffix: string) => (ids: Ids) => [
	...Array(8).fill(`/clinic/intakes/${ids.intake}${suffix}`),
	...JUNK_SEGMENTS.map((j) => `/clinic/intakes/${j}${suffix}`)
];
const revision = { name: 'revision', values: ['0', '1', '2', '3', '2147483648', '-1', '1.5'] };
const STATUSES = ['submitted', 'in_review', 'accepted', 'declined', 'archived', 'needs_info'];
const staffTarget = (ids: Ids) => [
	{ name: 'id', values: [ids.target] },
	{ name: 'role', values: ['clinician', 'admin', 'patient'] }
];
const FILTERS: FieldSpec[] = [
	{ name: 'from', values: ['2020-01-01', '0000-01-01', '9999-12-31'] },
	{ name: 'to', values: ['2030-01-01', '0001-01-01', '2024-02-30'] },
	{ name: 'status', values: ['submitted', 'in_review', 'draft'] },
	{ name: 'triage', values: ['eligible', 'review', 'contraindicated'] },
	{ name: 'state', values: ['TX', 'tx', 'ZZ'] },
	{ name: 'source', values: ['google', "o'brien", 'a\\b'] }
];
/** A queue cursor as the queue writes it (base64url JSON), with hostile contents. */
const cursors = [
	{ submittedAt: '2024-01-01T00:00:00.000Z', id: '00000000-0000-4000-8000-000000000000' },
	{ submittedAt: '1', id: '00000000-0000-4000-8000-000000000000' },
	{ submittedAt: '0000-01-01', id: '00000000-0000-4000-8000-000000000000' },
	{ submittedAt: '+275760-09-13T00:00:00.000Z', id: '00000000-0000-4000-8000-000000000000' },
	{ submittedAt: 'Tue, 01 Jan 2030', id: '00000000-0000-4000-8000-000000000000', triage: "x'" },
	{ submittedAt: '2024-01-01', id: '00000000-0000-4000-8000-000000000000', triage: 'eligible' }
].map((c) => Buffer.from(JSON.stringify(c)).toString('base64url'));

export const TARGETS: Target[] = [
	...steps.map((s): Target => ({
		key: 'POST /(public)/intake/[step=step]',
		name: `POST /intake/${s.id}`,
		method: 'POST',
		actor: 'patient',
		paths: () => [`/intake/${s.id}`, `/intake/${s.id}`, `/intake/${s.id}?from=review`],
		fields: () => [
			...stepFields(s.id),
			{ name: 'add', values: ['medications', 'supplements', 'entries'] },
			{ name: 'language', values: ['es', 'en'] }
		],
		valid: () =>
			stepForm(s.id, (BASELINE as Partial<Record<StepId, Record<string, unknown>>>)[s.id] ?? {}),
		mayChange: ['intakes'],
		savesOnlyOnRedirect: true,
		weight: s.id === 'consent' ? 500 : 700
	})),
	{
		key: 'POST /(public)/intake/review',
		name: 'POST /intake/review',
		method: 'POST',
		actor: 'patient',
		paths: fixed('/intake/review'),
		fields: () => [{ name: 'website', values: [''] }],
		mayChange: ['intakes', 'flags', 'screenings', 'audit', 'alerts'],
		weight: 150
	},
	{
		// The reply to a clinic's message: a patient whose form is not reopened is sent on.
		key: 'POST /(public)/intake/update',
		name: 'POST /intake/update',
		method: 'POST',
		actor: 'patient',
		paths: fixed('/intake/update'),
		fields: () => [{ name: 'reply', values: ['A knee operation.', ''] }],
		mayChange: ['requests'],
		weight: 100
	},
	{
		key: 'POST /(public)/intake/save',
		name: 'POST /intake/save',
		method: 'POST',
		actor: 'patient',
		paths: fixed('/intake/save'),
		fields: () => [{ name: 'email' }],
		mayChange: ['intakes'],
		weight: 250
	},
	{
		key: 'POST /(public)/intake/resume',
		name: 'POST /intake/resume',
		method: 'POST',
		actor: 'anonymous',
		paths: fixed('/intake/resume'),
		fields: () => [
			{ name: 'email', values: ['fuzz-patient@fuzz.test', ' FUZZ-patient@fuzz.test '] },
			{ name: 'code', values: ['ABCD-EFGH', 'abcd1234', '1234 5678'] }
		],
		mayChange: [],
		weight: 500
	},
	{
		key: 'POST /(public)/intake/resume/[token]',
		name: 'POST /intake/resume/[token]',
		method: 'POST',
		actor: 'anonymous',
		paths: resumeLinkPaths,
		fields: () => [{ name: 'x' }],
		mayChange: [],
		weight: 100
	},
	{
		// JSON only: every form body the fuzzer makes must get a 400, never a 5xx.
		key: 'POST /(public)/intake/medicine-names',
		name: 'POST /intake/medicine-names',
		method: 'POST',
		actor: 'anonymous',
		paths: fixed('/intake/medicine-names'),
		fields: () => [
			{ name: 'q', values: ['ator', 'alegra', 'humra', ''] },
			{ name: 'check', values: ['true', 'false'] },
			{ name: 'locale', values: ['en', 'es', 'fr'] }
		],
		mayChange: [],
		weight: 30
	},
	{
		key: 'POST /(public)/intake/start-over',
		name: 'POST /intake/start-over',
		method: 'POST',
		actor: 'anonymous',
		paths: fixed('/intake/start-over'),
		fields: () => [{ name: 'x' }],
		mayChange: [],
		weight: 50
	},
	{
		key: 'POST /(staff)/login',
		name: 'POST /login',
		method: 'POST',
		actor: 'anonymous',
		paths: () => ['/login', '/login?next=%2Fclinic', '/login?next=https://evil.example'],
		fields: () => [
			{ name: 'email', values: ['nobody@fuzz.test', 'NOBODY@FUZZ.TEST'] },
			{ name: 'password', values: ['wrong-password-123'] }
		],
		mayChange: [],
		weight: 400
	},
	{
		key: 'POST /(staff)/login/forgot',
		name: 'POST /login/forgot',
		method: 'POST',
		actor: 'anonymous',
		paths: fixed('/login/forgot'),
		fields: () => [{ name: 'email', values: ['nobody@fuzz.test', 'NOBODY@FUZZ.TEST'] }],
		mayChange: ['audit'], // every request is audited (never with the email typed)
		weight: 150
	},
	{
		key: 'POST /(staff)/login/set-password/[token]',
		name: 'POST /login/set-password/[token]',
		method: 'POST',
		actor: 'anonymous',
		paths: setPasswordLinkPaths,
		fields: () => [
			{ name: 'newPassword', values: ['a long enough new passphrase', 'password1234', 'short'] }
		],
		mayChange: [],
		weight: 150
	},
	{
		key: 'POST /(staff)/login/two-factor',
		name: 'POST /login/two-factor',
		method: 'POST',
		actor: 'anonymous',
		paths: fixed('/login/two-factor'),
		fields: () => [{ name: 'code', values: ['123456', 'abcde-12345', '000000'] }],
		mayChange: [],
		weight: 250
	},
	{
		key: 'POST /(staff)/logout',
		name: 'POST /logout',
		method: 'POST',
		actor: 'anonymous',
		paths: () => ['/logout', '/logout', '/%ED%A0%80', '/intake/%E0%A4'],
		fields: () => [{ name: 'x' }],
		mayChange: [],
		weight: 100
	},
	{
		key: 'POST /(staff)/staff/security?/start',
		name: 'POST /staff/security?/start',
		method: 'POST',
		actor: 'clinician',
		paths: fixed('/staff/security?/start'),
		fields: () => [{ name: 'password', values: ['not-their-password'] }],
		mayChange: [],
		weight: 200
	},
	{
		key: 'POST /(staff)/staff/password',
		name: 'POST /staff/password',
		method: 'POST',
		actor: 'clinician',
		paths: fixed('/staff/password'),
		fields: () => [
			{ name: 'currentPassword', values: ['not-their-password'] },
			{ name: 'newPassword', values: ['password1234', 'a much longer new passphrase', 'short'] }
		],
		mayChange: [],
		weight: 200
	},
	{
		key: 'POST /(staff)/staff/alerts',
		name: 'POST /staff/alerts',
		method: 'POST',
		actor: 'clinician',
		paths: fixed('/staff/alerts'),
		fields: () => [{ name: 'mode', values: ['each', 'digest', 'none'] }],
		valid: () => [['mode', 'each']],
		mayChange: ['alerts', 'audit'],
		weight: 100
	},
	{
		key: 'POST /(staff)/staff/security?/verify',
		name: 'POST /staff/security?/verify',
		method: 'POST',
		actor: 'clinician',
		paths: fixed('/staff/security?/verify'),
		fields: () => [{ name: 'code', values: ['123456', '000000', ' 12345 ', '1234567'] }],
		mayChange: [],
		weight: 250
	},
	// First of the clinic actions: the intake is still in review at the revision `valid` names.
	{
		key: 'POST /(staff)/clinic/intakes/[id]?/reopen',
		name: 'POST /clinic/intakes/[id]?/reopen',
		method: 'POST',
		actor: 'clinician',
		paths: (ids) => intakePath('?/reopen')(ids),
		fields: () => [
			{ name: 'steps', values: steps.map((s) => s.id) },
			{ name: 'steps', values: ['about', 'review', 'consent'] },
			{ name: 'message', values: ['Please check your medicines.'] },
			revision
		],
		valid: () => [
			['steps', 'medications'],
			['message', 'Please check your medicines.'],
			['revision', '1']
		],
		mayChange: ['intakes', 'requests', 'audit'],
		weight: 400
	},
	// Then a fresh link for that request (the intake waits for the patient at revision 2).
	{
		key: 'POST /(staff)/clinic/intakes/[id]?/reissue',
		name: 'POST /clinic/intakes/[id]?/reissue',
		method: 'POST',
		actor: 'clinician',
		paths: (ids) => intakePath('?/reissue')(ids),
		fields: () => [revision],
		valid: () => [['revision', '2']],
		mayChange: ['intakes', 'audit'],
		weight: 150
	},
	{
		key: 'POST /(staff)/clinic/intakes/[id]?/status',
		name: 'POST /clinic/intakes/[id]?/status',
		method: 'POST',
		actor: 'clinician',
		paths: (ids) => intakePath('?/status')(ids),
		fields: () => [{ name: 'to', values: STATUSES }, revision, { name: 'reason' }],
		// A reason is kept as a note; approving against the screening also records the override.
		mayChange: ['intakes', 'notes', 'decisions', 'audit'],
		weight: 450
	},
	{
		key: 'POST /(staff)/clinic/intakes/[id]?/assign',
		name: 'POST /clinic/intakes/[id]?/assign',
		method: 'POST',
		actor: 'clinician',
		paths: (ids) => intakePath('?/assign')(ids),
		fields: (ids) => [{ name: 'assignee', values: [ids.clinician, ''] }, revision],
		mayChange: ['intakes', 'audit'],
		weight: 400
	},
	{
		key: 'POST /(staff)/clinic/intakes/[id]?/rescreen',
		name: 'POST /clinic/intakes/[id]?/rescreen',
		method: 'POST',
		actor: 'clinician',
		paths: (ids) => intakePath('?/rescreen')(ids),
		fields: () => [revision],
		mayChange: ['intakes', 'flags', 'screenings', 'audit'],
		weight: 200
	},
	{
		key: 'POST /(staff)/clinic/intakes/[id]?/review',
		name: 'POST /clinic/intakes/[id]?/review',
		method: 'POST',
		actor: 'clinician',
		paths: (ids) => intakePath('?/review')(ids),
		fields: () => [
			{ name: 'screening', values: ['1', '2', '0', '-1'] },
			{ name: 'rule', values: ['kidney-impairment', 'sleep-disturbance', 'opioid-scheduled-use'] }
		],
		mayChange: ['decisions', 'audit'],
		weight: 200
	},
	{
		key: 'POST /(staff)/clinic/intakes/[id]?/note',
		name: 'POST /clinic/intakes/[id]?/note',
		method: 'POST',
		actor: 'clinician',
		paths: (ids) => intakePath('?/note')(ids),
		fields: () => [{ name: 'body', values: ['A note.'] }],
		valid: () => [['body', 'A note.']],
		mayChange: ['notes', 'audit'],
		weight: 400
	},
	// The queue's bulk actions (issue 16): rows as "<id>:<revision>", the page's rows for "select
	// all on this page". Archive is sent as a clinician (always refused: admins only), so the fuzz
	// test's intake stays in the workflow for the other actions.
	...(['assign', 'archive'] as const).map((action): Target => ({
		key: `POST /(staff)/clinic?/${action}`,
		name: `POST /clinic?/${action}`,
		method: 'POST',
		actor: 'clinician',
		paths: fixed(`/clinic?/${action}`),
		fields: (ids) => [
			{ name: 'ids', values: [`${ids.intake}:0`, `${ids.intake}:1`, ids.intake] },
			{ name: 'page', values: [`${ids.intake}:0`] },
			{ name: 'all', values: ['page'] },
			action === 'assign'
				? { name: 'assignee', values: [ids.clinician, 'nobody'] }
				: { name: 'reason', values: ['Duplicate.'] }
		],
		mayChange: action === 'assign' ? ['intakes', 'audit'] : [],
		weight: 250
	})),
	{
		key: 'POST /(staff)/clinic?/saveView',
		name: 'POST /clinic?/saveView',
		method: 'POST',
		actor: 'clinician',
		paths: fixed('/clinic?/saveView'),
		fields: () => [
			{ name: 'name', values: ['Fuzz view', 'Texas'] },
			{ name: 'query', values: ['status=all&state=TX', 'sort=priority', ''] }
		],
		valid: () => [
			['name', 'Fuzz view'],
			['query', 'status=all']
		],
		mayChange: ['views', 'audit'],
		weight: 200
	},
	{
		key: 'POST /(staff)/clinic?/deleteView',
		name: 'POST /clinic?/deleteView',
		method: 'POST',
		actor: 'clinician',
		paths: fixed('/clinic?/deleteView'),
		fields: () => [{ name: 'view', values: ['00000000-0000-4000-8000-000000000000'] }],
		mayChange: ['views', 'audit'],
		weight: 100
	},
	{
		key: 'POST /(staff)/admin/staff?/create',
		name: 'POST /admin/staff?/create',
		method: 'POST',
		actor: 'admin',
		paths: fixed('/admin/staff?/create'),
		valid: () => [
			['name', 'Fuzz Staff'],
			['email', `fuzz-new-${Date.now().toString(36)}@fuzz.test`],
			['role', 'clinician']
		],
		fields: () => [
			{ name: 'name', values: ['Fuzz Staff'] },
			{ name: 'email', values: ['fuzz-new@fuzz.test', 'target@fuzz.test'] },
			{ name: 'role', values: ['clinician', 'patient'] }
		],
		mayChange: ['staff', 'audit'],
		weight: 150
	},
	...(
		[
			'setRole',
			'disable',
			'enable',
			'resetTwoFactor',
			'resetPassword',
			'emailPasswordLink'
		] as const
	).map((action): Target => ({
		key: `POST /(staff)/admin/staff?/${action}`,
		name: `POST /admin/staff?/${action}`,
		method: 'POST',
		actor: 'admin',
		paths: fixed(`/admin/staff?/${action}`),
		fields: staffTarget,
		mayChange: ['staff', 'twoFactor', 'audit'],
		weight: 200
	})),
	{
		key: 'POST /(staff)/admin/export/download',
		name: 'POST /admin/export/download',
		method: 'POST',
		actor: 'admin',
		paths: fixed('/admin/export/download'),
		fields: () => FILTERS,
		valid: () => [
			['from', '2020-01-01'],
			['to', '2030-01-01'],
			['state', 'TX']
		],
		mayChange: ['audit'],
		weight: 450
	},
	// GET pages and endpoints that read their URL: a junk query or path segment.
	{
		key: 'GET /(staff)/clinic',
		name: 'GET /clinic?…',
		method: 'GET',
		actor: 'clinician',
		paths: fixed('/clinic'),
		fields: () => [
			{ name: 'status', values: [...STATUSES, 'all'] },
			{ name: 'triage', values: ['eligible', 'review'] },
			{ name: 'severity', values: ['contraindication', 'caution'] },
			{ name: 'rule', values: ['opioid-current'] },
			{ name: 'condition', values: ['fibromyalgia'] },
			{ name: 'state', values: ['TX'] },
			{ name: 'from', values: ['2020-01-01', '0000-01-01', '9999-12-31', '2024-02-30'] },
			{ name: 'to', values: ['2030-01-01', '0001-01-01', '10000-01-01'] },
			{ name: 'assigned', values: ['me', 'unassigned'] },
			{ name: 'source', values: ['google'] },
			{ name: 'q', values: ['Fuzz', 'fuzz-patient@fuzz.test', '512', '%', '_'] },
			{ name: 'sort', values: ['newest', 'priority'] },
			{ name: 'after', values: cursors }
		],
		mayChange: [],
		weight: 700
	},
	...(['/admin/audit', '/admin/audit/download'] as const).map((path): Target => ({
		key: `GET /(staff)${path}`,
		name: `GET ${path}?…`,
		method: 'GET',
		actor: 'admin',
		paths: fixed(path),
		fields: (ids: Ids) => [
			{ name: 'actor', values: [ids.clinician, 'not-a-uuid'] },
			{ name: 'intake', values: [ids.intake, '00000000-0000-0000-0000-000000000000'] },
			{ name: 'action', values: ['staff.login', 'intake.viewed', 'no.such'] },
			{ name: 'from', values: ['2020-01-01', '0000-01-01', '2024-02-30'] },
			{ name: 'to', values: ['2030-01-01', '9999-12-31'] },
			{ name: 'after', values: ['2026-12-07T09:10:11.123456Z~42', '~', "x'~1"] }
		],
		// Reading the trail is audited (audit.viewed, audit.exported).
		mayChange: ['audit'],
		weight: 150
	})),
	{
		key: 'GET /(staff)/insights/download',
		name: 'GET /insights/download?…',
		method: 'GET',
		actor: 'clinician',
		paths: fixed('/insights/download'),
		fields: () => [
			{ name: 'chart', values: ['volume', 'sources', 'flags', 'no-such', ''] },
			{ name: 'from', values: ['2020-01-01', '0000-01-01', '2024-02-30'] },
			{ name: 'to', values: ['2030-01-01', '9999-12-31', '2019-01-01'] },
			{ name: 'source', values: ['google', "x' or '1'='1", '\u0000'] },
			{ name: 'triage', values: ['eligible', 'maybe'] },
			{ name: 'state', values: ['TX', 'ZZ'] }
		],
		// Downloading a chart's counts is audited (insights.exported).
		mayChange: ['audit'],
		weight: 150
	},
	{
		key: 'GET /(staff)/admin/export',
		name: 'GET /admin/export?…',
		method: 'GET',
		actor: 'admin',
		paths: fixed('/admin/export'),
		fields: () => FILTERS,
		mayChange: [],
		weight: 350
	},
	{
		key: 'GET /(staff)/clinic/intakes/[id]/fhir',
		name: 'GET /clinic/intakes/[id]/fhir',
		method: 'GET',
		actor: 'clinician',
		paths: (ids) => intakePath('/fhir')(ids).slice(7),
		fields: () => [{ name: 'x' }],
		mayChange: ['audit'],
		weight: 100
	},
	{
		key: 'GET /fhir/Questionnaire/[version]',
		name: 'GET /fhir/Questionnaire/[version]',
		method: 'GET',
		actor: 'anonymous',
		paths: () => [
			`/fhir/Questionnaire/${QUESTIONNAIRE_VERSION}`,
			...JUNK_SEGMENTS.map((j) => `/fhir/Questionnaire/${j}`)
		],
		fields: () => [{ name: '_format', values: ['json', 'xml'] }],
		mayChange: [],
		weight: 100
	},
	{
		key: 'GET /(public)/intake/resume/[token]',
		name: 'GET /intake/resume/[token]',
		method: 'GET',
		actor: 'anonymous',
		paths: resumeLinkPaths,
		fields: () => [{ name: 'x' }],
		mayChange: [],
		weight: 100
	},
	{
		key: 'GET /(staff)/login/set-password/[token]',
		name: 'GET /login/set-password/[token]',
		method: 'GET',
		actor: 'anonymous',
		paths: setPasswordLinkPaths,
		fields: () => [{ name: 'x' }],
		mayChange: [],
		weight: 100
	},
	{
		key: 'GET /(staff)/login',
		name: 'GET /login?next=…',
		method: 'GET',
		actor: 'anonymous',
		paths: fixed('/login'),
		fields: () => [
			{ name: 'next', values: ['/clinic', '//evil.example', '/\\evil', 'javascript:x'] }
		],
		mayChange: [],
		weight: 100
	},
	{
		key: 'GET /(public)/intake/[step=step]',
		name: 'GET /intake/consent?…',
		method: 'GET',
		actor: 'anonymous',
		paths: fixed('/intake/consent'),
		fields: () => [
			{ name: 'utm_source', values: ['google'] },
			{ name: 'utm_campaign' },
			{ name: 'source' },
			{ name: 'from', values: ['review'] }
		],
		mayChange: [],
		weight: 100
	}
];
