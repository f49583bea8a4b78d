// Regression tests for every example in issue 12's "Why": everyday medicines are recognised, plain
// words and the pill raise no flag, a misspelt ingredient of a combination is still found, Spanish
// names reach the rules, and a typical LDN candidate screens eligible.
import { describe, expect, it } from 'vitest';
import { matchMedication } from '../../../src/lib/screening/match';
import { ago, combine, run, withMeds } from './helpers';

const RULE_READ_FREE = ['recognised', 'lookalike', 'unrecognised', 'empty'];

describe('issue 12: everyday medicines are recognised, not held for review', () => {
	it.each([
		'atorvastatin',
		'lisinopril',
		'metformin',
		'sertraline',
		'Zoloft',
		'ibuprofen',
		'Advil',
		'loratadine',
		'Claritin',
		'omeprazole',
		'Ozempic',
		'estradiol',
		'amoxicillin',
		'vitamin D3',
		'magnesium',
		'fish oil'
	])('%s is recognised, outside any rule', (name) => {
		const m = matchMedication(name);
		expect(['recognised', 'lookalike']).toContain(m.status);
		expect(run(withMeds({ name })).notes.map((n) => n.kind)).not.toContain(
			'unrecognised-medication'
		);
		expect(run(withMeds({ name })).triage).toBe('eligible');
	});

	it('screens a typical candidate (fibromyalgia, Hashimoto’s, a statin and an SSRI) eligible but for R27', () => {
		const result = run(
			combine(
				{ conditions: { conditions: ['fibromyalgia', 'hashimotos'] } },
				withMeds({ name: 'atorvastatin 20 mg' }, { name: 'sertraline 50mg' })
			)
		);
		expect(result.notes).toEqual([]);
		expect(result.flags.map((f) => f.rule)).toEqual(['thyroid-other-info']);
		expect(result.triage).toBe('eligible');
	});

	it('screens atorvastatin, sertraline, ibuprofen, vitamin D3 and the pill eligible', () => {
		const result = run(
			withMeds(
				{ name: 'atorvastatin' },
				{ name: 'sertraline' },
				{ name: 'ibuprofen' },
				{ name: 'vitamin D3', list: 'supplements' },
				{ name: 'birth control pill' }
			)
		);
		expect(result.flags).toEqual([]);
		expect(result.notes).toEqual([]);
		expect(result.triage).toBe('eligible');
	});
});

describe('issue 12: plain words and the pill never raise a flag', () => {
	it('reads "birth control pill" as a hormonal contraceptive, not Contrave', () => {
		const m = matchMedication('birth control pill');
		expect(m.status).toBe('recognised');
		expect(m.entry?.vocabulary?.class).toBe('G03A');
		const result = run(withMeds({ name: 'birth control pill' }));
		expect(result.flags.map((f) => f.rule)).not.toContain('naltrexone-duplicate');
		expect(result.triage).toBe('eligible');
	});

	it.each(['contract', 'contrast', 'humoral', 'relate', 'ventanal', 'control', 'my birth control'])(
		'"%s" matches no class a rule reads',
		(word) => {
			const m = matchMedication(word);
			expect(RULE_READ_FREE, `${word}: ${m.explanation}`).toContain(m.status);
			expect(run(withMeds({ name: word })).flags).toEqual([]);
		}
	);
});

describe('issue 12: each ingredient of a combination is matched on its own', () => {
	it.each(['buprenorfine/naloxone', 'buprenorfine and naloxone', 'naloxone / buprenorfine'])(
		'%s is buprenorphine/naloxone (MOUD), not a naloxone kit',
		(name) => {
			const m = matchMedication(name);
			expect(m.entry?.id).toBe('buprenorphine-naloxone');
			expect(m.method).toBe('fuzzy');
			expect(m.confirm).toBe(true);
			const result = run(withMeds({ name, frequency: 'scheduled', lastDoseDate: ago(0) }));
			expect(result.flags.map((f) => f.rule)).toEqual(
				expect.arrayContaining(['opioid-scheduled-use', 'oud-maintenance-therapy'])
			);
			expect(result.triage).toBe('not-eligible-now');
			const evidence = result.flags[0]!.evidence[0]!;
			expect(evidence.kind === 'medication' && evidence.fuzzy?.name).toMatch(/^bupren/);
		}
	);
});

