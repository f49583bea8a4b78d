// Screening benchmarks: the median time of one screen() over an intake with 8 medications, against
// the JSON round trip of the same intake in the same run (issue 12: ≤ 1.5× with names seen before,
// ≤ 3× with every name new); matcher throughput over a mix of exact, brand, misspelt, look-alike,
// vocabulary and unknown names; and what the medicine vocabulary adds to server start (≤ 100 ms)
// and memory (≤ 20 MB).
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { buildAnswers } from '../../src/lib/intake/testing';
import { screen } from '../../src/lib/screening';
import { clearMatchCache } from '../../src/lib/screening/context';
import { matchMedication } from '../../src/lib/screening/match';
import { buildLookup } from '../../src/lib/screening/match/lookup';
import { COMMON_WORD_LIST } from '../../src/lib/screening/vocabulary/common-words';
import { parseVocabulary } from '../../src/lib/screening/vocabulary';
import type { BenchMetric } from './run';

const TODAY = '2026-11-20';

/** A realistic busy intake: 8 medications across the rule areas, several follow-ups. */
export function busyIntake() {
	return buildAnswers(
		{
			conditions: { conditions: ['hashimotos', 'rheumatoid-arthritis'], duration: 'over-5-years' },
			medications: {
				medications: [
					{ name: 'OxyContin 20mg', route: 'mouth', status: 'current' },
					{ name: 'norco 10/325', route: 'mouth', status: 'stopped' },
					{ name: 'Humira pen', route: 'injection', status: 'current' },
					{ name: 'methotrexate 15mg weekly', route: 'mouth', status: 'current' },
					{ name: 'synthroid 88 mcg', route: 'mouth', status: 'current' },
					{ name: 'prednisone 5mg', route: 'mouth', status: 'current' },
					{ name: 'trazodone 50mg', route: 'mouth', status: 'current' },
					{ name: 'gabapentin', route: 'mouth', status: 'current' }
				],
				supplements: []
			},
			'medication-details': {
				entries: [
					{ list: 'medications', index: 0, frequency: 'scheduled', lastDoseDate: '2026-11-20' },
					{ list: 'medications', index: 1, lastDoseDate: '2026-11-08' }
				]
			},
			health: { sleep: ['insomnia'] }
		},
		{ today: TODAY }
	);
}

const MATCH_NAMES = [
	'oxycodone',
	'OxyContin 20mg',
	'oxycotin',
	'Percocet 10/325',
	'percoset',
	'norco',
	'Narcan',
	'hydrocodon 10/325',
	'vicoden',
	'Tylenol 3',
	'Tylenol',
	'Tylenol PM',
	'Robitussin AC',
	'Robitussin DM',
	'promethazine with codeine',
	'tramadal',
	'ultram',
	'trazodone',
	'suboxen',
	'methadone',
	'methocarbamol',
	'hydroxyzine',
	'hydroxychloroquine',
	'imodium ad',
	'humera',
	'enbril',
	'remicaid',
	'synthroyd',
	'levothyroxin',
	'armour',
	'restasis',
	'neoral',
	'prednisone',
	'Flonase',
	'Opzelura',
	'kratom',
	'LDN 4.5 mg',
	'Vivitrol',
	'Contrave',
	'gabapentin',
	'vitamin D3',
	'magnesium glycinate',
	'fish oil',
	'Zorvatrex',
	'Xeljanz',
	'Ocrevus',
	'Dupixent',
	'Antabuse',
	'Lybalvi',
	'Movantik',
	'atorvastatin 20mg',
	'Zoloft',
	'birth control pill',
	'levotiroxina',
	'ibuprofeno',
	'buprenorfine/naloxone',
	'contract'
];

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/**
 * Median µs per call of `fn`, over `samples` batches of `batch` calls after a warm-up of at least
 * four batches and half a second, so that the optimising compiler has finished with `fn` and the
 * figure is the steady state a long-running server sees.
 */
function medianMicros(fn: () => unknown, batch: number, samples: number): number {
	warmUp(fn, batch);
	return median(Array.from({ length: samples }, () => batchMicros(fn, batch)));
}

function warmUp(fn: () => unknown, batch: number): void {
	const until = performance.now() + 500;
	for (let i = 0; i < batch * 4 || performance.now() < until; i++) fn();
}

function batchMicros(fn: () => unknown, batch: number): number {
	const start = performance.now();
	for (let i = 0; i < batch; i++) fn();
	return ((performance.now() - start) * 1000) / batch;
}

