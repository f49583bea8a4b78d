// The engine around the rules: triage, ordering, evidence, eligibleFrom, notes, locales, the rule
// table's ids and message keys, and purity.
import { describe, expect, it } from 'vitest';
import en from '../../../src/lib/i18n/messages/screening/en.json';
import es from '../../../src/lib/i18n/messages/screening/es.json';
import { patientMessage } from '../../../src/lib/i18n/screening';
import { params, rules, RULESET_VERSION, screen, type Source } from '../../../src/lib/screening';
import { ago, ahead, answersWith, combine, run, runUnchecked, TODAY, withMeds } from './helpers';

/** The 35 rule ids of RULEBOOK §1, in order. */
const RULEBOOK_IDS = [
	'opioid-scheduled-use',
	'opioid-washout-incomplete',
	'opioid-washout-borderline',
	'opioid-prn-ongoing',
	'opioid-washout-complete',
	'oud-maintenance-therapy',
	'oud-history',
	'naltrexone-duplicate',
	'other-opioid-antagonist',
	'kratom-use',
	'peripheral-opioid-antidiarrheal',
	'loperamide-high-dose',
	'liver-failure-or-acute-hepatitis',
	'liver-disease-chronic',
	'kidney-impairment',
	'pregnancy-or-planning',
	'breastfeeding',
	'age-under-18',
	'naltrexone-hypersensitivity',
	'transplant-recipient',
	'biologic-therapy',
	'jak-inhibitor-therapy',
	'immunosuppressant-therapy',
	'immunomodulator-info',
	'systemic-corticosteroid',
	'ms-dmt',
	'hashimoto-thyroid-replacement',
	'thyroid-other-info',
	'chronic-infection-flare-risk',
	'sleep-disturbance',
	'psychiatric-high-risk',
	'alcohol-heavy-use',
	'planned-surgery-or-procedure',
	'ldn-current-user',
	'naltrexone-label-interaction'
];

describe('the rule table', () => {
	it('has exactly the rulebook ids and refs, in order', () => {
		expect(rules.map((r) => r.id)).toEqual(RULEBOOK_IDS);
		expect(rules.map((r) => r.ref)).toEqual(
			RULEBOOK_IDS.map((_, i) => `R${String(i + 1).padStart(2, '0')}`)
		);
	});

	it('gives every rule a title, sources and a patient message in both locales', () => {
		for (const rule of rules) {
			expect(rule.title.length).toBeGreaterThan(0);
			expect(rule.sources.length).toBeGreaterThan(0);
			for (const source of rule.sources) expect(source.id).toMatch(/^S\d+$/);
			expect(en).toHaveProperty(rule.patientMessageKey);
			expect(es).toHaveProperty(rule.patientMessageKey);
		}
	});

	it('keeps the patient wording free of eligibility and diagnosis words', () => {
		const banned = /contraindic|not eligible|eligible|elegible|no apto|diagnos/i;
		for (const [key, text] of [...Object.entries(en), ...Object.entries(es)]) {
			if (key.startsWith('$')) continue;
			expect(text, key).not.toMatch(banned);
		}
	});

	it('uses the severities of the rulebook decisions', () => {
		const severity = (id: string) => rules.find((r) => r.id === id)?.severity;
		expect(severity('pregnancy-or-planning')).toBe(params.decisions.D2.pregnancySeverity);
		expect(severity('age-under-18')).toBe(params.decisions.D3.minorSeverity);
		expect(severity('transplant-recipient')).toBe(params.decisions.D4.transplantSeverity);
	});
});

