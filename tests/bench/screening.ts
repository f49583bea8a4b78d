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

/** Median µs per call of `fn`, over `samples` batches of `batch` calls after a warm-up. */
function medianMicros(fn: () => unknown, batch: number, samples: number): number {
	for (let i = 0; i < batch * 4; i++) fn();
	const perCall: number[] = [];
	for (let s = 0; s < samples; s++) {
		const start = performance.now();
		for (let i = 0; i < batch; i++) fn();
		perCall.push(((performance.now() - start) * 1000) / batch);
	}
	return median(perCall);
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
	const warm = medianMicros(() => screen(answers, { today: TODAY }), 500, 31);
	const cold = medianMicros(
		() => {
			clearMatchCache();
			screen(answers, { today: TODAY });
		},
		500,
		31
	);
	// Baseline in the same run, to tell a slow machine from slow code: a deep copy of the same
	// intake (JSON round trip), which any handling of the answers costs at least.
	const baseline = medianMicros(() => JSON.parse(JSON.stringify(answers)), 500, 31);
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
			value: cold,
			unit: 'µs'
		},
		{
			metric: 'baseline: JSON round trip of the same intake: median per call',
			value: baseline,
			unit: 'µs'
		},
		{
			metric: 'screen() with names seen before, in baseline units',
			value: warm / baseline,
			unit: '×',
			target: '≤ 1.5 ×',
			ok: warm / baseline <= 1.5
		},
		{
			metric: 'screen() with every name new, in baseline units',
			value: cold / baseline,
			unit: '×',
			target: '≤ 3 ×',
			ok: cold / baseline <= 3
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