/**
 * `fn` against a baseline, batch for batch in turns: on a shared machine both see the same load at
 * the same moment, so the median of the per-pair ratios is steadier than a ratio of two medians
 * taken seconds apart.
 */
function pairedMicros(
	fn: () => unknown,
	baseline: () => unknown,
	batch: number,
	samples: number
): { fn: number; baseline: number; ratio: number } {
	warmUp(fn, batch);
	warmUp(baseline, batch);
	const fnTimes: number[] = [];
	const baseTimes: number[] = [];
	const ratios: number[] = [];
	for (let s = 0; s < samples; s++) {
		const f = batchMicros(fn, batch);
		const b = batchMicros(baseline, batch);
		fnTimes.push(f);
		baseTimes.push(b);
		ratios.push(f / b);
	}
	return { fn: median(fnTimes), baseline: median(baseTimes), ratio: median(ratios) };
}

/** What the vocabulary adds when the server starts: parsing it, the word guard, and its tables. */
function vocabularyStart(): { ms: number; mb: number } {
	setFlagsFromString('--expose-gc');
	const gc = runInNewContext('gc') as () => void;
	const withVocabulary = () => {
		const { names } = parseVocabulary();
		const words = new Set(COMMON_WORD_LIST.split(/\s+/));
		return { tables: buildLookup(names), words };
	};
	const without = () => ({ tables: buildLookup([]), words: new Set<string>() });
	for (let i = 0; i < 3; i++) {
		withVocabulary();
		without();
	}
	const time = (fn: () => unknown) => {
		const runs: number[] = [];
		for (let i = 0; i < 9; i++) {
			const start = performance.now();
			fn();
			runs.push(performance.now() - start);
		}
		return median(runs);
	};
	const heldBytes = (fn: () => unknown) => {
		gc();
		const before = process.memoryUsage().heapUsed;
		const held = [fn(), fn(), fn(), fn()];
		gc();
		const bytes = (process.memoryUsage().heapUsed - before) / held.length;
		return bytes;
	};
	const ms = time(withVocabulary) - time(without);
	const mb = (heldBytes(withVocabulary) - heldBytes(without)) / 2 ** 20;
	return { ms, mb };
}

export function screeningBench(): BenchMetric[] {
	const answers = busyIntake();
	// Baseline, to tell a slow machine from slow code: a deep copy of the same intake (JSON round
	// trip), which any handling of the answers costs at least.
	const copy = () => JSON.parse(JSON.stringify(answers));
	const warmRun = pairedMicros(() => screen(answers, { today: TODAY }), copy, 500, 31);
	const coldRun = pairedMicros(
		() => {
			clearMatchCache();
			screen(answers, { today: TODAY });
		},
		copy,
		500,
		31
	);
	const { fn: warm, baseline } = warmRun;
	const perName =
		medianMicros(
			() => {
				for (const name of MATCH_NAMES) matchMedication(name);
			},
			20,
			31
		) / MATCH_NAMES.length;
	const start = vocabularyStart();
	return [
		{
			metric: 'screen(), intake with 8 medications, names seen before: median per call',
			value: warm,
			unit: 'µs'
		},
		{
			metric:
				'screen(), intake with 8 medications, every name new (match cache empty): median per call',
			value: coldRun.fn,
			unit: 'µs'
		},
		{
			metric: 'baseline: JSON round trip of the same intake: median per call',
			value: baseline,
			unit: 'µs'
		},
		{
			metric: 'screen() with names seen before, in baseline units (median of paired batches)',
			value: warmRun.ratio,
			unit: '×',
			target: '≤ 1.5 ×',
			ok: warmRun.ratio <= 1.5
		},
		{
			metric: 'screen() with every name new, in baseline units (median of paired batches)',
			value: coldRun.ratio,
			unit: '×',
			target: '≤ 3 ×',
			ok: coldRun.ratio <= 3
		},
		{
			metric: 'medicine vocabulary at server start: parse, word guard and tables (median)',
			value: start.ms,
			unit: 'ms',
			target: '≤ 100 ms',
			ok: start.ms <= 100
		},
		{
			metric: 'medicine vocabulary: memory held (heap, after GC)',
			value: start.mb,
			unit: 'MB',
			target: '≤ 20 MB',
			ok: start.mb <= 20
		},
		{
			metric: `matchMedication(), ${MATCH_NAMES.length} mixed names: throughput`,
			value: 1e6 / perName,
			unit: 'names/s'
		}
	];
}