describe('screen()', () => {
	it('finds nothing in a clean intake: eligible, with the ruleset version', () => {
		expect(run()).toEqual({
			triage: 'eligible',
			flags: [],
			notes: [],
			medicines: [],
			rulesetVersion: RULESET_VERSION
		});
	});

	it('says how it read every medicine entry, recognised or not, for the stored record', () => {
		const result = run(withMeds({ name: 'Zoloft 50 mg' }, { name: 'zorbleflex' }));
		expect(result.medicines).toEqual([
			expect.objectContaining({
				list: 'medications',
				index: 0,
				typed: 'Zoloft 50 mg',
				status: 'recognised',
				generic: 'sertraline',
				ingredients: ['sertraline']
			}),
			expect.objectContaining({
				list: 'medications',
				index: 1,
				typed: 'zorbleflex',
				status: 'unrecognised',
				ingredients: [],
				classes: []
			})
		]);
		expect(result.medicines[1]).not.toHaveProperty('generic');
	});

	it('derives the triage from the highest severity', () => {
		expect(run({ health: { sleep: ['insomnia'] } }).triage).toBe('eligible');
		expect(run({ health: { kidney: 'ckd' } }).triage).toBe('review');
		expect(run({ health: { kidney: 'ckd', allergyNaltrexone: 'yes' } }).triage).toBe(
			'not-eligible-now'
		);
	});

	it('sorts flags by severity, then rulebook order', () => {
		const result = run({
			health: {
				sleep: ['insomnia'],
				kidney: 'ckd',
				liver: ['acute-hepatitis'],
				breastfeeding: 'yes'
			},
			conditions: { conditions: ['long-covid'] }
		});
		expect(result.flags.map((f) => f.ref)).toEqual(['R13', 'R15', 'R17', 'R29', 'R30']);
	});

	it('records the exact medication answer as evidence', () => {
		const result = run(
			withMeds({
				name: 'Percocet 10/325',
				frequency: 'as-needed',
				lastDoseDate: ago(3),
				reason: 'back'
			})
		);
		const flag = result.flags[0];
		expect(flag?.rule).toBe('opioid-washout-incomplete');
		expect(flag?.evidence).toEqual([
			expect.objectContaining({
				kind: 'medication',
				list: 'medications',
				index: 0,
				typed: 'Percocet 10/325',
				ingredients: expect.arrayContaining(['acetaminophen', 'oxycodone']),
				classes: ['opioid-agonist'],
				status: 'current',
				frequency: 'as-needed',
				lastDoseDate: ago(3),
				daysSinceLastDose: 3,
				reason: 'back'
			})
		]);
		// Re-screen at the clinic's 14-day clear date (params.washout.shortActing.clearDays).
		expect(flag?.clinicianMessage).toContain(`Re-screen on or after ${ahead(11)}`);
		expect(flag?.sources.map((s) => s.id)).toEqual(['S2', 'S3', 'S40', 'S1']);
	});

	it('records other answers as { step, key, value }', () => {
		const flag = run({ health: { liver: ['cirrhosis', 'abnormal-liver-tests'] } }).flags[0];
		expect(flag?.evidence).toEqual([
			{ kind: 'answer', step: 'health', key: 'liver', value: ['cirrhosis', 'abnormal-liver-tests'] }
		]);
	});

	it('renders patient wording in English and Spanish with the typed medicine names', () => {
		const overrides = withMeds(
			{ name: 'Norco', frequency: 'scheduled', lastDoseDate: ago(0) },
			{ name: 'OxyContin', frequency: 'scheduled', lastDoseDate: ago(0) }
		);
		const flag = run(overrides).flags[0]!;
		expect(flag.patientMessageKey).toMatch(/^screening_/);
		const english = patientMessage(flag, 'en');
		const spanish = patientMessage(flag, 'es');
		expect(english).toContain('Thanks for telling us about Norco and OxyContin.');
		expect(spanish).toContain('Gracias por contarnos sobre Norco y OxyContin.');
	});

	it('rejects a today that is not a YYYY-MM-DD date', () => {
		expect(() => screen(answersWith(), { today: '20/11/2026' })).toThrow(RangeError);
		expect(() => screen(answersWith(), { today: '2026-02-30' })).toThrow(RangeError);
	});
});

