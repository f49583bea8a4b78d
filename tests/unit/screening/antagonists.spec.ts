// R08, R09, R34 (naltrexone products and other antagonists) and R11/R12 (peripheral opioids).
import { describe, expect, it } from 'vitest';
import { ago, fired, table, withMeds } from './helpers';

const sorted = (ids: string[]) => [...ids].sort();

describe('naltrexone products (R08, R34) and other antagonists (R09)', () => {
	it.each(
		table([
			[
				'naltrexone 50 mg a day',
				withMeds({
					name: 'naltrexone',
					frequency: 'scheduled',
					lastDoseDate: ago(0),
					dailyAmountMg: 50
				}),
				['naltrexone-duplicate']
			],
			[
				'naltrexone 11 mg a day',
				withMeds({
					name: 'naltrexone',
					frequency: 'scheduled',
					lastDoseDate: ago(0),
					dailyAmountMg: 11
				}),
				['naltrexone-duplicate']
			],
			[
				'naltrexone 10 mg a day (LDN range)',
				withMeds({
					name: 'naltrexone',
					frequency: 'scheduled',
					lastDoseDate: ago(0),
					dailyAmountMg: 10
				}),
				['ldn-current-user']
			],
			[
				'LDN 4.5 mg a day',
				withMeds({ name: 'LDN', frequency: 'scheduled', lastDoseDate: ago(0), dailyAmountMg: 4.5 }),
				['ldn-current-user']
			],
			[
				'"naltrexone 4.5 mg" without an amount answer',
				withMeds({ name: 'naltrexone 4.5 mg', frequency: 'scheduled', lastDoseDate: ago(0) }),
				['ldn-current-user']
			],
			[
				'Vivitrol 29 days ago',
				withMeds({
					name: 'Vivitrol',
					route: 'injection',
					status: 'stopped',
					lastDoseDate: ago(29)
				}),
				['naltrexone-duplicate']
			],
			[
				'Vivitrol current, last shot 35 days ago (ongoing therapy)',
				withMeds({
					name: 'Vivitrol',
					route: 'injection',
					frequency: 'scheduled',
					lastDoseDate: ago(35)
				}),
				['naltrexone-duplicate']
			],
			[
				'Vivitrol 30 days ago',
				withMeds({
					name: 'Vivitrol',
					route: 'injection',
					status: 'stopped',
					lastDoseDate: ago(30)
				}),
				[]
			],
			[
				'Contrave',
				withMeds({
					name: 'Contrave',
					frequency: 'scheduled',
					lastDoseDate: ago(0),
					dailyAmountMg: 32
				}),
				['naltrexone-duplicate']
			],
			[
				'LDN answered in the health step',
				{
					health: {
						ldnCurrent: 'yes',
						ldnDoseMg: 4.5,
						ldnPharmacy: 'Belmar',
						ldnForm: 'capsule',
						ldnFiller: 'microcrystalline-cellulose'
					}
				},
				['ldn-current-user']
			],
			[
				'"LDN" at 50 mg in the health step',
				{ health: { ldnCurrent: 'yes', ldnDoseMg: 50, ldnForm: 'tablet', ldnFiller: 'unknown' } },
				['naltrexone-duplicate']
			],
			['Lybalvi', withMeds({ name: 'Lybalvi' }), ['other-opioid-antagonist']],
			['Relistor', withMeds({ name: 'Relistor', route: 'injection' }), ['other-opioid-antagonist']],
			['Movantik stopped', withMeds({ name: 'Movantik', status: 'stopped' }), []]
		])
	)('%s', (_name, overrides, expected) => {
		expect(sorted(fired(overrides))).toEqual(sorted(expected));
	});
});

describe('peripheral opioids (R11/R12, exclusive per entry)', () => {
	it.each(
		table([
			[
				'loperamide 16 mg a day',
				withMeds({ name: 'loperamide', frequency: 'as-needed', dailyAmountMg: 16 }),
				['peripheral-opioid-antidiarrheal']
			],
			[
				'loperamide 17 mg a day',
				withMeds({ name: 'loperamide', frequency: 'scheduled', dailyAmountMg: 17 }),
				['loperamide-high-dose']
			],
			[
				'loperamide without an amount (read as high)',
				withMeds({ name: 'Imodium', frequency: 'as-needed' }),
				['loperamide-high-dose']
			],
			[
				'loperamide 4 mg "for withdrawal"',
				withMeds({
					name: 'Imodium',
					frequency: 'as-needed',
					dailyAmountMg: 4,
					reason: 'withdrawal'
				}),
				['loperamide-high-dose']
			],
			['eluxadoline', withMeds({ name: 'Viberzi' }), ['peripheral-opioid-antidiarrheal']],
			['loperamide stopped', withMeds({ name: 'Imodium', status: 'stopped' }), []],
			[
				'high-dose loperamide and Viberzi: one rule each',
				withMeds(
					{ name: 'loperamide', frequency: 'scheduled', dailyAmountMg: 24 },
					{ name: 'Viberzi' }
				),
				['loperamide-high-dose', 'peripheral-opioid-antidiarrheal']
			]
		])
	)('%s', (_name, overrides, expected) => {
		expect(sorted(fired(overrides))).toEqual(sorted(expected));
	});
});
