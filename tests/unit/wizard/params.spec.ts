import { describe, expect, it } from 'vitest';
import { STEP_IDS } from '$lib/intake';
import { match } from '../../../src/params/step';

describe('the [step=step] matcher', () => {
	it('accepts every step id of the questionnaire and nothing else', () => {
		for (const id of STEP_IDS) expect(match(id)).toBe(true);
		for (const other of ['review', 'done', 'Consent', '', 'about/x'])
			expect(match(other)).toBe(false);
	});
});
