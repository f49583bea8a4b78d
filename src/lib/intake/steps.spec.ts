import { describe, expect, it } from 'vitest';
import { CONDITION_GROUPS, CONDITION_IDS } from './conditions';
import { blankValues } from './step';
import { getStep, isStepId, STEP_IDS, steps } from './steps';
import { defaultAnswers } from './testing';

const issuePaths = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
	(result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]);

describe('steps', () => {
	it('are in the contract order with stable ids', () => {
		expect(STEP_IDS).toEqual([
			'consent',
			'about',
			'conditions',
			'medications',
			'medication-details',
			'health',
			'goals'
		]);
		expect(isStepId('health')).toBe(true);
		expect(isStepId('review')).toBe(false);
		expect(() => getStep('nope' as 'health')).toThrow();
	});

	it('declare each question once, with message keys for titles and labels', () => {
		for (const s of steps) {
			expect(s.titleKey).toMatch(/^intake_step_[a-z_]+_title$/);
			const keys = s.questions.map((q) => q.key);
			expect(new Set(keys).size).toBe(keys.length);
			for (const q of s.questions) expect(q.labelKey).toMatch(/^intake_[a-z0-9_]+$/);
		}
	});

	it('never default an answer: an empty step reports every required question', () => {
		for (const s of steps) {
			const result = s.schema.safeParse({});
			const required = s.questions.filter((q) => !q.optional && !q.when).map((q) => q.key);
			const reported = issuePaths(result).map(([path]) => path);
			expect(reported).toEqual(expect.arrayContaining(required));
		}
	});

	it('reject a yes/no question left blank, or answered with a boolean', () => {
		const about = defaultAnswers.health;
		for (const value of [undefined, '', true, false, 'maybe']) {
			const result = getStep('health').schema.safeParse({ ...about, breastfeeding: value });
			expect(issuePaths(result)[0]?.[0]).toBe('breastfeeding');
		}
		const blank = getStep('health').schema.safeParse({ ...about, breastfeeding: undefined });
		expect(issuePaths(blank)).toEqual([['breastfeeding', 'error_required']]);
	});
});

describe('step schemas', () => {
	it.each(steps.filter((s) => s.id !== 'medication-details').map((s) => [s.id] as const))(
		'%s accepts the default answers',
		(id) => {
			expect(getStep(id).schema.safeParse(defaultAnswers[id]).success).toBe(true);
		}
	);

	it.each([
		['consent', { privacyNotice: 'declined' }, 'privacyNotice', 'error_consent_required'],
		['about', { email: 'not-an-email' }, 'email', 'error_invalid_email'],
		['about', { phone: '555-0134' }, 'phone', 'error_invalid_phone'],
		['about', { phone: '  ' }, 'phone', 'error_required'],
		['about', { firstName: 'x'.repeat(101) }, 'firstName', 'error_too_long'],
		['about', { dateOfBirth: '1980-02-30' }, 'dateOfBirth', 'error_invalid_date'],
		['about', { dateOfBirth: '2999-01-01' }, 'dateOfBirth', 'error_date_in_future'],
		['about', { dateOfBirth: '1850-01-01' }, 'dateOfBirth', 'error_date_of_birth_implausible'],
		// "041280" typed into a date field arrives as year 0080: say how to write the year.
		['about', { dateOfBirth: '0080-04-12' }, 'dateOfBirth', 'error_date_year_digits'],
		['about', { dateOfBirth: '0999-12-31' }, 'dateOfBirth', 'error_date_year_digits'],
		[
			'health',
			{ procedurePlanned: 'yes', procedureDate: '0026-05-01' },
			'procedureDate',
			'error_date_year_digits'
		],
		[
			'health',
			{ procedurePlanned: 'yes', procedureDate: '2099-05-01' },
			'procedureDate',
			'error_date_implausible'
		],
		['about', { state: 'XX' }, 'state', 'error_invalid_choice'],
		['about', { sexAtBirth: undefined }, 'sexAtBirth', 'error_required'],
		['conditions', { conditions: ['not-a-condition'] }, 'conditions.0', 'error_invalid_choice'],
		['conditions', { conditions: [] }, 'conditions', 'error_conditions_required'],
		['conditions', { conditions: ['lupus', 'lupus'] }, 'conditions', 'error_duplicate_choice'],
		[
			'medications',
			{ medications: [{ name: ' ', route: 'mouth', status: 'current' }] },
			'medications.0.name',
			'error_required'
		],
		[
			'medications',
			{ medications: [{ name: 'Norco', route: 'rectal', status: 'current' }] },
			'medications.0.route',
			'error_invalid_choice'
		],
		[
			'medications',
			{
				supplements: Array.from({ length: 31 }, () => ({
					name: 'zinc',
					route: 'mouth',
					status: 'current'
				}))
			},
			'supplements',
			'error_too_many_items'
		],
		['health', { alcoholDrinksPerWeek: 2.5 }, 'alcoholDrinksPerWeek', 'error_whole_number'],
		['health', { alcoholMaxPerDay: -1 }, 'alcoholMaxPerDay', 'error_number_too_small'],
		['health', { liver: ['none'] }, 'liver.0', 'error_invalid_choice'],
		['health', { pregnancy: 'breastfeeding' }, 'pregnancy', 'error_invalid_choice'],
		['goals', { goals: [] }, 'goals', 'error_goals_required'],
		[
			'goals',
			{ goals: ['less-pain', 'more-energy', 'better-sleep', 'better-mood'] },
			'goals',
			'error_goals_max'
		],
		['goals', { trialAcknowledged: 'no' }, 'trialAcknowledged', 'error_acknowledge_required']
	] as const)('%s rejects %j at %s with %s', (id, change, path, message) => {
		const result = getStep(id).schema.safeParse({ ...defaultAnswers[id], ...change });
		expect(issuePaths(result)).toContainEqual([path, message]);
	});

	it('accept free text alone when no listed condition fits', () => {
		const result = getStep('conditions').schema.safeParse({
			conditions: [],
			otherConditions: 'Ehlers-Danlos syndrome',
			duration: 'over-5-years'
		});
		expect(result.success).toBe(true);
	});
});

