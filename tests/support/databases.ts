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

/** Drops a database made by createFreshDatabase, closing any connections left open. */
export async function dropDatabase(url: string): Promise<void> {
	const name = decodeURIComponent(new URL(url).pathname.slice(1));
	const base = new URL(url);
	base.pathname = '/postgres';
	const admin = postgres(base.toString(), { max: 1, onnotice: () => {} });
	try {
		await admin.unsafe(`drop database if exists "${name}" with (force)`);
	} finally {
		await admin.end();
	}
}
