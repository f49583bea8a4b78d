// Opens the product database: PostgreSQL through postgres.js when a URL is given, otherwise
// embedded PGlite (real Postgres in WASM) in a local directory. Both speak the same SQL, so the
// schema, migrations and queries are shared; only `execute()` results differ, hence the
// query builder everywhere in portable code.
import { mkdirSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import * as schema from './schema';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface DbHandle {
	db: Db;
	driver: 'postgres' | 'pglite';
	migrate(): Promise<void>;
	close(): Promise<void>;
}

/** Any fixed 64-bit number works; it only has to be the same for every instance of the app. */
const MIGRATION_LOCK = 7_261_004_219;

export interface DbOptions {
	url?: string;
	/** A directory, or 'memory://' for a throwaway in-memory database (tests). */
	pgliteDir?: string;
	/** A PGlite data directory dumped with `dumpDataDir` to start from (tests: a migrated copy). */
	pgliteLoadDataDir?: Blob;
	migrationsDir: string;
	poolSize?: number;
}

/** Connects to PostgreSQL when `url` is set, else opens PGlite in `pgliteDir`. */
export async function openDb(opts: DbOptions): Promise<DbHandle> {
	if (opts.url) {
		const { default: postgres } = await import('postgres');
		const { drizzle } = await import('drizzle-orm/postgres-js');
		const { migrate } = await import('drizzle-orm/postgres-js/migrator');
		const client = postgres(opts.url, {
			max: opts.poolSize ?? 10,
			onnotice: () => {},
			// postgres.js waits up to 3^n/100 s (20 s at most) before reconnecting after the n-th
			// failure since the last success: after a one-second restart, requests hung for up to 20 s.
			// Retrying within a second answers them (or fails them as an outage, see outage.ts) quickly.
			backoff: (retries: number) => Math.min(0.05 * 2 ** retries, 1),
			// An unreachable host fails as an outage after 10 s rather than 30.
			connect_timeout: 10
		});
		const db = drizzle(client, { schema, casing: 'snake_case' });
		return {
			db: db as unknown as Db,
			driver: 'postgres',
			// A session-level advisory lock needs lock, migrate and unlock on one connection: a
			// separate single-connection client guarantees that.
			migrate: async () => {
				const one = postgres(opts.url!, { max: 1, onnotice: () => {} });
				try {
					await one`select pg_advisory_lock(${MIGRATION_LOCK})`;
					await migrate(drizzle(one, { schema, casing: 'snake_case' }), {
						migrationsFolder: opts.migrationsDir
					});
					await one`select pg_advisory_unlock(${MIGRATION_LOCK})`;
				} finally {
					await one.end({ timeout: 5 });
				}
			},
			close: () => client.end({ timeout: 5 })
		};
	}
	const { PGlite } = await import('@electric-sql/pglite');
	const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
	const { drizzle } = await import('drizzle-orm/pglite');
	const { migrate } = await import('drizzle-orm/pglite/migrator');
	const dir = opts.pgliteDir ?? './data/pglite';
	if (!dir.startsWith('memory://')) mkdirSync(dir, { recursive: true });
	const client = await PGlite.create(dir, {
		extensions: { pg_trgm },
		...(opts.pgliteLoadDataDir ? { loadDataDir: opts.pgliteLoadDataDir } : {})
	});
	const db = drizzle(client, { schema, casing: 'snake_case' });
	return {
		db: db as unknown as Db,
		driver: 'pglite',
		// PGlite is single-connection and single-process, so the lock is only for symmetry.
		migrate: async () => {
			await db.execute(sql`select pg_advisory_lock(${MIGRATION_LOCK})`);
			try {
				await migrate(db, { migrationsFolder: opts.migrationsDir });
			} finally {
				await db.execute(sql`select pg_advisory_unlock(${MIGRATION_LOCK})`);
			}
		},
		close: () => client.close()
	};
}
