// Plain clinical language on staff pages (issue 16 item 5): counted nouns, the ruleset's name,
// repeated views grouped on the timeline, and flag texts without engine jargon.
import { describe, expect, it } from 'vitest';
import { plural, rulesetName } from '../../../src/lib/clinic/words';
import { RULESET_VERSION } from '../../../src/lib/screening/params';
import {
	answer,
	answerPaths,
	answerText,
	describe as describeMed
} from '../../../src/lib/screening/rules/common';
import type { MedicationEvidence } from '../../../src/lib/screening/types';
import { plainMessage } from '../../../src/lib/server/clinic/flags';
import { describeAnswer } from '../../../src/lib/server/clinic/texts';
import {
	describeEvent,
	groupRepeatedViews,
	type TimelineEvent
} from '../../../src/lib/server/clinic/timeline';

describe('plural', () => {
	it('counts in English', () => {
		expect(plural(1, 'day')).toBe('1 day');
		expect(plural(2, 'day')).toBe('2 days');
		expect(plural(0, 'flag')).toBe('0 flags');
		expect(plural(1, 'edit')).toBe('1 edit');
		expect(plural(3, 'child', 'children')).toBe('3 children');
	});
});

describe('rulesetName', () => {
	it('reads the stored version', () => {
		expect(rulesetName('ldn-rules-0.2.0+rulebook-draft-0.1')).toBe(
			'LDN rules 0.2.0 (rulebook draft 0.1)'
		);
		expect(rulesetName('ldn-rules-1.0.0+rulebook-1.2')).toBe('LDN rules 1.0.0 (rulebook 1.2)');
		expect(rulesetName('ldn-rules-0.1.0')).toBe('LDN rules 0.1.0');
	});
	it('names the current ruleset', () => {
		expect(rulesetName(RULESET_VERSION)).toMatch(/^LDN rules \d/);
	});
	it('shows anything else as stored', () => {
		expect(rulesetName('legacy-7')).toBe('legacy-7');
		expect(rulesetName(null)).toBe('unknown ruleset');
	});
});

const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 9, minute));
const event = (id: number, action: string, actor: string, minute: number): TimelineEvent => ({
	id,
	at: at(minute),
	action,
	actor,
	summary: action === 'intake.viewed' ? 'Viewed' : action,
	noteId: null,
	count: 1,
	firstAt: null
});

describe('groupRepeatedViews', () => {
	it('groups consecutive views by the same person, newest first', () => {
		const grouped = groupRepeatedViews([
			event(9, 'intake.viewed', 'Dr Ana', 50),
			event(8, 'intake.viewed', 'Dr Ana', 40),
			event(7, 'intake.viewed', 'Dr Ana', 30),
			event(6, 'intake.viewed', 'Sam', 20),
			event(5, 'intake.note_added', 'Dr Ana', 15),
			event(4, 'intake.viewed', 'Dr Ana', 10),
			event(3, 'intake.viewed', 'Dr Ana', 5),
			event(2, 'intake.submitted', 'Patient', 0)
		]);
		expect(grouped.map((e) => [e.id, e.summary, e.count])).toEqual([
			[9, 'Viewed 3 times', 3],
			[6, 'Viewed', 1],
			[5, 'intake.note_added', 1],
			[4, 'Viewed 2 times', 2],
			[2, 'intake.submitted', 1]
		]);
		expect(grouped[0]!.at).toEqual(at(50));
		expect(grouped[0]!.firstAt).toEqual(at(30));
		expect(grouped[1]!.firstAt).toBeNull();
	});
	it('names the ruleset of a screening again, and counts flags', () => {
		const names = new Map([['u1', 'Dr Ana']]);
		const row = (action: string, details: Record<string, unknown>) =>
			describeEvent({ id: 1, at: at(0), action, actorId: 'u1', details }, names).summary;
		expect(
			row('intake.rescreened', {
				rulesetTo: 'ldn-rules-0.2.0+rulebook-draft-0.1',
				triageFrom: 'review',
				triageTo: 'review'
			})
		).toMatch(/^Screened again with LDN rules 0\.2\.0 \(rulebook draft 0\.1\); still /);
		expect(row('intake.submitted', { triage: 'review', flags: 1 })).toMatch(/with 1 flag$/);
	});
	it('leaves a timeline without repeats as it is', () => {
		const events = [event(2, 'intake.viewed', 'A', 2), event(1, 'intake.viewed', 'B', 1)];
		expect(groupRepeatedViews(events)).toEqual(events);
	});
});

const fuzzyMed: MedicationEvidence = {
	kind: 'medication',
	list: 'medications',
	index: 0,
	typed: 'levothyroxin',
	generic: 'levothyroxine',
	ingredients: ['levothyroxine'],
	classes: ['thyroid-hormone'],
	method: 'fuzzy',
	explanation: "matched 'levothyroxin' → levothyroxine (fuzzy, distance 1)",
	status: 'current',
	route: 'mouth'
};

describe('flag wording', () => {
	it('names answers in words, keeping the stored form for "How this was found"', () => {
		const evidence = [answer('conditions', 'conditions', 'hashimotos')];
		expect(answerText(evidence)).toBe("Hashimoto's (autoimmune thyroiditis)");
		expect(answerPaths(evidence)).toBe('conditions.conditions = hashimotos');
		expect(answerText([answer('health', 'liver', ['cirrhosis', 'abnormal-liver-tests'])])).toBe(
			'cirrhosis, abnormal liver tests'
		);
	});
	it('describes a medicine without match distances', () => {
		const text = describeMed(fuzzyMed);
		expect(text).toContain("'levothyroxin' (levothyroxine; read from a close spelling");
		expect(text).not.toMatch(/fuzzy|distance/);
	});
	it('moves decision ids out of a message and rewords one stored before', () => {
		const evidence = [answer('conditions', 'conditions', 'hashimotos'), fuzzyMed];
		const stored =
			"Hashimoto's (conditions.conditions = hashimotos) on 'levothyroxin' (levothyroxine) " +
			`[${fuzzyMed.explanation}]. Start low (decision D1). Look ahead (30 days, decision D9).`;
		const { text, decisions } = plainMessage(stored, evidence);
		expect(decisions).toEqual(['D1', 'D9']);
		expect(text).toBe(
			"Hashimoto's (Hashimoto's (autoimmune thyroiditis)) on 'levothyroxin' (levothyroxine). " +
				'Start low. Look ahead (30 days).'
		);
	});
});

describe('Triggered by', () => {
	it('shows a condition by its label, not its id', () => {
		expect(describeAnswer('conditions', 'conditions', 'hashimotos').value).not.toContain(
			'hashimotos'
		);
		expect(describeAnswer('conditions', 'conditions', 'hashimotos').value).toMatch(/^Hashimoto/);
		expect(describeAnswer('health', 'kidney', 'ckd').value).toBe('Chronic kidney disease');
	});
});
