// Seeds a benchmark database with the demo generator's intakes and their flags through COPY: the
// same rows as seedIntakes (generateIntake, screened for real), streamed instead of inserted in
// batches. The intake tables' secondary indexes are dropped first and rebuilt from their own
// definitions after the load, as a bulk restore does; the rebuild is timed. A share of the
// intakes is assigned to the given staff (the generator leaves everyone unassigned): one in ten
// submitted intakes, nine in ten of the rest.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Sql } from 'postgres';
import { generateIntake, prng } from '../../src/lib/server/seed/generate';

const CHUNK = 20_000;
const TABLES = ['intakes', 'intake_flags'];

export interface Seeded {
	intakes: number;
	flags: number;
	loadSeconds: number;
	indexSeconds: number;
}

/** COPY text format: tabs, newlines and backslashes escaped; null as \N. */
function field(v: unknown): string {
	if (v === null || v === undefined) return '\\N';
	const s =
		v instanceof Date ? v.toISOString() : typeof v === 'object' ? JSON.stringify(v) : `${v}`;
	return s.replace(
		/[\\\n\r\t]/g,
		(c) => ({ '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' })[c]!
	);
}

const textArray = (xs: string[]) =>
	`{${xs.map((x) => `"${x.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`;
const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** A version-4-shaped UUID from the seeded PRNG, so that the same seed gives the same ids. */
function uuid(rand: ReturnType<typeof prng>): string {
	const hex = Array.from({ length: 4 }, () =>
		Math.floor(rand.next() * 2 ** 32)
			.toString(16)
			.padStart(8, '0')
	).join('');
	const variant = ((parseInt(hex[16]!, 16) & 3) | 8).toString(16);
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20)}`;
}

export async function copySeed(
	client: Sql,
	opts: { count: number; seed: number; now: Date; staffIds: string[] }
): Promise<Seeded> {
	const indexes = await client<{ indexname: string; indexdef: string }[]>`
		select indexname, indexdef from pg_indexes
		where schemaname = 'public' and tablename in ${client(TABLES)}
		and indexname not in (select conname from pg_constraint)`;
	// Per-column statistics targets of the indexes (an ALTER INDEX, not in pg_get_indexdef).
	const targets = await client<{ index: string; column: number; target: number }[]>`
		select c.relname as index, a.attnum as column, a.attstattarget as target
		from pg_attribute a join pg_class c on c.oid = a.attrelid
		where c.relname in ${client(indexes.map((i) => i.indexname))} and a.attstattarget > 0`;
	for (const { indexname } of indexes) await client.unsafe(`drop index "${indexname}"`);

	const rand = prng(opts.seed);
	const side = prng(opts.seed + 1); // ids and assignments: the generator's sequence stays as seeded
	const sample = generateIntake(prng(opts.seed), 0, opts.now).row;
	const keys = Object.keys(sample) as (keyof typeof sample)[];
	const columns = ['id', 'assigned_to', ...keys.map(snake)].join(', ');
	const flagColumns = 'intake_id, rule_id, severity, ruleset_version, evidence, created_at';
	let flags = 0;
	const started = performance.now();
	for (let done = 0; done < opts.count; done += CHUNK) {
		const size = Math.min(CHUNK, opts.count - done);
		const flagLines: string[] = [];
		function* lines() {
			for (let i = 0; i < size; i++) {
				const { row, flags: rowFlags } = generateIntake(rand, done + i, opts.now);
				const id = uuid(side);
				const assigned = side.chance(row.status === 'submitted' ? 0.1 : 0.9)
					? opts.staffIds[side.int(opts.staffIds.length)]
					: null;
				const values = keys.map((k) =>
					k === 'flagRules' ? textArray(row.flagRules ?? []) : row[k]
				);
				yield `${[id, assigned, ...values].map(field).join('\t')}\n`;
				for (const f of rowFlags)
					flagLines.push(
						`${[id, f.ruleId, f.severity, f.rulesetVersion, f.evidence, row.submittedAt].map(field).join('\t')}\n`
					);
			}
		}
		await pipeline(
			Readable.from(lines()),
			await client.unsafe(`copy intakes (${columns}) from stdin`).writable()
		);
		await pipeline(
			Readable.from(flagLines),
			await client.unsafe(`copy intake_flags (${flagColumns}) from stdin`).writable()
		);
		flags += flagLines.length;
		if ((done + size) % 200_000 === 0) console.error(`queue bench: ${done + size} intakes seeded`);
	}
	const loadSeconds = (performance.now() - started) / 1000;

	const indexStarted = performance.now();
	await client.begin(async (tx) => {
		await tx`set local maintenance_work_mem = '256MB'`;
		for (const { indexdef } of indexes) await tx.unsafe(indexdef);
		for (const t of targets)
			await tx.unsafe(
				`alter index "${t.index}" alter column ${t.column} set statistics ${t.target}`
			);
	});
	const indexSeconds = (performance.now() - indexStarted) / 1000;
	// Vacuumed as autovacuum would leave a settled table: statistics and the visibility map.
	await client`vacuum (analyze) intakes`;
	await client`vacuum (analyze) intake_flags`;
	return { intakes: opts.count, flags, loadSeconds, indexSeconds };
}
