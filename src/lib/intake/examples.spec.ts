// The documentation stays honest: every example answer file parses, and the format page mentions
// every step id and question key.
import { describe, expect, it } from 'vitest';
import doc from '../../../docs/intake-format.md?raw';
import { intakeSchema } from './answers';
import type { AnyQuestion } from './questions';
import { steps } from './steps';

const examples = import.meta.glob<unknown>('../../../docs/examples/*.json', {
	eager: true,
	import: 'default'
});

describe('docs/examples', () => {
	it('has at least four complete examples', () => {
		expect(Object.keys(examples).length).toBeGreaterThanOrEqual(4);
	});

	it.each(Object.entries(examples))('%s parses with intakeSchema unchanged', (_path, answers) => {
		const result = intakeSchema.safeParse(answers);
		expect(result.error?.issues ?? []).toEqual([]);
		expect(result.data).toEqual(answers);
	});
});

describe('docs/intake-format.md', () => {
	it('documents every step and question key', () => {
		const keys = steps.flatMap((s) => [
			s.id,
			...(s.questions as readonly AnyQuestion[]).flatMap((q) => [
				q.key,
				...(q.item ?? []).map((i) => i.key)
			])
		]);
		const missing = keys.filter((key) => !doc.includes(`\`${key}\``));
		expect(missing).toEqual([]);
	});
});
