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
// The outcome handler is attached as the transaction starts, as `await db.transaction(…)` does.
// Attached only after the kill below, it came too late about 1 run in 12: pg_terminate_backend
// returns as soon as it has signalled, so the victim's socket can close (and the transaction
// reject) before the killer's own reply arrives, and an unhandled rejection ends the process
// (exit 1, "write CONNECTION_CLOSED" from connection.js closed()) with the driver not at fault.
const settled = sql
	.begin(async (t) => {
		const [row] = await t`select pg_backend_pid() as pid`;
		pid = row.pid;
		await t`select pg_sleep(5)`;
	})
	.then(
		() => 'committed',
		(err) => err.code
	);
while (pid === null) await new Promise((r) => setTimeout(r, 20));
await killer`select pg_terminate_backend(${pid})`;
const outcome = await settled;
// Give any deferred write the turns of the event loop it needs to run (and crash, unpatched).
await new Promise((r) => setTimeout(r, 300));
// The pool still serves queries after the restart-like close.
const [{ one }] = await sql`select 1 as one`;
process.stdout.write(JSON.stringify({ outcome, one }));
await killer.end({ timeout: 1 });
// Not a graceful end: the connection that died keeps its failed query until it reconnects, so
// end() would wait out its whole timeout, and the spec runs this script many times.
await sql.end({ timeout: 0 });
