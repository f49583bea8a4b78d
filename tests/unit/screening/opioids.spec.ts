// R01-R07 and R10: per-entry precedence (at most one of R01-R05 per opioid entry), washout
// boundaries (9/10/13/14 days; long-acting 13/14; depot 179/180; lookback 365/366), MOUD and kratom.
import { describe, expect, it } from 'vitest';
import { ago, combine, fired, runUnchecked, table, withMeds } from './helpers';

const sorted = (ids: string[]) => [...ids].sort();

describe('opioid rules (R01-R05): one disposition per entry', () => {
	// The wizard requires the date now; older or hand-made documents may still lack it.
	it.each([
		['stopped without a last-dose date (D8)', withMeds({ name: 'Percocet', status: 'stopped' })],
		[
			'as needed without a last-dose date (D8)',
			withMeds({ name: 'Percocet', frequency: 'as-needed' })
		]
	])('%s: within the washout', (_name, overrides) => {
		expect(runUnchecked(overrides).flags.map((f) => f.rule)).toEqual(['opioid-washout-incomplete']);
	});

	it.each(
		table([
			[
				'OxyContin on a schedule',
				withMeds({ name: 'OxyContin 20mg', frequency: 'scheduled', lastDoseDate: ago(0) }),
				['opioid-scheduled-use']
			],
			[
				'Percocet on a schedule',
				withMeds({ name: 'Percocet', frequency: 'scheduled', lastDoseDate: ago(0) }),
				['opioid-scheduled-use']
			],
			[
				'a current opioid with no frequency answer (read as scheduled)',
				withMeds({ name: 'Norco', lastDoseDate: ago(1) }),
				['opioid-scheduled-use']
			],
			[
				'a patch ticked as needed',
				withMeds({
					name: 'Duragesic',
					route: 'patch',
					frequency: 'as-needed',
					lastDoseDate: ago(2)
				}),
				['opioid-scheduled-use']
			],
			[
				'methadone ticked as needed (long-acting: maintenance)',
				withMeds({
					name: 'methadone',
					frequency: 'as-needed',
					lastDoseDate: ago(20),
					reason: 'pain'
				}),
				['opioid-scheduled-use']
			],
			[
				'Butrans for pain (no MOUD)',
				withMeds({ name: 'Butrans', route: 'patch', frequency: 'scheduled', lastDoseDate: ago(0) }),
				['opioid-scheduled-use']
			],
			[
				'short-acting as needed, yesterday',
				withMeds({ name: 'tramadol', frequency: 'as-needed', lastDoseDate: ago(1) }),
				['opioid-washout-incomplete']
			],
			[
				'short-acting stopped 9 days ago',
				withMeds({ name: 'Norco', status: 'stopped', lastDoseDate: ago(9) }),
				['opioid-washout-incomplete']
			],
			[
				'short-acting stopped 10 days ago',
				withMeds({ name: 'Norco', status: 'stopped', lastDoseDate: ago(10) }),
				['opioid-washout-borderline']
			],
			[
				'short-acting stopped 13 days ago',
				withMeds({ name: 'Norco', status: 'stopped', lastDoseDate: ago(13) }),
				['opioid-washout-borderline']
			],
			[
				'short-acting stopped 14 days ago',
				withMeds({ name: 'Norco', status: 'stopped', lastDoseDate: ago(14) }),
				['opioid-washout-complete']
			],
			[
				'short-acting as needed, 9 days',
				withMeds({ name: 'codeine', frequency: 'as-needed', lastDoseDate: ago(9) }),
				['opioid-washout-incomplete']
			],
			[
				'short-acting as needed, 10 days',
				withMeds({ name: 'codeine', frequency: 'as-needed', lastDoseDate: ago(10) }),
				['opioid-washout-borderline']
			],
			[
				'short-acting as needed, 14 days',
				withMeds({ name: 'codeine', frequency: 'as-needed', lastDoseDate: ago(14) }),
				['opioid-prn-ongoing']
			],
			[
				'short-acting as needed, 400 days',
				withMeds({ name: 'codeine', frequency: 'as-needed', lastDoseDate: ago(400) }),
				['opioid-prn-ongoing']
			],
			[
				'long-acting stopped 13 days ago',
				withMeds({ name: 'MS Contin', status: 'stopped', lastDoseDate: ago(13) }),
				['opioid-washout-incomplete']
			],
			[
				'long-acting stopped 14 days ago',
				withMeds({ name: 'MS Contin', status: 'stopped', lastDoseDate: ago(14) }),
				['opioid-washout-complete']
			],
			[
				'depot buprenorphine 179 days ago',
				withMeds({
					name: 'Sublocade',
					route: 'injection',
					status: 'stopped',
					lastDoseDate: ago(179)
				}),
				['opioid-washout-incomplete', 'oud-history']
			],
			[
				'depot buprenorphine 180 days ago',
				withMeds({
					name: 'Sublocade',
					route: 'injection',
					status: 'stopped',
					lastDoseDate: ago(180)
				}),
				['opioid-washout-complete', 'oud-history']
			],
			[
				'stopped 365 days ago (inside the lookback)',
				withMeds({ name: 'Percocet', status: 'stopped', lastDoseDate: ago(365) }),
				['opioid-washout-complete']
			],
			[
				'stopped 366 days ago (outside the lookback)',
				withMeds({ name: 'Percocet', status: 'stopped', lastDoseDate: ago(366) }),
				[]
			],
			[
				'Lomotil stopped 5 days ago (D6: an opioid)',
				withMeds({ name: 'Lomotil', status: 'stopped', lastDoseDate: ago(5) }),
				['opioid-washout-incomplete']
			],
			[
				'two entries fire two different rules',
				withMeds(
					{ name: 'OxyContin', frequency: 'scheduled', lastDoseDate: ago(0) },
					{ name: 'hydrocodone', frequency: 'as-needed', lastDoseDate: ago(1) }
				),
				['opioid-scheduled-use', 'opioid-washout-incomplete']
			],
			['trazodone is not tramadol', withMeds({ name: 'trazodone' }), []],
			['hydroxyzine is not hydrocodone', withMeds({ name: 'hydroxyzine' }), []],
			['methocarbamol is not methadone', withMeds({ name: 'methocarbamol' }), []],
			['Robitussin DM is not codeine', withMeds({ name: 'Robitussin DM' }), []],
			['plain Tylenol is not Tylenol #3', withMeds({ name: 'Tylenol' }), []],
			['a Narcan kit fires no rule', withMeds({ name: 'Narcan', route: 'nasal' }), []]
		])
	)('%s', (_name, overrides, expected) => {
		expect(sorted(fired(overrides))).toEqual(sorted(expected));
	});
});

