// R13-R20: liver (R13 wins over R14), kidney, pregnancy, breastfeeding, age, allergy, transplant.
import { describe, expect, it } from 'vitest';
import { ahead, fired, table } from './helpers';
import { addDays } from '../../../src/lib/intake';

const sorted = (ids: string[]) => [...ids].sort();
/** Born `years` years before TODAY (2026-11-20), moved by `shiftDays`. */
const bornYearsAgo = (years: number, shiftDays = 0) => addDays(`${2026 - years}-11-20`, shiftDays);

describe('liver and kidney (R13, R14, R15)', () => {
	it.each(
		table([
			[
				'liver failure',
				{ health: { liver: ['liver-failure'] } },
				['liver-failure-or-acute-hepatitis']
			],
			[
				'decompensated cirrhosis',
				{ health: { liver: ['decompensated-cirrhosis'] } },
				['liver-failure-or-acute-hepatitis']
			],
			[
				'acute hepatitis',
				{ health: { liver: ['acute-hepatitis'] } },
				['liver-failure-or-acute-hepatitis']
			],
			[
				'on the liver transplant list',
				{ health: { liver: ['liver-transplant-list'] } },
				['liver-failure-or-acute-hepatitis']
			],
			[
				'cirrhosis and acute hepatitis (R13 wins)',
				{ health: { liver: ['cirrhosis', 'acute-hepatitis'] } },
				['liver-failure-or-acute-hepatitis']
			],
			['compensated cirrhosis', { health: { liver: ['cirrhosis'] } }, ['liver-disease-chronic']],
			[
				'chronic hepatitis',
				{ health: { liver: ['chronic-hepatitis'] } },
				['liver-disease-chronic']
			],
			[
				'autoimmune liver disease',
				{ health: { liver: ['autoimmune-liver'] } },
				['liver-disease-chronic']
			],
			[
				'fatty liver with abnormal tests',
				{ health: { liver: ['fatty-liver-abnormal-tests'] } },
				['liver-disease-chronic']
			],
			[
				'abnormal liver tests',
				{ health: { liver: ['abnormal-liver-tests'] } },
				['liver-disease-chronic']
			],
			['CKD', { health: { kidney: 'ckd' } }, ['kidney-impairment']],
			['dialysis', { health: { kidney: 'dialysis' } }, ['kidney-impairment']],
			['kidney stones only', { health: { kidney: 'kidney-stones-only' } }, []],
			['kidney unsure', { health: { kidney: 'unsure' } }, []]
		])
	)('%s', (_name, overrides, expected) => {
		expect(sorted(fired(overrides))).toEqual(sorted(expected));
	});
});

describe('pregnancy, breastfeeding and age (R16, R17, R18)', () => {
	it.each(
		table([
			['pregnant', { health: { pregnancy: 'pregnant' } }, ['pregnancy-or-planning']],
			[
				'possibly pregnant',
				{ health: { pregnancy: 'possibly-pregnant' } },
				['pregnancy-or-planning']
			],
			[
				'trying to conceive',
				{ health: { pregnancy: 'trying-to-conceive' } },
				['pregnancy-or-planning']
			],
			['not applicable', { health: { pregnancy: 'not-applicable' } }, []],
			['breastfeeding', { health: { breastfeeding: 'yes' } }, ['breastfeeding']],
			[
				'17 (18th birthday tomorrow)',
				{ about: { dateOfBirth: bornYearsAgo(18, 1) } },
				['age-under-18']
			],
			['18 today', { about: { dateOfBirth: bornYearsAgo(18) } }, []],
			['18 and a day', { about: { dateOfBirth: bornYearsAgo(18, -1) } }, []]
		])
	)('%s', (_name, overrides, expected) => {
		expect(sorted(fired(overrides))).toEqual(sorted(expected));
	});
});

describe('allergy and transplant (R19, R20)', () => {
	it.each(
		table([
			['allergy box', { health: { allergyNaltrexone: 'yes' } }, ['naltrexone-hypersensitivity']],
			[
				'allergy named in free text',
				{ health: { allergies: 'rash from naloxone' } },
				['naltrexone-hypersensitivity']
			],
			['unrelated allergy', { health: { allergies: 'penicillin, shellfish' } }, []],
			[
				'organ transplant',
				{ health: { transplant: 'organ', transplantDetails: 'liver 2012' } },
				['transplant-recipient']
			],
			[
				'stem-cell transplant',
				{ health: { transplant: 'bone-marrow-stem-cell' } },
				['transplant-recipient']
			],
			['cornea or tissue graft', { health: { transplant: 'cornea-or-tissue' } }, []],
			[
				'other: skin graft',
				{ health: { transplant: 'other', transplantDetails: 'skin graft after a burn' } },
				[]
			],
			[
				'other: heart',
				{ health: { transplant: 'other', transplantDetails: 'heart transplant' } },
				['transplant-recipient']
			],
			[
				'other: details name no graft type (read as a transplant)',
				{ health: { transplant: 'other', transplantDetails: 'had one in 2010' } },
				['transplant-recipient']
			]
		])
	)('%s', (_name, overrides, expected) => {
		expect(sorted(fired(overrides))).toEqual(sorted(expected));
	});
});

describe('planned procedure (R33) boundaries', () => {
	it.each(
		table([
			[
				'in 56 days',
				{ health: { procedurePlanned: 'yes', procedureDate: ahead(56) } },
				['planned-surgery-or-procedure']
			],
			['in 57 days', { health: { procedurePlanned: 'yes', procedureDate: ahead(57) } }, []],
			[
				'today',
				{ health: { procedurePlanned: 'yes', procedureDate: ahead(0) } },
				['planned-surgery-or-procedure']
			],
			[
				'date unknown',
				{ health: { procedurePlanned: 'yes-date-unknown' } },
				['planned-surgery-or-procedure']
			]
		])
	)('%s', (_name, overrides, expected) => {
		expect(sorted(fired(overrides))).toEqual(sorted(expected));
	});
});
