// RULEBOOK §3 condition catalog: 44 conditions, grades, sources and related rules.
import { describe, expect, it } from 'vitest';
import { conditionById, conditionIds, conditions, evidenceGrades } from './conditions';

describe('condition catalog (RULEBOOK §3)', () => {
	it('has the 44 conditions, with unique kebab-case ids', () => {
		expect(conditions).toHaveLength(44);
		expect(new Set(conditionIds).size).toBe(44);
		for (const id of conditionIds) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
		expect(conditionById.get('hashimotos')?.name).toBe("Hashimoto's (autoimmune thyroiditis)");
	});

	it.each(conditions.map((c) => [c.id, c] as const))('%s is complete', (_id, c) => {
		expect(c.name.length).toBeGreaterThan(2);
		expect(c.evidence.length).toBeGreaterThan(5);
		expect(Object.keys(evidenceGrades)).toContain(c.grade);
		for (const s of c.sources) expect(s).toMatch(/^S([1-9]|[1-4]\d|5[0-2])$/);
		for (const r of c.rules) expect(r).toMatch(/^R(0[1-9]|[12]\d|3[0-5])$/);
	});

	it('names the rules of the rulebook column', () => {
		expect(conditionById.get('long-covid')?.rules).toEqual(['R29']);
		expect(conditionById.get('me-cfs')?.rules).toEqual(['R29']);
		expect(conditionById.get('hashimotos')?.rules).toEqual(['R27', 'R28']);
		expect(conditionById.get('rheumatoid-arthritis')?.rules).toEqual([
			'R21',
			'R22',
			'R23',
			'R24',
			'R25'
		]);
		expect(conditionById.get('chronic-pain-general')?.rules).toEqual([
			'R01',
			'R02',
			'R03',
			'R04',
			'R05'
		]);
		expect(conditionById.get('fibromyalgia')?.rules).toEqual([]);
	});

	it('grades the evidence as the rulebook describes it', () => {
		expect(conditionById.get('crohns-disease')?.grade).toBe('rct');
		expect(conditionById.get('rheumatoid-arthritis')?.grade).toBe('obs');
		expect(conditionById.get('long-covid')?.grade).toBe('pilot-open');
		expect(conditionById.get('sjogrens')?.grade).toBe('case');
		expect(conditionById.get('lyme')?.grade).toBe('none-found');
	});

	it('marks the seed claims the sources do not support (§0.5)', () => {
		const unverified = conditions.filter((c) => 'seedClaimUnverified' in c).map((c) => c.id);
		expect(unverified).toEqual(['lupus', 'sibo']);
	});
});