describe('issue 12: Spanish names reach the rules', () => {
	it('fires R27 for levotiroxina with Hashimoto’s', () => {
		const result = run(
			combine(
				{ conditions: { conditions: ['hashimotos'] } },
				withMeds({ name: 'levotiroxina 50 mcg' })
			)
		);
		expect(result.flags.map((f) => f.rule)).toEqual(['hashimoto-thyroid-replacement']);
	});

	it.each([
		['paracetamol', 'acetaminophen'],
		['ibuprofeno', 'vocabulary:ibuprofen'],
		['metformina', 'vocabulary:metformin'],
		['omeprazol', 'vocabulary:omeprazole'],
		['hidrocodona', 'acetaminophen-hydrocodone'],
		['pastillas anticonceptivas', 'vocabulary:G03A'],
		['metotrexato', 'methotrexate'],
		['prednisona', 'prednisone']
	])('%s → %s', (name, id) => {
		expect(matchMedication(name).entry?.id).toBe(id);
	});
});

describe('issue 12: ambiguous input asks instead of guessing', () => {
	it('asks which medicine "pain pill" is, and holds the intake for review', () => {
		const m = matchMedication('pain pill');
		expect(m.status).toBe('ambiguous');
		expect(m.question).toContain('names no single medicine');
		const result = run(withMeds({ name: 'pain pill' }));
		expect(result.notes.map((n) => n.kind)).toEqual(['ambiguous-medication']);
		expect(result.triage).toBe('review');
	});

	it('reads "thyroid pill" as a thyroid hormone for R27 and asks which one', () => {
		const m = matchMedication('thyroid pill');
		expect(m.entry?.id).toBe('levothyroxine');
		expect(m.question).toBeDefined();
		const result = run(
			combine({ conditions: { conditions: ['hashimotos'] } }, withMeds({ name: 'thyroid pill' }))
		);
		expect(result.flags.map((f) => f.rule)).toEqual(['hashimoto-thyroid-replacement']);
		expect(result.notes.map((n) => n.kind)).toEqual(['ambiguous-medication']);
	});
});

describe('issue 12: the patient checks a misspelt name read as a medicine a rule reads', () => {
	const rules = (result: ReturnType<typeof run>) => result.flags.map((f) => f.rule);

	it('flags the guess unconfirmed, marked for the clinician', () => {
		const result = run(withMeds({ name: 'humra' }));
		const flag = result.flags.find((f) => f.rule === 'biologic-therapy');
		expect(flag?.evidence[0]).toMatchObject({ kind: 'medication', fuzzy: { name: 'Humira' } });
	});

	it('flags the picked name, and shows the clinician what was typed', () => {
		const result = run(withMeds({ name: 'Humira', typedName: 'humra' }));
		const flag = result.flags.find((f) => f.rule === 'biologic-therapy');
		expect(flag?.evidence[0]).toMatchObject({ typed: 'Humira', typedName: 'humra' });
		expect(flag?.evidence[0]).not.toHaveProperty('fuzzy');
	});

	it('reads "it is not that medicine" as unrecognised: held for a clinician, never flagged', () => {
		const result = run(withMeds({ name: 'humra', nameChecked: 'kept' }));
		expect(rules(result)).not.toContain('biologic-therapy');
		const note = result.notes.find((n) => n.kind === 'unrecognised-medication');
		expect(note?.message).toContain('the patient said it is not that medicine');
		expect(note?.evidence[0]).toMatchObject({ nameKept: true });
		expect(result.triage).toBe('review');
	});

	it('keeps every other match as it is when the patient kept the name', () => {
		expect(rules(run(withMeds({ name: 'Humira', nameChecked: 'kept' })))).toContain(
			'biologic-therapy'
		);
		const unknown = run(withMeds({ name: 'atrovastin', nameChecked: 'kept' }));
		expect(unknown.notes.find((n) => n.kind === 'unrecognised-medication')?.message).toContain(
			'kept this name as written'
		);
		expect(unknown.triage).toBe('review');
	});
});
