// The clinic's suggested titration (S1): standard 1.5 → 3 → 4.5 mg at bedtime, a gentler plan when
// R27/R29/R30 fire, morning dosing when sleep is disturbed, and the compounding notes.
import { describe, expect, it } from 'vitest';
import { suggestTitration, titrationPlan } from '../../../src/lib/screening';
import { ago, answersWith, combine, run, withMeds, type Overrides } from './helpers';

const suggest = (overrides: Overrides = {}) =>
	suggestTitration(run(overrides), answersWith(overrides));

describe('suggestTitration', () => {
	it('gives the clinic schedule at bedtime when nothing calls for a slower start', () => {
		const plan = suggest();
		expect(plan.schedule.id).toBe('standard');
		expect(plan.schedule.steps.map((s) => s.doseMg)).toEqual([1.5, 3, 4.5]);
		expect(plan.timing).toBe('bedtime');
		expect(plan.onHold).toBe(false);
		expect(plan.trialDays).toBe(90);
		expect(plan.formulation.join(' ')).toMatch(/immediate-release/);
		expect(plan.sources.map((s) => s.id)).toEqual(['S1', 'S5', 'S6']);
	});

	it.each([
		[
			'Hashimoto on thyroid hormone (R27)',
			combine({ conditions: { conditions: ['hashimotos'] } }, withMeds({ name: 'levothyroxine' }))
		],
		['long COVID (R29)', { conditions: { conditions: ['long-covid'] } }]
	] as [string, Overrides][])('starts lower and slower for %s', (_name, overrides) => {
		const plan = suggest(overrides);
		expect(plan.schedule.id).toBe('gentle');
		expect(plan.schedule.steps[0]?.doseMg).toBe(0.5);
		expect(plan.timing).toBe('bedtime');
	});

	it('adds thyroid monitoring for R27', () => {
		const plan = suggest(
			combine({ conditions: { conditions: ['hashimotos'] } }, withMeds({ name: 'Synthroid' }))
		);
		expect(plan.monitoring.join(' ')).toMatch(/TSH\/FT4/);
	});

	it('moves the dose to the morning when sleep is disturbed (R30)', () => {
		const plan = suggest({ health: { sleep: ['insomnia'] } });
		expect(plan.schedule.id).toBe('gentle');
		expect(plan.timing).toBe('morning');
	});

	it('is on hold while a contraindication stands, and flags a calcium-carbonate filler', () => {
		const overrides = combine(
			withMeds({ name: 'OxyContin', frequency: 'scheduled', lastDoseDate: ago(0) }),
			{
				health: {
					ldnCurrent: 'yes',
					ldnDoseMg: 3,
					ldnForm: 'capsule',
					ldnFiller: 'calcium-carbonate'
				}
			}
		);
		const plan = suggest(overrides);
		expect(plan.onHold).toBe(true);
		expect(plan.reasons.join(' ')).toMatch(/Already taking LDN at 3 mg/);
		expect(plan.formulation.join(' ')).toMatch(/calcium-carbonate/);
	});

	it('returns a copy: changing a suggestion does not change the plan data', () => {
		const plan = suggest();
		(plan.schedule.steps[0] as { doseMg: number }).doseMg = 99;
		expect(titrationPlan.standard.steps[0].doseMg).toBe(1.5);
	});
});
