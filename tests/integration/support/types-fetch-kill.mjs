// Run as a child process by db-outage.spec.ts: the second postgres.js 3.4.9 crash on a database
// restart (upstream porsager/postgres#1192, #1223). Each new connection first fetches the array
// types (fetch_types); when its backend is terminated during that query, the driver's discarded
// fetchArrayTypes() promise rejects and, unpatched, the unhandled rejection ends the process
// (exit 1, PostgresError 57P01). The window is milliseconds wide, so this opens the first
// connection through a socket that holds back the types query and terminates the backend
// instead: the client then sees exactly what a termination at that moment produces.
import net from 'node:net';
import postgres from 'postgres';

const url = process.env.DATABASE_URL;
const { hostname, port } = new URL(url);
const killer = postgres(url, { max: 1 });
/** BackendKeyData ('K', length 12), which carries the backend's pid, in the startup reply. */
const KEY_DATA = Buffer.from([0x4b, 0, 0, 0, 12]);
let armed = true;

function interceptingSocket() {
	const socket = net.connect(Number(port || 5432), hostname);
	let pid = null;
	socket.on('data', (x) => {
		const at = x.indexOf(KEY_DATA);
		if (pid === null && at >= 0) pid = x.readInt32BE(at + KEY_DATA.length);
	});
	const write = socket.write.bind(socket);
	socket.write = (chunk, ...rest) => {
		if (!armed || !chunk.includes('pg_catalog.pg_type')) return write(chunk, ...rest);
		armed = false;
		killer`select pg_terminate_backend(${pid})`.catch(() => {});
		return true;
	};
	return socket;
}

const sql = postgres(url, { max: 1, onnotice: () => {}, socket: interceptingSocket });
// The first query waited for that connection: it fails as an outage (or, once the driver retries
// its startup, succeeds); either way the process lives and the pool serves the next query.
const first = await sql`select 1 as one`.then(
	() => 'ok',
	(err) => err.code
);
await new Promise((r) => setTimeout(r, 300));
const [{ one }] = await sql`select 1 as one`;
process.stdout.write(JSON.stringify({ intercepted: !armed, first, one }));
await killer.end({ timeout: 1 });
await sql.end({ timeout: 1 });