describe('conditional questions', () => {
	const health = getStep('health').schema;
	const base = defaultAnswers.health;

	it.each([
		[{ procedurePlanned: 'yes' }, 'procedureDate'],
		[{ transplant: 'other' }, 'transplantDetails'],
		[{ ldnCurrent: 'yes' }, 'ldnDoseMg'],
		[{ ldnCurrent: 'yes' }, 'ldnForm'],
		[{ ldnCurrent: 'yes' }, 'ldnFiller']
	])('%j makes %s required', (change, key) => {
		expect(issuePaths(health.safeParse({ ...base, ...change }))).toContainEqual([
			key,
			'error_required'
		]);
	});

	it('do not require the LDN pharmacy', () => {
		const result = health.safeParse({
			...base,
			ldnCurrent: 'yes',
			ldnDoseMg: 4.5,
			ldnForm: 'capsule',
			ldnFiller: 'unknown'
		});
		expect(result.success).toBe(true);
	});

	it('drop answers to questions that no longer apply', () => {
		const result = health.parse({
			...base,
			procedurePlanned: 'yes-date-unknown',
			procedureDate: '2999-01-01',
			transplant: 'organ',
			transplantDetails: 'kidney',
			ldnCurrent: 'no',
			ldnDoseMg: 4.5
		});
		expect(result).not.toHaveProperty('procedureDate');
		expect(result).not.toHaveProperty('transplantDetails');
		expect(result).not.toHaveProperty('ldnDoseMg');
	});

	it('reject a procedure date that has passed', () => {
		const result = health.safeParse({
			...base,
			procedurePlanned: 'yes',
			procedureDate: '2001-01-01'
		});
		expect(issuePaths(result)).toContainEqual(['procedureDate', 'error_date_in_past']);
	});

	it('ask for other goals only when "other" is chosen', () => {
		const goals = getStep('goals').schema;
		const other = goals.safeParse({ goals: ['other'], trialAcknowledged: 'yes' });
		expect(issuePaths(other)).toEqual([['goalsOther', 'error_required']]);
		const kept = goals.parse({ goals: ['less-pain'], goalsOther: 'x', trialAcknowledged: 'yes' });
		expect(kept).not.toHaveProperty('goalsOther');
	});
});

describe('blankValues', () => {
	it('leaves every choice unselected so no answer is pre-filled', () => {
		expect(blankValues(getStep('consent'))).toEqual({
			privacyNotice: '',
			contactConsent: '',
			textConsent: ''
		});
		const health = blankValues(getStep('health'));
		expect(health.breastfeeding).toBe('');
		expect(health.liver).toEqual([]);
		expect(health).not.toHaveProperty('alcoholDrinksPerWeek');
		expect(getStep('health').schema.safeParse(health).success).toBe(false);
	});
});

describe('condition groups', () => {
	it('put every condition in exactly one group, and only conditions', () => {
		const grouped = CONDITION_GROUPS.flatMap((g) => [...g.options]);
		expect([...grouped].sort()).toEqual([...CONDITION_IDS].sort());
		expect(new Set(grouped).size).toBe(grouped.length);
		const question = getStep('conditions').questions.find((q) => q.key === 'conditions');
		expect(question?.groups?.map((g) => g.labelKey)).toEqual(
			CONDITION_GROUPS.map((g) => `intake_condition_group_${g.id}`)
		);
	});
});
