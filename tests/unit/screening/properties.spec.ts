// Properties of screen() over generated intakes (fast-check):
// - a current, scheduled full-agonist opioid is never 'eligible' (the product's worst failure);
// - adding a look-alike medicine never removes (or adds) a flag;
// - screen is pure: same input → deep-equal output, and the input is never mutated.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { screen } from '../../../src/lib/screening';
import { matchMedication } from '../../../src/lib/screening/match';
import {
	ago,
	answersWith,
	combine,
	TODAY,
	withMeds,
	type MedSpec,
	type Overrides
} from './helpers';

/** Full-agonist opioids as patients write them: brands, generics, misspellings, doses. */
const FULL_AGONISTS = [
	'OxyContin 20mg',
	'oxycodone 5 mg',
	'Percocet 10/325',
	'percoset',
	'Norco',
	'hydrocodon 10/325',
	'vicoden',
	'Vicodin',
	'Lortab',
	'Tylenol #3',
	'tylenol w/ codeine #4',
	'codeine',
	'Dilaudid',
	'hydromorphone',
	'MS Contin',
	'morphine',
	'fentanyl patch',
	'Duragesic',
	'methadone',
	'Dolophine',
	'tramadol',
	'Ultram',
	'tramadal',
	'Ultracet',
	'Nucynta',
	'tapentadol',
	'Demerol',
	'Opana',
	'levorphanol',
	'Hysingla ER',
	'Zohydro',
	'Xtampza ER',
	'Roxicodone',
	'Endocet',
	'Tussionex',
	'promethazine with codeine',
	'Robitussin AC',
	'Fioricet with codeine',
	'Lomotil',
	'heroin'
];
/** Medicines that must never change the flags. */
const LOOKALIKES = [
	'trazodone',
	'hydroxyzine',
	'hydrochlorothiazide',
	'oxybutynin',
	'oxcarbazepine',
	'methocarbamol',
	'Tylenol',
	'Tylenol PM',
	'Fioricet',
	'gabapentin',
	'Lyrica',
	'cyclobenzaprine',
	'tizanidine',
	'Cymbalta',
	'meloxicam',
	'Celebrex',
	'Robitussin DM',
	'Delsym',
	'CBD oil'
];
/** A pool of other medicines with their follow-up answers, for random intakes. */
const POOL: MedSpec[] = [
	{ name: 'Percocet', frequency: 'as-needed', lastDoseDate: ago(3) },
	{ name: 'Norco', status: 'stopped', lastDoseDate: ago(12) },
	{ name: 'tramadol', status: 'stopped', lastDoseDate: ago(40) },
	{ name: 'kratom', list: 'supplements', frequency: 'as-needed', lastDoseDate: ago(6) },
	{ name: 'Imodium', frequency: 'as-needed', dailyAmountMg: 4 },
	{ name: 'LDN', frequency: 'scheduled', lastDoseDate: ago(0), dailyAmountMg: 4.5 },
	{ name: 'Humira', route: 'injection' },
	{ name: 'methotrexate' },
	{ name: 'prednisone' },
	{ name: 'Synthroid' },
	{ name: 'Xeljanz' },
	{ name: 'Plaquenil' },
	{ name: 'Restasis', route: 'eye' },
	{ name: 'Flonase', route: 'nasal' },
	{ name: 'Narcan', route: 'nasal' },
	{ name: 'Antabuse' },
	{ name: 'vitamin D3', list: 'supplements' },
	{ name: 'Zorvatrex', list: 'supplements' }
];

const healthArb: fc.Arbitrary<Overrides> = fc.record({
	health: fc.record(
		{
			kidney: fc.constantFrom('none', 'ckd', 'kidney-stones-only'),
			liver: fc.subarray(['cirrhosis', 'abnormal-liver-tests', 'acute-hepatitis'] as const),
			sleep: fc.subarray(['insomnia', 'nightmares'] as const),
			mentalHealth: fc.subarray(['bipolar', 'depression-anxiety'] as const),
			breastfeeding: fc.constantFrom('yes', 'no'),
			opioidMisuseHistory: fc.constantFrom('yes', 'no')
		},
		{ requiredKeys: [] }
	),
	conditions: fc.record({
		conditions: fc.subarray(['fibromyalgia', 'hashimotos', 'long-covid', 'graves'] as const, {
			minLength: 1
		})
	})
}) as fc.Arbitrary<Overrides>;

const poolArb = fc
	.subarray(POOL, { maxLength: 6 })
	.chain((meds) => fc.shuffledSubarray(meds, { minLength: meds.length }));

describe('screening properties', () => {
	it('the name pools match as the properties assume', () => {
		for (const name of FULL_AGONISTS) {
			const match = matchMedication(name);
			expect(match.entry?.classes ?? [], name).toContain('opioid-agonist');
		}
		for (const name of LOOKALIKES) {
			const match = matchMedication(name);
			expect(
				match.status === 'lookalike' || match.entry?.classes.includes('lookalike-no-flag'),
				name
			).toBe(true);
		}
	});

	it('never calls a patient on a scheduled full-agonist opioid eligible', () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...FULL_AGONISTS),
				fc.constantFrom('mouth', 'patch', 'injection', 'other'),
				fc.constantFrom('medications', 'supplements'),
				fc.integer({ min: 0, max: 400 }),
				poolArb,
				healthArb,
				(name, route, list, daysAgo, others, health) => {
					const opioid: MedSpec = {
						name,
						route,
						list,
						frequency: 'scheduled',
						lastDoseDate: ago(daysAgo)
					};
					const result = screen(answersWith(combine(withMeds(...others, opioid), health)), {
						today: TODAY
					});
					expect(result.triage).toBe('not-eligible-now');
					expect(result.flags.map((f) => f.rule)).toContain('opioid-scheduled-use');
					expect(result.eligibleFrom).toBeUndefined();
				}
			),
			{ numRuns: 300 }
		);
	});

	it('never removes or adds a flag when a look-alike medicine is added', () => {
		fc.assert(
			fc.property(
				poolArb,
				healthArb,
				fc.constantFrom(...LOOKALIKES),
				fc.constantFrom('medications', 'supplements'),
				(others, health, lookalike, list) => {
					const ids = (meds: MedSpec[]) =>
						screen(answersWith(combine(withMeds(...meds), health)), { today: TODAY }).flags.map(
							(f) => f.rule
						);
					const before = ids(others);
					const after = ids([...others, { name: lookalike, list }]);
					expect(after).toEqual(before);
				}
			),
			{ numRuns: 300 }
		);
	});

	it('is pure: the same input gives a deep-equal result and is not mutated', () => {
		fc.assert(
			fc.property(poolArb, healthArb, (others, health) => {
				const answers = answersWith(combine(withMeds(...others), health));
				const copy = structuredClone(answers);
				const first = screen(answers, { today: TODAY });
				const second = screen(structuredClone(answers), { today: TODAY });
				expect(second).toEqual(first);
				expect(answers).toEqual(copy);
			}),
			{ numRuns: 200 }
		);
	});
});
