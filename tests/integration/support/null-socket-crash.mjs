// Run as a child process by db-outage.spec.ts: the postgres.js 3.4.9 crash on a database restart
// (upstream porsager/postgres#1154, #1208). A transaction's backend is terminated while a query is
// in flight; the driver then writes its own ROLLBACK from a setImmediate after closed() has set
// the socket to null, and the TypeError escapes every caller as an uncaught exception. With the
// patch in patches/ the transaction rejects CONNECTION_CLOSED and this process exits 0.
import postgres from 'postgres';

const url = process.env.DATABASE_URL;
const sql = postgres(url, { max: 2, onnotice: () => {} });
const killer = postgres(url, { max: 1 });
let pid = null;
const tx = sql.begin(async (t) => {
	const [row] = await t`select pg_backend_pid() as pid`;
	pid = row.pid;
	await t`select pg_sleep(5)`;
});
while (pid === null) await new Promise((r) => setTimeout(r, 20));
await killer`select pg_terminate_backend(${pid})`;
const outcome = await tx.then(
	() => 'committed',
	(err) => err.code
);
// Give any deferred write the turns of the event loop it needs to run (and crash, unpatched).
await new Promise((r) => setTimeout(r, 300));
// The pool still serves queries after the restart-like close.
const [{ one }] = await sql`select 1 as one`;
process.stdout.write(JSON.stringify({ outcome, one }));
await killer.end({ timeout: 1 });
await sql.end({ timeout: 1 });