describe('MOUD and opioid history (R06, R07)', () => {
	it.each(
		table([
			[
				'Suboxone daily',
				withMeds({ name: 'Suboxone', frequency: 'scheduled', lastDoseDate: ago(0) }),
				['opioid-scheduled-use', 'oud-maintenance-therapy']
			],
			[
				'Sublocade current',
				withMeds({
					name: 'Sublocade',
					route: 'injection',
					frequency: 'scheduled',
					lastDoseDate: ago(20)
				}),
				['opioid-scheduled-use', 'oud-maintenance-therapy']
			],
			[
				'methadone for addiction',
				withMeds({
					name: 'methadone',
					frequency: 'scheduled',
					lastDoseDate: ago(0),
					reason: 'addiction'
				}),
				['opioid-scheduled-use', 'oud-maintenance-therapy']
			],
			[
				'methadone for pain',
				withMeds({
					name: 'methadone',
					frequency: 'scheduled',
					lastDoseDate: ago(0),
					reason: 'back pain'
				}),
				['opioid-scheduled-use']
			],
			[
				'OUD treatment ticked without a listed medicine',
				{ health: { opioidTreatmentCurrent: 'yes' } },
				['oud-maintenance-therapy']
			],
			['misuse history only', { health: { opioidMisuseHistory: 'yes' } }, ['oud-history']],
			[
				'OUD picked as a condition, misuse answered no',
				{
					conditions: { conditions: ['opioid-use-disorder'], opioidUseDisorderStatus: 'current' }
				},
				['oud-history']
			],
			[
				'OUD in the past (in remission): still a history (R07)',
				{
					conditions: {
						conditions: ['opioid-use-disorder'],
						opioidUseDisorderStatus: 'remission'
					}
				},
				['oud-history']
			],
			[
				'misuse history while on MOUD (R07 yields to R06)',
				combine(withMeds({ name: 'Suboxone', frequency: 'scheduled', lastDoseDate: ago(0) }), {
					health: { opioidMisuseHistory: 'yes' }
				}),
				['opioid-scheduled-use', 'oud-maintenance-therapy']
			],
			[
				'Suboxone stopped 2 years ago',
				withMeds({ name: 'Suboxone', status: 'stopped', lastDoseDate: ago(730) }),
				['oud-history']
			],
			[
				'heroin stopped 2 years ago',
				withMeds({
					name: 'heroin',
					status: 'stopped',
					lastDoseDate: ago(730),
					list: 'supplements'
				}),
				['oud-history']
			]
		])
	)('%s', (_name, overrides, expected) => {
		expect(sorted(fired(overrides))).toEqual(sorted(expected));
	});
});

describe('kratom (R10, additive to R01-R05)', () => {
	const kratom = (spec: Parameters<typeof withMeds>[0]) =>
		combine(withMeds({ list: 'supplements', ...spec }), { health: { kratomUse: 'yes' } });
	it.each(
		table([
			[
				'daily kratom',
				kratom({ name: 'kratom', frequency: 'scheduled', lastDoseDate: ago(0) }),
				['opioid-scheduled-use', 'kratom-use']
			],
			[
				'occasional kratom 13 days ago (long-acting)',
				kratom({ name: 'kratom', frequency: 'as-needed', lastDoseDate: ago(13) }),
				['opioid-washout-incomplete', 'kratom-use']
			],
			[
				'kratom stopped 14 days ago',
				kratom({ name: 'kratom', status: 'stopped', lastDoseDate: ago(14) }),
				['opioid-washout-complete', 'kratom-use']
			],
			[
				'kratom stopped 90 days ago',
				kratom({ name: 'kratom', status: 'stopped', lastDoseDate: ago(90) }),
				['opioid-washout-complete', 'kratom-use']
			],
			[
				'kratom stopped 91 days ago, not ticked',
				withMeds({ name: 'kratom', list: 'supplements', status: 'stopped', lastDoseDate: ago(91) }),
				['opioid-washout-complete']
			],
			[
				'kratom ticked but not listed (no date: D8)',
				{ health: { kratomUse: 'yes' } },
				['opioid-washout-incomplete', 'kratom-use']
			]
		])
	)('%s', (_name, overrides, expected) => {
		expect(sorted(fired(overrides))).toEqual(sorted(expected));
	});
});
