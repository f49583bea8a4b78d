// The product's tables. Column names are snake_case in SQL (drizzle `casing`), camelCase in TS.
// Indexes list the queries they serve; keep that comment true when a query changes.
import { sql, type SQL } from 'drizzle-orm';
import {
	type AnyPgColumn,
	bigint,
	bigserial,
	check,
	date,
	index,
	integer,
	jsonb,
	pgEnum,
	pgTable,
	primaryKey,
	text,
	timestamp,
	unique,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';
import { user } from './auth.schema';

export * from './auth.schema';

export const intakeStatus = pgEnum('intake_status', [
	'draft',
	'submitted',
	'in_review',
	'needs_info',
	'approved',
	'declined',
	'booked',
	'archived'
]);
export const triage = pgEnum('triage', ['eligible', 'review', 'not-eligible-now']);
export const flagSeverity = pgEnum('flag_severity', ['contraindication', 'caution', 'info']);

/**
 * Accented letters and what search reads them as (issue 16): the same map folds the stored
 * search_text (SQL translate(), in a generated column) and the typed query (foldSearch in TS), so
 * "Lucia" finds "Lucía" on both drivers without the unaccent extension (PGlite ships it, but its
 * function is not IMMUTABLE and cannot be indexed, and it would have to be loaded everywhere).
 */
const ACCENTS: Record<string, string> = {
	a: 'àáâãäåāăą',
	c: 'çćčĉċ',
	d: 'ďđ',
	e: 'èéêëēĕėęě',
	g: 'ĝğġģ',
	h: 'ĥħ',
	i: 'ìíîïĩīĭįı',
	j: 'ĵ',
	k: 'ķ',
	l: 'ĺļľŀł',
	n: 'ñńņňŉ',
	o: 'òóôõöøōŏőœ',
	r: 'ŕŗř',
	s: 'śŝşšș',
	t: 'ţťŧț',
	u: 'ùúûüũūŭůűų',
	w: 'ŵ',
	y: 'ýÿŷ',
	z: 'źżž'
};
const accentPairs = Object.entries(ACCENTS).flatMap(([to, from]) =>
	[...from].flatMap((c): [string, string][] => [
		[c, to],
		[c.toUpperCase(), to]
	])
);
// Upper-case forms longer than one letter (ŉ → ʼN) are left out.
const uniquePairs = [...new Map(accentPairs.filter(([c]) => c.length === 1)).entries()];
export const FOLD_FROM = uniquePairs.map(([c]) => c).join('');
export const FOLD_TO = uniquePairs.map(([, to]) => to).join('');

/**
 * What search matches a query against: letters and digits only, lowercased, accents folded (ß and
 * other letters outside the map are dropped, in stored text and query alike). Name (first and last
 * run together) and email, separated by a space so that a query never matches across the two.
 */
const foldSql = (expr: SQL) =>
	sql`regexp_replace(lower(translate(${expr}, '${sql.raw(FOLD_FROM)}', '${sql.raw(FOLD_TO)}')), '[^a-z0-9]+', '', 'g')`;
export const searchTextSql = (t: {
	firstName: AnyPgColumn;
	lastName: AnyPgColumn;
	email: AnyPgColumn;
}) =>
	sql`${foldSql(sql`coalesce(${t.firstName}, '') || coalesce(${t.lastName}, '')`)} || ' ' || ${foldSql(sql`coalesce(${t.email}, '')`)}`;

/** The same folding in TypeScript, for the typed query. */
export function foldSearch(text: string): string {
	let out = '';
	for (const c of text.normalize('NFC')) {
		const i = FOLD_FROM.indexOf(c);
		out += i >= 0 ? FOLD_TO[i] : c;
	}
	return out.toLowerCase().replace(/[^a-z0-9]+/g, '');
}

const ts = (name?: string) =>
	name ? timestamp(name, { withTimezone: true }) : timestamp({ withTimezone: true });

export const intakes = pgTable(
	'intakes',
	{
		// Random ids: never guessable or enumerable from a URL.
		id: uuid().primaryKey().defaultRandom(),
		status: intakeStatus().notNull().default('draft'),
		questionnaireVersion: text().notNull(),
		locale: text().notNull().default('en'),
		/** Answers keyed by step id, then question key (docs/intake-format.md). */
		answers: jsonb().$type<Record<string, unknown>>().notNull().default({}),
		// Denormalised from answers on save, for lists, search and export.
		firstName: text(),
		lastName: text(),
		email: text(),
		phone: text(),
		dateOfBirth: date(),
		usState: text(),
		// Consent to the privacy notice: its version, a SHA-256 of the exact text shown, and when.
		consentVersion: text(),
		consentTextHash: text(),
		consentLocale: text(),
		consentedAt: ts(),
		// Contact consents, asked apart since consent version 2026-12.2: email and phone calls; texts.
		contactConsent: text({ enum: ['yes', 'no'] }),
		textConsent: text({ enum: ['yes', 'no'] }),
		// Screening outcome, written at submission.
		triage: triage(),
		/** Rule ids that fired, and how many flags of each severity: for queue rows and filters. */
		flagRules: text()
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		contraindicationCount: integer().notNull().default(0),
		cautionCount: integer().notNull().default(0),
		rulesetVersion: text(),
		eligibleFrom: date(),
		assignedTo: uuid().references(() => user.id, { onDelete: 'set null' }),
		source: text(),
		utm: jsonb().$type<Record<string, string>>(),
		referrer: text(),
		/** SHA-256 of the resume token; the token itself is only ever in the patient's cookie. */
		resumeTokenHash: text(),
		/**
		 * SHA-256 of the single-use resume link's token (emailed or shown once) and when it expires.
		 * Using it, or the code, gives the browser a new cookie token and ends both (wizard.ts).
		 */
		resumeLinkHash: text(),
		resumeLinkExpiresAt: ts(),
		/** SHA-256 of the short code (used with the email) that resumes the draft on another device. */
		resumeCodeHash: text(),
		resumeCodeExpiresAt: ts(),
		/** Bumped on every staff change, for optimistic concurrency. */
		revision: integer().notNull().default(0),
		createdAt: ts().notNull().defaultNow(),
		updatedAt: ts().notNull().defaultNow(),
		/** The first submission; a resubmission keeps it (issue 16). */
		submittedAt: ts(),
		/** The patient's last resubmission (answers sent again after a request), if any. */
		resubmittedAt: ts(),
		/** The patient's last activity: the last resubmission, else the submission (queue sort). */
		activityAt: ts().generatedAlwaysAs(
			(): SQL => sql`coalesce(${intakes.resubmittedAt}, ${intakes.submittedAt})`
		),
		/**
		 * When the intake was last approved or booked against a not-eligible-now triage (the
		 * override itself is in intake_overrides); for the leads export's "override" column.
		 */
		overriddenAt: ts(),
		/** Name and email as search reads them (searchTextSql); generated, so every writer keeps it. */
		searchText: text().generatedAlwaysAs((): SQL => searchTextSql(intakes))
	},
	(t) => [
		uniqueIndex('intakes_resume_token_hash_idx').on(t.resumeTokenHash),
		uniqueIndex('intakes_resume_link_hash_idx').on(t.resumeLinkHash),
		// Resume by code: WHERE resume_code_hash = $1 AND lower(email) = lower($2).
		uniqueIndex('intakes_resume_code_hash_idx').on(t.resumeCodeHash),
		// The queue's page of ids (clinic/queue.ts pageQuery): WHERE status = $1 [AND filters] [AND
		// (submitted_at, id) < ($2, $3)] ORDER BY submitted_at DESC, id DESC LIMIT 51. The columns
		// after id are not for order: every column a filter reads is here (but the conditions, in
		// answers), so an index-only scan checks a filter that matches few rows (a rare rule)
		// without reading each table row. Also the capped tab counts.
		index('intakes_queue_newest_idx').on(
			t.status,
			t.submittedAt.desc(),
			t.id.desc(),
			t.triage,
			t.flagRules,
			t.contraindicationCount,
			t.cautionCount,
			t.usState,
			t.assignedTo,
			t.source
		),
		// The same for the triage-priority sort (the enum orders eligible < review <
		// not-eligible-now) and for a triage filter within a tab (equality on triage):
		// WHERE status = $1 [AND triage = $2] ORDER BY triage DESC, submitted_at DESC, id DESC.
		index('intakes_queue_priority_idx').on(
			t.status,
			t.triage.desc(),
			t.submittedAt.desc(),
			t.id.desc(),
			t.flagRules,
			t.contraindicationCount,
			t.cautionCount,
			t.usState,
			t.assignedTo,
			t.source
		),
		// Filter by state, with either sort (a state outside the service area is rare, and the
		// queue indexes would have to be walked far to find it): WHERE status = $1 AND us_state = $2
		// ORDER BY [triage DESC,] submitted_at DESC, id DESC.
		index('intakes_queue_state_idx').on(
			t.status,
			t.usState,
			t.submittedAt.desc(),
			t.id.desc(),
			t.triage
		),
		// Filter by rule: WHERE flag_rules @> ARRAY[$1], across tabs or for a very rare rule (within
		// a tab the planner usually walks intakes_queue_*_idx, which holds flag_rules).
		index('intakes_flag_rules_idx').using('gin', t.flagRules),
		// Filter by condition: WHERE answers->'conditions'->'conditions' ? $1.
		index('intakes_conditions_idx').using('gin', sql`(${t.answers}->'conditions'->'conditions')`),
		// "Assigned to me": WHERE assigned_to = $1 AND status = $2 ORDER BY submitted_at DESC.
		index('intakes_assigned_idx').on(t.assignedTo, t.status, t.submittedAt.desc()),
		// Search by email: WHERE lower(email) = lower($1).
		index('intakes_email_idx').on(sql`lower(${t.email})`),
		// Search (clinic/queue.ts searchCondition), WHERE search_text LIKE '%folded%' or phone LIKE
		// '%digits%': for a term many intakes share (the demo data's phone numbers), the queue's page
		// of ids walks this index in order and checks search_text and phone in it (index-only)...
		index('intakes_queue_search_idx').on(
			t.status,
			t.submittedAt.desc(),
			t.id.desc(),
			t.searchText,
			t.phone
		),
		// ...and for a term few intakes share, the trigram indexes find them. search_text's
		// statistics target is 1000 (set by hand in the migration that added it: drizzle cannot
		// express it), so that the planner can tell common terms from rare ones.
		index('intakes_search_trgm_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
		index('intakes_phone_trgm_idx').using('gin', sql`${t.phone} gin_trgm_ops`),
		// The queue sorted by last activity: WHERE status = $1 ORDER BY activity_at DESC, id DESC.
		index('intakes_queue_activity_idx').on(t.status, t.activityAt.desc(), t.id.desc()),
		// The "All" tab (issue 16): every intake but drafts, WHERE status <> 'draft' (a literal, so
		// the planner can use these partial indexes) ORDER BY [triage DESC,] submitted_at DESC, id
		// DESC or activity_at DESC, id DESC; like the per-status indexes they hold every column a
		// filter or a search reads, so a filter is checked in the index.
		index('intakes_all_newest_idx')
			.on(
				t.submittedAt.desc(),
				t.id.desc(),
				t.status,
				t.triage,
				t.flagRules,
				t.contraindicationCount,
				t.cautionCount,
				t.usState,
				t.assignedTo,
				t.source,
				t.searchText,
				t.phone
			)
			.where(sql`${t.status} <> 'draft'`),
		index('intakes_all_priority_idx')
			.on(
				t.triage.desc(),
				t.submittedAt.desc(),
				t.id.desc(),
				t.status,
				t.flagRules,
				t.contraindicationCount,
				t.cautionCount,
				t.usState,
				t.assignedTo,
				t.source
			)
			.where(sql`${t.status} <> 'draft'`),
		index('intakes_all_activity_idx')
			.on(t.activityAt.desc(), t.id.desc(), t.status, t.assignedTo)
			.where(sql`${t.status} <> 'draft'`),
		// Retention purge of stale drafts: WHERE status = 'draft' AND updated_at < $1.
		index('intakes_draft_updated_idx')
			.on(t.updatedAt)
			.where(sql`${t.status} = 'draft'`),
		// Eligible-from reminders, each alerts worker round (alerts/events.ts): WHERE status IN
		// (…) AND eligible_from <= $today AND eligible_from > $weekAgo.
		index('intakes_eligible_from_idx')
			.on(t.eligibleFrom)
			.where(sql`${t.eligibleFrom} is not null`)
	]
);

export const intakeFlags = pgTable(
	'intake_flags',
	{
		id: bigserial({ mode: 'number' }).primaryKey(),
		intakeId: uuid()
			.notNull()
			.references(() => intakes.id, { onDelete: 'cascade' }),
		ruleId: text().notNull(),
		severity: flagSeverity().notNull(),
		rulesetVersion: text().notNull(),
		/** The exact answers that triggered the rule (medication as typed, match, dates). */
		evidence: jsonb().notNull(),
		createdAt: ts().notNull().defaultNow()
	},
	(t) => [
		// Detail page: WHERE intake_id = $1.
		index('intake_flags_intake_idx').on(t.intakeId),
		// Queue filter by rule or severity: WHERE rule_id = $1 / severity = $1 → intake ids.
		index('intake_flags_rule_idx').on(t.ruleId, t.intakeId),
		index('intake_flags_severity_idx').on(t.severity, t.intakeId)
	]
);

/** Why a screening was stored (issue 15): see intake_screenings. */
export const screeningKind = pgEnum('screening_kind', [
	'submitted',
	'resubmitted',
	'rescreened',
	'recomputed'
]);

/**
 * Every screening of a submitted intake, whole, as it was shown: flags with their texts and
 * sources, patient message keys, notes, titration, eligible-from, and how each medicine was read
 * (src/lib/server/intakes/screenings.ts, `StoredScreening`). The newest row is the intake's current
 * screening; readers never screen the answers again, so a rule changed later cannot change what an
 * intake was told. 'recomputed' marks screenings computed by the migration step for intakes that
 * were submitted before screenings were stored.
 */
export const intakeScreenings = pgTable(
	'intake_screenings',
	{
		id: bigserial({ mode: 'number' }).primaryKey(),
		intakeId: uuid()
			.notNull()
			.references(() => intakes.id, { onDelete: 'cascade' }),
		kind: screeningKind().notNull(),
		rulesetVersion: text().notNull(),
		/** The day the rules were applied on (washout and age are counted to it). */
		screenedOn: date().notNull(),
		createdAt: ts().notNull().defaultNow(),
		/** The staff member who asked to screen again; null for the patient's and the system's. */
		createdBy: uuid().references(() => user.id, { onDelete: 'set null' }),
		result: jsonb().notNull()
	},
	// The current screening: WHERE intake_id = $1 ORDER BY id DESC LIMIT 1.
	(t) => [index('intake_screenings_intake_idx').on(t.intakeId, t.id)]
);

export const intakeNotes = pgTable(
	'intake_notes',
	{
		id: bigserial({ mode: 'number' }).primaryKey(),
		intakeId: uuid()
			.notNull()
			.references(() => intakes.id, { onDelete: 'cascade' }),
		authorId: uuid()
			.notNull()
			.references(() => user.id),
		body: text().notNull(),
		createdAt: ts().notNull().defaultNow()
	},
	// Detail page: WHERE intake_id = $1 ORDER BY created_at.
	(t) => [index('intake_notes_intake_idx').on(t.intakeId, t.createdAt)]
);

/**
 * A decision taken against the screening (issue 16): an intake triaged not-eligible-now approved or
 * booked all the same. The clinician confirmed each contraindication of the screening shown
 * (rule ids here) and wrote why; the reason is the note (intake_notes), so it reads with the others.
 */
export const intakeOverrides = pgTable(
	'intake_overrides',
	{
		id: bigserial({ mode: 'number' }).primaryKey(),
		intakeId: uuid()
			.notNull()
			.references(() => intakes.id, { onDelete: 'cascade' }),
		/** The screening the clinician was shown; null for an intake without a stored one. */
		screeningId: bigint({ mode: 'number' }).references(() => intakeScreenings.id, {
			onDelete: 'set null'
		}),
		toStatus: intakeStatus().notNull(),
		/** The contraindications confirmed, by rule id. */
		ruleIds: text().array().notNull(),
		noteId: bigint({ mode: 'number' })
			.notNull()
			.references(() => intakeNotes.id, { onDelete: 'cascade' }),
		createdBy: uuid().references(() => user.id, { onDelete: 'set null' }),
		createdAt: ts().notNull().defaultNow()
	},
	// Detail page and exports: WHERE intake_id = $1 ORDER BY id.
	(t) => [index('intake_overrides_intake_idx').on(t.intakeId, t.id)]
);

/**
 * Caution flags a clinician marked as reviewed, one per flag (rule) per screening: a new screening
 * opens its flags again.
 */
export const flagReviews = pgTable(
	'flag_reviews',
	{
		id: bigserial({ mode: 'number' }).primaryKey(),
		intakeId: uuid()
			.notNull()
			.references(() => intakes.id, { onDelete: 'cascade' }),
		screeningId: bigint({ mode: 'number' })
			.notNull()
			.references(() => intakeScreenings.id, { onDelete: 'cascade' }),
		ruleId: text().notNull(),
		reviewedBy: uuid().references(() => user.id, { onDelete: 'set null' }),
		reviewedAt: ts().notNull().defaultNow()
	},
	// Detail page: WHERE screening_id = $1; one review per flag.
	(t) => [uniqueIndex('flag_reviews_flag_idx').on(t.screeningId, t.ruleId)]
);

/** A screening flag as remembered by a request for more information: which rule, how severe. */
export interface RequestFlag {
	ruleId: string;
	severity: (typeof flagSeverity.enumValues)[number];
}

/**
 * A clinician's request for more information (issue 5): which steps were reopened, the message for
 * the patient, and the answers, triage and flags before and after, so the change can be shown once
 * the patient sends the answers again. One row per request, kept as the history of the intake.
 */
export const infoRequests = pgTable(
	'info_requests',
	{
		id: bigserial({ mode: 'number' }).primaryKey(),
		intakeId: uuid()
			.notNull()
			.references(() => intakes.id, { onDelete: 'cascade' }),
		requestedBy: uuid().references(() => user.id, { onDelete: 'set null' }),
		requestedAt: ts().notNull().defaultNow(),
		/** The step ids the patient is asked to update. */
		steps: text().array().notNull(),
		/** The clinician's words to the patient: may hold health information (never audited or emailed). */
		message: text().notNull(),
		answersBefore: jsonb().$type<Record<string, unknown>>().notNull(),
		triageBefore: triage(),
		flagsBefore: jsonb().$type<RequestFlag[]>().notNull(),
		/** The patient's answers: their work in progress while open, what they sent once answered. */
		answers: jsonb().$type<Record<string, unknown>>().notNull(),
		triageAfter: triage(),
		flagsAfter: jsonb().$type<RequestFlag[]>(),
		answeredAt: ts(),
		/**
		 * The patient's own words back to the clinician (optional; may hold health information, so
		 * never audited or emailed). Work in progress while open; shown to staff once answered.
		 */
		reply: text()
	},
	(t) => [
		// Detail page: WHERE intake_id = $1 ORDER BY requested_at, id.
		index('info_requests_intake_idx').on(t.intakeId, t.requestedAt),
		// The patient's pages: WHERE intake_id = $1 AND answered_at IS NULL; at most one open request.
		uniqueIndex('info_requests_open_idx')
			.on(t.intakeId)
			.where(sql`${t.answeredAt} is null`)
	]
);

/**
 * Append-only audit trail (a trigger in the migration rejects UPDATE and DELETE). Details never
 * hold answers or other PHI: ids, actions, counts and filters only.
 */
export const auditEvents = pgTable(
	'audit_events',
	{
		id: bigserial({ mode: 'number' }).primaryKey(),
		at: ts().notNull().defaultNow(),
		actorId: uuid(),
		actorRole: text(),
		action: text().notNull(),
		intakeId: uuid(),
		requestId: text(),
		details: jsonb().$type<Record<string, unknown>>().notNull().default({})
	},
	(t) => [
		// Intake timeline: WHERE intake_id = $1 ORDER BY at.
		index('audit_events_intake_idx').on(t.intakeId, t.at),
		// Who did what: WHERE actor_id = $1 ORDER BY at DESC.
		index('audit_events_actor_idx').on(t.actorId, t.at.desc()),
		// The audit viewer (/admin/audit): newest first, keyset-paged on (at, id), optionally by action.
		index('audit_events_at_idx').on(t.at, t.id),
		index('audit_events_action_idx').on(t.action, t.at, t.id)
	]
);

/**
 * Emailed single-use links that let a staff member choose a password (issue 14, NIST SP 800-63B
 * 6.1.2.3): for a new account, after an admin's reset, or after "forgot password". The token is
 * only in the email; the row keeps its SHA-256. Using a link deletes it (and every other link of
 * the account) in the same statement that checks it, so it works once; it lapses after 30 minutes.
 */
export const setPasswordLinks = pgTable(
	'set_password_links',
	{
		id: uuid().primaryKey().defaultRandom(),
		userId: uuid()
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		tokenHash: text().notNull(),
		purpose: text({ enum: ['welcome', 'reset', 'forgot'] }).notNull(),
		createdAt: ts().notNull().defaultNow(),
		expiresAt: ts().notNull()
	},
	(t) => [
		// Opening and using a link: WHERE token_hash = $1.
		uniqueIndex('set_password_links_token_hash_idx').on(t.tokenHash),
		// A new link replaces the account's older ones: WHERE user_id = $1.
		index('set_password_links_user_idx').on(t.userId)
	]
);

/** Fixed-window counters shared by every app instance (login throttle, draft and submit limits). */
export const rateLimits = pgTable(
	'rate_limits',
	{
		key: text().primaryKey(),
		windowStart: ts().notNull(),
		count: integer().notNull()
	},
	(t) => [check('rate_limits_count_positive', sql`${t.count} > 0`)]
);

/** Per-day step funnel counters (no PHI): how many viewed and completed each step. */
export const funnelCounters = pgTable(
	'funnel_counters',
	{
		day: date().notNull(),
		stepId: text().notNull(),
		event: text({ enum: ['viewed', 'completed'] }).notNull(),
		count: integer().notNull().default(0)
	},
	(t) => [primaryKey({ columns: [t.day, t.stepId, t.event] })]
);

// ---- Insights (issue 17): rollups kept current by triggers on intakes (migration 0011) ----
//
// /insights reads these small tables, never the intakes themselves: a trigger on intakes adds and
// subtracts each row's contribution as it is inserted, changed or deleted, so every way of writing
// an intake (wizard, submit, clinician workflow, seed, bulk load) keeps them right, and a million
// intakes collapse to a few thousand rows per year. Weeks are ISO weeks (Monday) in UTC. Counts
// only: no ids, names or contact details. insights_rebuild() recomputes them from intakes.

/** Intakes by the week they were started and sent, where they are now, and their filter values. */
export const insightIntakes = pgTable(
	'insight_intakes',
	{
		weekStarted: date().notNull(),
		/** Null while a draft. */
		weekSubmitted: date(),
		/** draft · deleted (a draft purged or removed: still started) · submitted · booked. */
		stage: text({ enum: ['draft', 'deleted', 'submitted', 'booked'] }).notNull(),
		triage: triage(),
		/** Lowercased source ('' when none), utm_campaign ('' when none), state ('' when none). */
		source: text().notNull(),
		campaign: text().notNull(),
		usState: text().notNull(),
		intakes: integer().notNull()
	},
	(t) => [
		unique('insight_intakes_key')
			.on(t.weekStarted, t.weekSubmitted, t.stage, t.triage, t.source, t.campaign, t.usState)
			.nullsNotDistinct(),
		// Charts by week sent (volume, triage mix, sources, states): WHERE week_submitted BETWEEN.
		index('insight_intakes_submitted_idx').on(
			t.weekSubmitted,
			t.stage,
			t.triage,
			t.source,
			t.campaign,
			t.usState,
			t.intakes
		)
	]
);

/** Rules that fired on sent intakes (intakes.flag_rules), by week sent, triage and source. */
export const insightFlags = pgTable(
	'insight_flags',
	{
		weekSubmitted: date().notNull(),
		ruleId: text().notNull(),
		triage: triage(),
		source: text().notNull(),
		intakes: integer().notNull()
	},
	(t) => [
		unique('insight_flags_key').on(t.weekSubmitted, t.ruleId, t.triage, t.source).nullsNotDistinct()
	]
);

/**
 * How long sent intakes waited: a histogram of hours from sending to the first review (status
 * leaves "submitted") and to a decision (approved or declined), by the week it happened.
 * Bucket i holds waits up to INSIGHT_WAIT_BOUNDS[i] hours (insights/turnaround.ts).
 */
export const insightWaits = pgTable(
	'insight_waits',
	{
		week: date().notNull(),
		kind: text({ enum: ['review', 'decision'] }).notNull(),
		bucket: integer().notNull(),
		triage: triage(),
		source: text().notNull(),
		intakes: integer().notNull()
	},
	(t) => [
		unique('insight_waits_key').on(t.week, t.kind, t.bucket, t.triage, t.source).nullsNotDistinct()
	]
);

/**
 * Saved views of the queue (issue 16): a staff member's named filters, sort and tab, kept as the
 * canonical query string the queue builds (queue-view.ts filterQuery), so a view whose filters no
 * longer validate simply loses them when it is read. Private to the staff member; a few per person.
 */
export const savedViews = pgTable(
	'saved_views',
	{
		id: uuid().primaryKey().defaultRandom(),
		staffId: uuid()
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		name: text().notNull(),
		query: text().notNull(),
		createdAt: ts().notNull().defaultNow(),
		updatedAt: ts().notNull().defaultNow()
	},
	// One name per person (saving under a name again replaces it); the list: WHERE staff_id = $1.
	(t) => [uniqueIndex('saved_views_staff_name_idx').on(t.staffId, t.name)]
);

/**
 * Email alerts to staff (issue 16; src/lib/server/alerts): how each staff member wants them.
 * No row: the role's default (alerts/settings.ts).
 */
export const alertMode = pgEnum('alert_mode', ['each', 'digest', 'none']);

export const staffAlertSettings = pgTable('staff_alert_settings', {
	userId: uuid()
		.primaryKey()
		.references(() => user.id, { onDelete: 'cascade' }),
	mode: alertMode().notNull(),
	updatedAt: ts().notNull().defaultNow()
});

/**
 * The alerts outbox: one row per intake sent or updated, written in the same transaction as the
 * submission (so nothing acknowledged goes unannounced, and nothing is announced that was rolled
 * back), and one per intake whose eligible-from date arrived, written by the worker (the unique
 * key makes that reminder once per intake and date, whichever instance gets there first).
 * `fannedOutAt` is set when the worker turned the row into deliveries for the "each" recipients.
 */
export const alertEvents = pgTable(
	'alert_events',
	{
		id: bigserial({ mode: 'number' }).primaryKey(),
		kind: text({ enum: ['submitted', 'updated', 'eligible'] }).notNull(),
		intakeId: uuid()
			.notNull()
			.references(() => intakes.id, { onDelete: 'cascade' }),
		/** Only for 'eligible': the eligible-from date reminded of. */
		eligibleOn: date(),
		createdAt: ts().notNull().defaultNow(),
		fannedOutAt: ts()
	},
	(t) => [
		// Fan-out: WHERE fanned_out_at IS NULL ORDER BY id … FOR UPDATE SKIP LOCKED.
		index('alert_events_pending_idx')
			.on(t.id)
			.where(sql`${t.fannedOutAt} is null`),
		// Digests count a recipient's window: WHERE created_at > $since AND created_at <= $until.
		index('alert_events_created_idx').on(t.createdAt),
		// One eligible-from reminder per intake and date (NULLs of other kinds never collide).
		uniqueIndex('alert_events_eligible_once').on(t.intakeId, t.kind, t.eligibleOn)
	]
);

/**
 * The alerts job table and delivery log: one email to one staff member, with the counts it
 * carries (never names or health data). Workers claim due rows with FOR UPDATE SKIP LOCKED and
 * lease them (`lockedUntil`), send outside the transaction, then mark them sent or schedule a
 * retry with backoff; a lease that lapses (the instance died mid-send) makes the row due again.
 */
export const alertDeliveries = pgTable(
	'alert_deliveries',
	{
		id: bigserial({ mode: 'number' }).primaryKey(),
		recipientId: uuid()
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		kind: text({ enum: ['each', 'digest'] }).notNull(),
		/** Digests: the clinic day they were sent for (one per recipient and day). */
		digestOn: date(),
		counts: jsonb().$type<{ submitted: number; updated: number; eligible: number }>().notNull(),
		status: text({ enum: ['pending', 'sent', 'failed', 'skipped'] })
			.notNull()
			.default('pending'),
		attempts: integer().notNull().default(0),
		nextAttemptAt: ts().notNull().defaultNow(),
		lockedUntil: ts(),
		/** Why the last attempt failed, in a word (never the message or the address). */
		lastError: text(),
		createdAt: ts().notNull().defaultNow(),
		sentAt: ts()
	},
	(t) => [
		// Claiming: WHERE status = 'pending' AND next_attempt_at <= now ORDER BY id.
		index('alert_deliveries_due_idx')
			.on(t.nextAttemptAt)
			.where(sql`${t.status} = 'pending'`),
		// A recipient's last digest, and one digest per recipient and day.
		uniqueIndex('alert_deliveries_digest_once').on(t.recipientId, t.digestOn)
	]
);
