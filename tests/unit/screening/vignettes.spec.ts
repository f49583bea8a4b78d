// Acceptance vignettes (RULEBOOK §4): realistic intakes in tests/fixtures/vignettes, each with the
// COMPLETE set of rules that must fire, near-misses that must not, the triage, eligibleFrom and notes.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { intakeSchema, validatingOn } from '../../../src/lib/intake';
import { rules, screen, type ScreenOptions } from '../../../src/lib/screening';

interface Vignette {
	name: string;
	description: string;
	today: string;
	options?: Omit<ScreenOptions, 'today'>;
	answers: unknown;
	expected: {
		triage: string;
		flags: string[];
		notFlags: string[];
		eligibleFrom: string | null;
		notes?: string[];
	};
}

const dir = join(import.meta.dirname, '../../fixtures/vignettes');
const vignettes: Vignette[] = readdirSync(dir)
	.filter((f) => f.endsWith('.json'))
	.sort()
	.map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Vignette);

describe('acceptance vignettes', () => {
	it('has at least 25, and every rule fires in at least one', () => {
		expect(vignettes.length).toBeGreaterThanOrEqual(25);
		const firing = new Set(vignettes.flatMap((v) => v.expected.flags));
		expect(rules.filter((r) => !firing.has(r.id)).map((r) => r.id)).toEqual([]);
	});

	it.each(vignettes.map((v) => [v.name, v] as const))('%s', (_name, v) => {
		const answers = validatingOn(v.today, () => intakeSchema.parse(v.answers));
		const result = screen(answers, { today: v.today, ...v.options });
		const ids = result.flags.map((f) => f.rule);
		expect([...ids].sort()).toEqual([...v.expected.flags].sort());
		for (const id of v.expected.notFlags) expect(ids).not.toContain(id);
		expect(result.triage).toBe(v.expected.triage);
		expect(result.eligibleFrom ?? null).toBe(v.expected.eligibleFrom);
		if (v.expected.notes) expect(result.notes.map((n) => n.kind)).toEqual(v.expected.notes);
	});
});
