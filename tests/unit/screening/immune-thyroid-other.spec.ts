// R21-R32 and R35: immune therapies (systemic only), thyroid (R27/R28 exclusive), infection flare,
// sleep, mental health, alcohol (NIAAA boundaries) and label interactions.
import { describe, expect, it } from 'vitest';
import { ago, combine, fired, table, withMeds, type Overrides } from './helpers';

const sorted = (ids: string[]) => [...ids].sort();

describe('immune therapies (R21-R26)', () => {
	it.each(
		table([
			['Humira', withMeds({ name: 'Humira', route: 'injection' }), ['biologic-therapy']],
			[
				'IVIG (D5: a caution)',
				withMeds({ name: 'Privigen', route: 'infusion' }),
				['biologic-therapy']
			],
			[
				'rituximab stopped 180 days ago',
				withMeds({ name: 'Rituxan', route: 'infusion', status: 'stopped', lastDoseDate: ago(180) }),
				['biologic-therapy']
			],
			[
				'rituximab stopped 181 days ago',
				withMeds({ name: 'Rituxan', route: 'infusion', status: 'stopped', lastDoseDate: ago(181) }),
				[]
			],
			[
				'biologic stopped, date unknown (read as recent)',
				withMeds({ name: 'Remicade', route: 'infusion', status: 'stopped' }),
				['biologic-therapy']
			],
			[
				'Dupixent (type-2: D5 info)',
				withMeds({ name: 'Dupixent', route: 'injection' }),
				['immunomodulator-info']
			],
			['Xeljanz', withMeds({ name: 'Xeljanz' }), ['jak-inhibitor-therapy']],
			['Opzelura cream', withMeds({ name: 'Opzelura', route: 'skin' }), []],
			[
				'methotrexate weekly',
				withMeds({ name: 'methotrexate', dose: '15 mg weekly' }),
				['immunosuppressant-therapy']
			],
			['Neoral', withMeds({ name: 'Neoral' }), ['immunosuppressant-therapy']],
			['Restasis eye drops', withMeds({ name: 'Restasis', route: 'eye' }), []],
			['Protopic ointment', withMeds({ name: 'Protopic', route: 'skin' }), []],
			['Plaquenil', withMeds({ name: 'Plaquenil' }), ['immunomodulator-info']],
			[
				'prednisone daily',
				withMeds({ name: 'prednisone', dose: '10 mg' }),
				['systemic-corticosteroid']
			],
			['Flonase', withMeds({ name: 'Flonase', route: 'nasal' }), []],
			[
				'budesonide typed with an inhaled route',
				withMeds({ name: 'budesonide', route: 'inhaled' }),
				[]
			],
			[
				'steroid course of 21 days ended 90 days ago',
				withMeds({ name: 'prednisone', status: 'stopped', courseDays: 21, lastDoseDate: ago(90) }),
				['systemic-corticosteroid']
			],
			[
				'steroid course of 20 days ended 10 days ago',
				withMeds({ name: 'prednisone', status: 'stopped', courseDays: 20, lastDoseDate: ago(10) }),
				[]
			],
			[
				'steroid course of 30 days ended 91 days ago',
				withMeds({ name: 'prednisone', status: 'stopped', courseDays: 30, lastDoseDate: ago(91) }),
				[]
			],
			['Tecfidera', withMeds({ name: 'Tecfidera' }), ['ms-dmt']],
			[
				'Kesimpta (biologic DMT: R21 + R26)',
				withMeds({ name: 'Kesimpta', route: 'injection' }),
				['biologic-therapy', 'ms-dmt']
			],
			['Ampyra (symptomatic, no flag)', withMeds({ name: 'Ampyra' }), []]
		])
	)('%s', (_name, overrides, expected) => {
		expect(sorted(fired(overrides))).toEqual(sorted(expected));
	});
});

describe('thyroid (R27/R28, exclusive)', () => {
	const hashimotos: Overrides = { conditions: { conditions: ['hashimotos'] } };
	it.each(
		table([
			[
				"Hashimoto's on levothyroxine",
				combine(hashimotos, withMeds({ name: 'levothyroxine' })),
				['hashimoto-thyroid-replacement']
			],
			[
				"Hashimoto's named in free text, on Armour",
				combine(
					{ conditions: { otherConditions: "Hashimoto's thyroiditis" } },
					withMeds({ name: 'Armour Thyroid' })
				),
				['hashimoto-thyroid-replacement']
			],
			["Hashimoto's without replacement", hashimotos, ['thyroid-other-info']],
			['levothyroxine without Hashimoto', withMeds({ name: 'Synthroid' }), ['thyroid-other-info']],
			["Graves'", { conditions: { conditions: ['graves'] } }, ['thyroid-other-info']],
			['methimazole', withMeds({ name: 'methimazole' }), ['thyroid-other-info']],
			[
				"Hashimoto's with levothyroxine stopped",
				combine(hashimotos, withMeds({ name: 'levothyroxine', status: 'stopped' })),
				['thyroid-other-info']
			]
		])
	)('%s', (_name, overrides, expected) => {
		expect(sorted(fired(overrides))).toEqual(sorted(expected));
	});
});

