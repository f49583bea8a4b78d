// `npm run bench [-- <case> …]`: runs the named benchmark cases (all when none is named), prints the
// results and writes each case's section of BENCHMARKS.md (date, machine, results next to targets).
// Add a case by registering a function that returns BenchMetric[] in `cases` below; each case owns
// the section between its `<!-- bench:<name> -->` markers and leaves the rest of the file alone.
import '../../src/lib/server/medicine-matcher';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { screeningBench } from './screening';
import { wizardJsBench } from './wizard-js';
import { lighthouseBench } from './lighthouse';
import { stepSaveBench } from './step-save';
import { stepPostBench } from './step-post';
import { exportBench } from './export';
import { loadBench } from './load';
import { queueBench } from './queue';
import { auditBench } from './audit';
import { insightsBench } from './insights';

export interface BenchMetric {
	metric: string;
	value: number;
	unit: string;
	target?: string;
	ok?: boolean;
}

type BenchCase = () => BenchMetric[] | Promise<BenchMetric[]>;

const cases: Record<string, BenchCase> = {
	screening: screeningBench,
	// These start the built app: run `npm run build` first. The last three need DATABASE_URL.
	'wizard-js': wizardJsBench,
	lighthouse: lighthouseBench,
	'step-save': stepSaveBench,
	// Server CPU per worst-case step post and per 64K junk post; GET / while two clients loop them.
	'step-post': stepPostBench,
	// Seeds 100k intakes (about 75 s), grows them to 1M by copying, then runs a 30 s slow client.
	export: exportBench,
	// Needs DATABASE_URL: COPYs 1M generated intakes into a fresh database (about 5 min), then
	// EXPLAIN ANALYZEs every queue view.
	queue: queueBench,
	// Needs DATABASE_URL: seeds 1M audit rows with generate_series into a fresh database (under a
	// minute), then EXPLAIN ANALYZEs page 1 and a deep keyset page of each audit viewer filter.
	audit: auditBench,
	// Needs DATABASE_URL: COPYs 1M generated intakes into a fresh database with the insights
	// triggers off, rebuilds the rollups, then times every /insights chart over several ranges.
	insights: insightsBench,
	// 200 patients for 60 s, twice; the second run restarts PostgreSQL (see load.ts): named only.
	load: loadBench
};
/** Cases left out of a plain `npm run bench`: they disturb more than this process. */
const NAMED_ONLY = new Set(['load']);

const FILE = join(import.meta.dirname, '../../BENCHMARKS.md');
const HEADER =
	'# Benchmarks\n\nWritten by `npm run bench` (tests/bench/run.ts). Each section is replaced when its case is run again.\n';

function format(value: number): string {
	if (value >= 1000 || Number.isInteger(value)) return Math.round(value).toLocaleString('en-US');
	return value.toPrecision(3);
}

/** A markdown table laid out the way prettier writes it, so `prettier --check` stays clean. */
function table(header: string[], rows: string[][]): string[] {
	const widths = header.map((h, i) =>
		Math.max(3, h.length, ...rows.map((r) => (r[i] ?? '').length))
	);
	const line = (cells: string[]) =>
		`| ${cells.map((c, i) => c.padEnd(widths[i] ?? 3)).join(' | ')} |`;
	return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}

function section(name: string, metrics: BenchMetric[], when: string, load: number): string {
	const cpu = cpus();
	const machine = `${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${cpu.length} cores, Node ${process.version}, ${process.platform}/${process.arch}`;
	const rows = metrics.map((m) => [
		m.metric,
		`${format(m.value)} ${m.unit}`.trim(),
		m.target ?? '—',
		m.ok === undefined ? '—' : m.ok ? 'met' : '**missed**'
	]);
	return [
		`<!-- bench:${name} -->`,
		'',
		`## ${name}`,
		'',
		`Run ${when} on ${machine}; load average ${load.toFixed(1)} when the case started.`,
		'',
		...table(['metric', 'result', 'target', 'status'], rows),
		'',
		`<!-- /bench:${name} -->`
	].join('\n');
}

function writeSection(name: string, text: string): void {
	let doc = existsSync(FILE) ? readFileSync(FILE, 'utf8') : HEADER;
	const pattern = new RegExp(`<!-- bench:${name} -->[\\s\\S]*?<!-- /bench:${name} -->`);
	doc = pattern.test(doc) ? doc.replace(pattern, text) : `${doc.trimEnd()}\n\n${text}\n`;
	writeFileSync(FILE, doc);
}

// Exit (and so run the cases' exit handlers, which stop the servers they started) when stopped.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));

const requested = process.argv.slice(2);
const unknown = requested.filter((name) => !(name in cases));
if (unknown.length > 0) {
	console.error(
		`Unknown bench case(s): ${unknown.join(', ')}. Known: ${Object.keys(cases).join(', ')}`
	);
	process.exit(2);
}
const when = new Date().toISOString().replace('T', ' ').slice(0, 16) + ' UTC';
const chosen =
	requested.length > 0 ? requested : Object.keys(cases).filter((c) => !NAMED_ONLY.has(c));
for (const name of chosen) {
	const load = loadavg()[0] ?? 0;
	const metrics = await cases[name]!();
	for (const m of metrics)
		console.log(
			`${name}: ${m.metric}: ${format(m.value)} ${m.unit}${m.target ? ` (target ${m.target})` : ''}`
		);
	writeSection(name, section(name, metrics, when, load));
}
