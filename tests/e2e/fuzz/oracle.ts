// What the fuzz test checks in the database around each request: a fingerprint of every table a
// form can write (intakes in full, flags, stored screenings, overrides and flag reviews, notes, requests for more information, audit rows, staff
// accounts, two-factor enrolments, saved views of the queue, alert choices and the alerts
// outbox: not the eligible-from reminders nor the deliveries, which the alerts worker writes on its
// own timer). A refused request must leave all of them as they were; an
// accepted one may change only the tables its endpoint writes. Page views (audit `intake.viewed`
// and `intake.printed`), failed sign-ins and set-password links that did not work (audit
// `staff.login_failed` and `staff.password_link_refused`, written for a refused request on
// purpose), funnel counters and rate-limit windows are expected side effects of any request and
// are left out.
import postgres from 'postgres';

export const TABLES = [
	'intakes',
	'flags',
	'screenings',
	'decisions',
	'notes',
	'requests',
	'audit',
	'staff',
	'twoFactor',
	'views',
	'alerts'
] as const;
export type Table = (typeof TABLES)[number];
export type Snapshot = Record<Table, string>;

/**
 * Intakes and requests for more information are compared row by row, in full. Hashing every row of
 * them around each of the ~10,000 requests cost more than the requests did, so the oracle installs
 * row triggers that count, per table, every committed insert, delete and update that changes a
 * value (`old is distinct from new`, the same test as comparing the rows' text); a rolled-back
 * write counts nothing. The other tables are cheap to fingerprint directly.
 */
const INSTALL = `
create schema if not exists fuzz_oracle;
create table if not exists fuzz_oracle.writes (id bigserial primary key, tbl text not null);
create or replace function fuzz_oracle.bump() returns trigger language plpgsql as $$
begin
	insert into fuzz_oracle.writes (tbl) values (tg_table_name); -- an insert: no lock to wait for
	return null;
end $$;
create or replace trigger fuzz_oracle_write after insert or delete on intakes
	for each row execute function fuzz_oracle.bump();
create or replace trigger fuzz_oracle_update after update on intakes
	for each row when (old.* is distinct from new.*) execute function fuzz_oracle.bump();
create or replace trigger fuzz_oracle_write after insert or delete on info_requests
	for each row execute function fuzz_oracle.bump();
create or replace trigger fuzz_oracle_update after update on info_requests
	for each row when (old.* is distinct from new.*) execute function fuzz_oracle.bump();`;

const UNINSTALL = `
drop trigger if exists fuzz_oracle_write on intakes;
drop trigger if exists fuzz_oracle_update on intakes;
drop trigger if exists fuzz_oracle_write on info_requests;
drop trigger if exists fuzz_oracle_update on info_requests;
drop schema if exists fuzz_oracle cascade;`;

const FINGERPRINT = `
select
	(select count(*)::text from fuzz_oracle.writes where tbl = 'intakes') as intakes,
	(select count(*) || ':' || coalesce(max(id), 0) from intake_flags) as flags,
	(select count(*) || ':' || coalesce(max(id), 0) from intake_screenings) as screenings,
	(select count(*) || ':' || coalesce(max(id), 0) from flag_reviews) || '/' ||
		(select count(*) || ':' || coalesce(max(id), 0) from intake_overrides) as decisions,
	(select count(*) || ':' || coalesce(max(id), 0) from intake_notes) as notes,
	(select count(*)::text from fuzz_oracle.writes where tbl = 'info_requests') as requests,
	(select count(*) || ':' || coalesce(max(id), 0) from audit_events
		where action not in ('intake.viewed', 'intake.printed', 'staff.login_failed',
			'staff.password_link_refused')) as audit,
	(select md5(coalesce(string_agg(concat_ws('|', u.id, u.email, u.name, u.role, u.banned,
		u.two_factor_enabled, u.must_change_password), ',' order by u.id), '')) from "user" u) as staff,
	(select count(*)::text from two_factor) as "twoFactor",
	(select md5(coalesce(string_agg(concat_ws('|', id, staff_id, name, query, updated_at), ','
		order by id), '')) from saved_views) as views,
	(select md5(coalesce(string_agg(user_id || ':' || mode, ',' order by user_id), ''))
		from staff_alert_settings) || '/' ||
		(select count(*) || ':' || coalesce(max(id), 0) from alert_events where kind <> 'eligible')
		as alerts`;

export class Oracle {
	private readonly sql: postgres.Sql;
	constructor(url: string) {
		this.sql = postgres(url, { max: 1, onnotice: () => {} });
	}

	/** Installs the change counters (once, before the first snapshot). */
	async install(): Promise<void> {
		await this.sql.unsafe(INSTALL);
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

	/** Removes the change counters and disconnects. */
	async close() {
		await this.sql.unsafe(UNINSTALL);
		await this.sql.end();
	}
}

/** The tables that differ between two snapshots. */
export const changed = (before: Snapshot, after: Snapshot): Table[] =>
	TABLES.filter((t) => before[t] !== after[t]);
