// EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) of a query exactly as a query builder renders it (its
// SQL text and parameters): the median execution time of a few warm runs, and what the plan
// reads (scan nodes, whether any is a sequential scan of a given table). When the server runs on
// this machine, also the CPU time its backend spends per run (from /proc, over CPU_RUNS runs of
// the plain query): unlike the elapsed time, it does not grow when other processes share the
// cores. Parallel workers' CPU is not counted.
import { existsSync, readFileSync } from 'node:fs';
import type { ReservedSql, Sql } from 'postgres';

const CPU_RUNS = 50;
const TICK_MS = 10; // Linux USER_HZ: /proc times are in hundredths of a second

export interface Query {
	sql: string;
	params: unknown[];
}

interface PlanNode {
	'Node Type': string;
	'Relation Name'?: string;
	'Index Name'?: string;
	'Actual Rows'?: number;
	'Shared Hit Blocks'?: number;
	'Shared Read Blocks'?: number;
	Plans?: PlanNode[];
}

export interface Explained {
	/** Median execution time of the measured runs, ms. */
	ms: number;
	planningMs: number;
	rows: number;
	/** Shared buffers touched (hit + read) by the last run. */
	buffers: number;
	/** The plan's scans of the table, e.g. "index intakes_status_submitted_idx". */
	scans: string[];
	seqScanOf: string[];
	/** Backend CPU time per run, ms (null when the server's process is not visible here). */
	cpuMs: number | null;
}

/** User + system CPU time of a local server backend, ms; null if it is not a local process. */
function cpuOf(pid: number): number | null {
	const comm = `/proc/${pid}/comm`;
	if (!existsSync(comm) || !readFileSync(comm, 'utf8').startsWith('postgres')) return null;
	const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
	const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
	return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
}

async function cpuPerRun(conn: ReservedSql, query: Query): Promise<number | null> {
	const [{ pid }] = (await conn`select pg_backend_pid() as pid`) as unknown as [{ pid: number }];
	const before = cpuOf(pid);
	if (before === null) return null;
	for (let i = 0; i < CPU_RUNS; i++) await conn.unsafe(query.sql, query.params as never[]);
	return (cpuOf(pid)! - before) / CPU_RUNS;
}

function walk(node: PlanNode, visit: (n: PlanNode) => void) {
	visit(node);
	for (const child of node.Plans ?? []) walk(child, visit);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const SCAN_WORDS: Record<string, string> = {
	'Seq Scan': 'SEQ SCAN',
	'Index Scan': 'index',
	'Index Only Scan': 'index-only',
	'Bitmap Index Scan': 'bitmap'
};

/** One warm-up run, then `runs` measured ones; `scans` names those of `table` and its indexes. */
export async function explain(
	client: Sql,
	query: Query,
	table: string,
	runs = 3
): Promise<Explained> {
	const text = `explain (analyze, buffers, format json) ${query.sql}`;
	const conn = await client.reserve();
	const once = async () => {
		const [row] = await conn.unsafe(text, query.params as never[]);
		const raw = Object.values(row as Record<string, unknown>)[0];
		const [plan] = (typeof raw === 'string' ? JSON.parse(raw) : raw) as {
			Plan: PlanNode;
			'Planning Time': number;
			'Execution Time': number;
		}[];
		return plan!;
	};
	const plans = [];
	let cpuMs: number | null;
	try {
		await once();
		for (let i = 0; i < runs; i++) plans.push(await once());
		cpuMs = await cpuPerRun(conn, query);
	} finally {
		conn.release();
	}
	const last = plans.at(-1)!;
	const scans: string[] = [];
	const seqScanOf: string[] = [];
	walk(last.Plan, (n) => {
		if (n['Node Type'] === 'Seq Scan') seqScanOf.push(n['Relation Name']!);
		const what = n['Index Name'] ?? n['Relation Name'];
		const kind = SCAN_WORDS[n['Node Type']];
		if (what && kind && (what === table || what.startsWith(`${table}_`)))
			scans.push(`${kind} ${what}`);
	});
	return {
		ms: median(plans.map((p) => p['Execution Time'])),
		planningMs: median(plans.map((p) => p['Planning Time'])),
		rows: last.Plan['Actual Rows'] ?? 0,
		buffers: (last.Plan['Shared Hit Blocks'] ?? 0) + (last.Plan['Shared Read Blocks'] ?? 0),
		scans: [...new Set(scans)],
		seqScanOf,
		cpuMs
	};
}
