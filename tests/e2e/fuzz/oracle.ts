// What the fuzz test checks in the database around each request: a fingerprint of every table a
// form can write (intakes in full, flags, notes, requests for more information, audit rows, staff
// accounts, two-factor enrolments). A refused request must leave all of them as they were; an
// accepted one may change only the tables its endpoint writes. Page views (audit `intake.viewed`
// and `intake.printed`), failed sign-ins and set-password links that did not work (audit
// `staff.login_failed` and `staff.password_link_refused`, written for a refused request on
// purpose), funnel counters and rate-limit windows are expected side effects of any request and
// are left out.
import postgres from 'postgres';

export const TABLES = [
	'intakes',
	'flags',
	'notes',
	'requests',
	'audit',
	'staff',
	'twoFactor'
] as const;
export type Table = (typeof TABLES)[number];
export type Snapshot = Record<Table, string>;

const FINGERPRINT = `
select
	(select md5(coalesce(string_agg(i::text, ',' order by i.id), '')) from intakes i) as intakes,
	(select count(*) || ':' || coalesce(max(id), 0) from intake_flags) as flags,
	(select count(*) || ':' || coalesce(max(id), 0) from intake_notes) as notes,
	(select md5(coalesce(string_agg(r::text, ',' order by r.id), '')) from info_requests r) as requests,
	(select count(*) || ':' || coalesce(max(id), 0) from audit_events
		where action not in ('intake.viewed', 'intake.printed', 'staff.login_failed',
			'staff.password_link_refused')) as audit,
	(select md5(coalesce(string_agg(concat_ws('|', u.id, u.email, u.name, u.role, u.banned,
		u.two_factor_enabled, u.must_change_password), ',' order by u.id), '')) from "user" u) as staff,
	(select count(*)::text from two_factor) as "twoFactor"`;

export class Oracle {
	private readonly sql: postgres.Sql;
	constructor(url: string) {
		this.sql = postgres(url, { max: 1, onnotice: () => {} });
	}

	async snapshot(): Promise<Snapshot> {
		const [row] = await this.sql.unsafe(FINGERPRINT);
		return row as unknown as Snapshot;
	}

	/** An intake id by patient email (the newest). */
	async intakeIdByEmail(email: string): Promise<string | null> {
		const [row] = await this.sql`select id from intakes where email = ${email}
			order by created_at desc limit 1`;
		return (row?.id as string | undefined) ?? null;
	}

	async staffId(email: string): Promise<string | null> {
		const [row] = await this.sql`select id from "user" where email = ${email}`;
		return (row?.id as string | undefined) ?? null;
	}

	close() {
		return this.sql.end();
	}
}

/** The tables that differ between two snapshots. */
export const changed = (before: Snapshot, after: Snapshot): Table[] =>
	TABLES.filter((t) => before[t] !== after[t]);
