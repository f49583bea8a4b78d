// Issue 16: the medicines diff printed the whole list before and after without marking the
// changed dose. It now names each medicine and what changed in it.
import { describe, expect, it } from 'vitest';
import type { DraftAnswers } from '$lib/intake';
import { answerChanges } from '$lib/intake/answer-diff';
import { defaultAnswers } from '$lib/intake/testing';
import { medicineChanges } from './medicine-diff';

const med = (name: string, extra: Record<string, unknown> = {}) => ({
	name,
	route: 'mouth' as const,
	status: 'current' as const,
	...extra
});
const withMeds = (medications: ReturnType<typeof med>[]): DraftAnswers => ({
	...defaultAnswers,
	medications: { medications, supplements: [] }
});

function medsDiff(before: DraftAnswers, after: DraftAnswers) {
	const change = answerChanges(before, after)
		.find((s) => s.id === 'medications')!
		.changes.find((c) => c.key === 'medications')!;
	return medicineChanges(change.before, change.after)!;
}

describe('medicine by medicine', () => {
	it('marks only the changed field of a medicine kept, and the added and removed ones', () => {
		const before = withMeds([
			med('Tramadol', { dose: '50 mg' }),
			med('Sertraline', { dose: '50 mg' }),
			med('Ibuprofen')
		]);
		const after = withMeds([
			med('tramadol ', { dose: '25 mg' }),
			med('Sertraline', { dose: '50 mg' }),
			med('Levothyroxine')
		]);
		const diff = medsDiff(before, after);
		expect(diff.map((m) => [m.name, m.kind])).toEqual([
			['tramadol ', 'changed'],
			['Sertraline', 'unchanged'],
			['Levothyroxine', 'added'],
			['Ibuprofen', 'removed']
		]);
		const [tramadol] = diff;
		expect(tramadol!.fields).toHaveLength(1);
		expect(JSON.stringify(tramadol!.fields[0]!.before)).toContain('50 mg');
		expect(JSON.stringify(tramadol!.fields[0]!.after)).toContain('25 mg');
		expect(tramadol!.unchanged).toBeGreaterThan(0);
		expect(diff[1]!.fields).toEqual([]);
		expect(diff[2]!.fields.every((f) => f.before === null && f.after)).toBe(true);
		expect(diff[3]!.fields.every((f) => f.after === null && f.before)).toBe(true);
	});

	it('lists every medicine as added when there were none', () => {
		const diff = medsDiff(defaultAnswers, withMeds([med('Percocet')]));
		expect(diff.map((m) => [m.name, m.kind])).toEqual([['Percocet', 'added']]);
	});

	it('leaves rows that are not medicine lists alone', () => {
		expect(
			medicineChanges(
				{ key: 'x', labelKey: 'x', answer: { type: 'text', text: 'a' } },
				{ key: 'x', labelKey: 'x', answer: { type: 'text', text: 'b' } }
			)
		).toBeNull();
	});
});