describe('flare risk, sleep and mental health (R29, R30, R31)', () => {
	it.each(
		table([
			[
				'long COVID',
				{ conditions: { conditions: ['long-covid'] } },
				['chronic-infection-flare-risk']
			],
			[
				'chronic EBV',
				{ conditions: { conditions: ['chronic-ebv'] } },
				['chronic-infection-flare-risk']
			],
			[
				'CMV in free text',
				{ conditions: { otherConditions: 'reactivated CMV' } },
				['chronic-infection-flare-risk']
			],
			['fibromyalgia only', { conditions: { conditions: ['fibromyalgia'] } }, []],
			['insomnia', { health: { sleep: ['insomnia'] } }, ['sleep-disturbance']],
			['nightmares', { health: { sleep: ['nightmares'] } }, ['sleep-disturbance']],
			[
				'PTSD with nightmares',
				{ health: { mentalHealth: ['ptsd-nightmares'] } },
				['sleep-disturbance', 'psychiatric-high-risk']
			],
			[
				'suicidal thoughts in the last year',
				{ health: { mentalHealth: ['suicidal-thoughts-12m'] } },
				['psychiatric-high-risk']
			],
			['bipolar disorder', { health: { mentalHealth: ['bipolar'] } }, ['psychiatric-high-risk']],
			[
				'psychotic disorder',
				{ health: { mentalHealth: ['psychotic-disorder'] } },
				['psychiatric-high-risk']
			],
			['depression or anxiety only', { health: { mentalHealth: ['depression-anxiety'] } }, []]
		])
	)('%s', (_name, overrides, expected) => {
		expect(sorted(fired(overrides))).toEqual(sorted(expected));
	});
});

describe('alcohol (R32): NIAAA limits', () => {
	const drinks = (
		sexAtBirth: 'female' | 'male' | 'intersex',
		perWeek: number,
		perDay: number
	): Overrides => ({
		about: { sexAtBirth },
		health: { alcoholDrinksPerWeek: perWeek, alcoholMaxPerDay: perDay }
	});
	it.each(
		table([
			['woman, 7 a week and 3 a day', drinks('female', 7, 3), []],
			['woman, 8 a week', drinks('female', 8, 2), ['alcohol-heavy-use']],
			['woman, 4 in one day', drinks('female', 4, 4), ['alcohol-heavy-use']],
			['man, 14 a week and 4 a day', drinks('male', 14, 4), []],
			['man, 15 a week', drinks('male', 15, 3), ['alcohol-heavy-use']],
			['man, 5 in one day', drinks('male', 5, 5), ['alcohol-heavy-use']],
			['intersex: the lower limits', drinks('intersex', 8, 2), ['alcohol-heavy-use']],
			['alcohol use disorder', { health: { alcoholUseDisorder: 'yes' } }, ['alcohol-heavy-use']],
			[
				'alcohol use disorder picked as a condition, now',
				{
					conditions: {
						conditions: ['alcohol-use-disorder'],
						alcoholUseDisorderStatus: 'current'
					}
				},
				['alcohol-heavy-use']
			],
			[
				'alcohol use disorder in the past (in remission), not drinking above the limits',
				{
					conditions: {
						conditions: ['alcohol-use-disorder'],
						alcoholUseDisorderStatus: 'remission'
					}
				},
				[]
			],
			[
				'alcohol use disorder in remission but drinking above the limits',
				combine(drinks('female', 10, 5), {
					conditions: {
						conditions: ['alcohol-use-disorder'],
						alcoholUseDisorderStatus: 'remission'
					}
				}),
				['alcohol-heavy-use']
			]
		])
	)('%s', (_name, overrides, expected) => {
		expect(sorted(fired(overrides))).toEqual(sorted(expected));
	});
});

describe('label interactions (R35)', () => {
	it.each(
		table([
			['disulfiram', withMeds({ name: 'Antabuse' }), ['naltrexone-label-interaction']],
			['thioridazine', withMeds({ name: 'thioridazine' }), ['naltrexone-label-interaction']],
			['disulfiram stopped', withMeds({ name: 'disulfiram', status: 'stopped' }), []]
		])
	)('%s', (_name, overrides, expected) => {
		expect(sorted(fired(overrides))).toEqual(sorted(expected));
	});
});
