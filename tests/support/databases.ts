// Fresh PostgreSQL databases for one test run, created beside the one DATABASE_URL names and
// dropped afterwards. Tests never touch a shared database.
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';

/**
 * Creates an empty database on the server of `baseUrl`; returns its URL. TEST_DB_PREFIX (optional)
 * goes in front of the name, so that several people or checkouts sharing a server can tell theirs.
 */
export async function createFreshDatabase(baseUrl: string, prefix: string): Promise<string> {
	const name = `${process.env.TEST_DB_PREFIX ?? ''}${prefix}_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
	const admin = postgres(baseUrl, { max: 1, onnotice: () => {} });
	try {
		await admin.unsafe(`create database "${name}"`);
	} finally {
		await admin.end();
	}
	const url = new URL(baseUrl);
	url.pathname = `/${name}`;
	return url.toString();
}

const nameOf = (url: string) => decodeURIComponent(new URL(url).pathname.slice(1));

/** A connection to the server's `postgres` database, for creating and dropping others. */
function serverAdmin(url: string) {
	const base = new URL(url);
	base.pathname = '/postgres';
	return postgres(base.toString(), { max: 1, onnotice: () => {} });
}

/**
 * A new database copied from `templateUrl` (which nobody may be connected to), named after it:
 * `dropDatabaseAndCopies` finds its copies by that name.
 */
export async function copyDatabase(templateUrl: string): Promise<string> {
	const template = nameOf(templateUrl);
	const name = `${template}_${randomBytes(4).toString('hex')}`;
	const admin = serverAdmin(templateUrl);
	try {
		await admin.unsafe(`create database "${name}" template "${template}"`);
	} finally {
		await admin.end();
	}
	const url = new URL(templateUrl);
	url.pathname = `/${name}`;
	return url.toString();
}

/** Drops a database made by createFreshDatabase, closing any connections left open. */
export async function dropDatabase(url: string): Promise<void> {
	const admin = serverAdmin(url);
	try {
		await admin.unsafe(`drop database if exists "${nameOf(url)}" with (force)`);
	} finally {
		await admin.end();
	}
}

/** Drops a template database and every copy `copyDatabase` made of it. */
export async function dropDatabaseAndCopies(url: string): Promise<void> {
	const template = nameOf(url);
	const admin = serverAdmin(url);
	try {
		const copies = await admin<{ datname: string }[]>`
			select datname from pg_database where starts_with(datname, ${`${template}_`})`;
		for (const { datname } of copies) {
			await admin.unsafe(`drop database if exists "${datname}" with (force)`);
		}
		await admin.unsafe(`drop database if exists "${template}" with (force)`);
	} finally {
		await admin.end();
	}
}