describe('eligibleFrom', () => {
	it('is the washout end when a stopped short-acting opioid is all that stands in the way', () => {
		const result = run(withMeds({ name: 'Norco', status: 'stopped', lastDoseDate: ago(3) }));
		expect(result.triage).toBe('not-eligible-now');
		expect(result.eligibleFrom).toBe(ahead(11));
	});

	it('takes the latest end over several opioid entries (long-acting: 14 days)', () => {
		const result = run(
			withMeds(
				{ name: 'Norco', status: 'stopped', lastDoseDate: ago(12) },
				{ name: 'methadone', status: 'stopped', lastDoseDate: ago(2) }
			)
		);
		expect(result.flags.map((f) => f.rule)).toEqual([
			'opioid-washout-incomplete',
			'opioid-washout-borderline'
		]);
		expect(result.eligibleFrom).toBe(ahead(12));
	});

	it('is absent after depot buprenorphine: a stopped OUD product is opioid history (R07)', () => {
		const result = run(
			withMeds({
				name: 'Sublocade',
				route: 'injection',
				status: 'stopped',
				lastDoseDate: ago(100),
				reason: 'back pain'
			})
		);
		expect(result.flags.map((f) => f.rule)).toEqual(['opioid-washout-incomplete', 'oud-history']);
		expect(result.eligibleFrom).toBeUndefined();
	});

	it('is absent when something other than washout stands in the way', () => {
		const stopped = withMeds({ name: 'Norco', status: 'stopped', lastDoseDate: ago(3) });
		expect(run(combine(stopped, { health: { kidney: 'ckd' } })).eligibleFrom).toBeUndefined();
		expect(
			run(withMeds({ name: 'Norco', frequency: 'scheduled', lastDoseDate: ago(0) })).eligibleFrom
		).toBeUndefined();
	});

	it('is absent without a last-dose date, or when the opioid is kept for later use (R04 then)', () => {
		expect(
			runUnchecked(withMeds({ name: 'Norco', status: 'stopped' })).eligibleFrom
		).toBeUndefined();
		expect(
			run(withMeds({ name: 'Norco', frequency: 'as-needed', lastDoseDate: ago(3) })).eligibleFrom
		).toBeUndefined();
	});

	it('is absent when a planned procedure moves into the look-ahead window by then', () => {
		const result = run(
			combine(withMeds({ name: 'Norco', status: 'stopped', lastDoseDate: ago(3) }), {
				health: { procedurePlanned: 'yes', procedureDate: ahead(60) }
			})
		);
		expect(result.triage).toBe('not-eligible-now');
		expect(result.eligibleFrom).toBeUndefined();
	});

	it('is absent when there is nothing to wait for', () => {
		expect(run().eligibleFrom).toBeUndefined();
	});
});

describe('notes', () => {
	it('never drops an unrecognised drug-like name, and holds the intake for review (E1)', () => {
		const result = run(withMeds({ name: 'Zorvatrex 20mg' }));
		expect(result.notes).toEqual([
			expect.objectContaining({
				kind: 'unrecognised-medication',
				message: expect.stringContaining("unrecognised medication: 'Zorvatrex 20mg'")
			})
		]);
		expect(result.triage).toBe('review');
		// Slang for an opioid must never read as eligible.
		expect(run(withMeds({ name: 'fent', frequency: 'scheduled' })).triage).not.toBe('eligible');
	});

	it('notes a name that could mean two medicines', () => {
		const result = run(withMeds({ name: 'T3', frequency: 'scheduled', lastDoseDate: ago(0) }));
		expect(result.flags.map((f) => f.rule)).toEqual(['opioid-scheduled-use']);
		expect(result.notes).toEqual([
			expect.objectContaining({
				kind: 'ambiguous-medication',
				message: expect.stringContaining('liothyronine')
			})
		]);
	});

	it('notes a naloxone kit without a rule', () => {
		const result = run(withMeds({ name: 'Narcan', route: 'nasal' }));
		expect(result.flags).toEqual([]);
		expect(result.notes.map((n) => n.kind)).toEqual(['naloxone-kit']);
	});

	it('notes a patient outside the service states, without changing the triage', () => {
		const result = run({ about: { state: 'CA' } }, { serviceStates: ['TX', 'FL'] });
		expect(result.triage).toBe('eligible');
		expect(result.notes).toEqual([expect.objectContaining({ kind: 'outside-service-area' })]);
		expect(run({ about: { state: 'TX' } }, { serviceStates: ['TX', 'FL'] }).notes).toEqual([]);
	});
});

describe('purity', () => {
	it('gives deep-equal results for the same input and never mutates it', () => {
		const answers = answersWith(
			combine(
				withMeds(
					{ name: 'OxyContin', frequency: 'scheduled', lastDoseDate: ago(0) },
					{ name: 'Humira', route: 'injection' }
				),
				{ health: { sleep: ['insomnia'] } }
			)
		);
		const copy = structuredClone(answers);
		const first = screen(answers, { today: TODAY });
		const second = screen(answers, { today: TODAY });
		expect(second).toEqual(first);
		expect(answers).toEqual(copy);
		// Flags share their rule's sources, which are frozen: a caller cannot change the next result.
		expect(() =>
			(first.flags[0]?.sources as Source[]).push({ id: 'S0', citation: 'mutated' })
		).toThrow(TypeError);
		expect(screen(answers, { today: TODAY })).toEqual(second);
	});
});
