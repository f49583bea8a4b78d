import { describe, expect, it } from 'vitest';
import { createLookup, fillTemplate, textKey } from '$lib/wizard/texts';
import { resolveTexts } from '$lib/server/wizard/texts';

describe('texts', () => {
	it('fills {placeholders} and leaves unknown ones', () => {
		expect(fillTemplate('Step {current} of {total}', { current: 2, total: 7 })).toBe('Step 2 of 7');
		expect(fillTemplate('About {name}', {})).toBe('About {name}');
	});

	it('looks keys up, showing the key when a text is missing', () => {
		const t = createLookup({ a: 'Hello {name}' });
		expect(t('a', { name: 'Alex' })).toBe('Hello Alex');
		expect(t('missing')).toBe('missing');
	});

	it('resolves catalog messages on the server with their placeholders kept', () => {
		const texts = resolveTexts(['intake_nav_step_of', 'intake_nav_back', 'no_such_key'], 'es');
		expect(texts).toEqual({
			intake_nav_step_of: 'Paso {current} de {total}',
			intake_nav_back: 'Atrás'
		});
		expect(resolveTexts(['intake_details_item_heading'], 'en').intake_details_item_heading).toBe(
			'About {name}'
		);
	});

	it('renders a count with its unit in the right plural form, in both languages', () => {
		const refs = [1, 2].map((value) => ({ key: 'intake_unit_days', params: { value } }));
		const en = createLookup(resolveTexts(refs, 'en'));
		const es = createLookup(resolveTexts(refs, 'es'));
		expect([en('intake_unit_days', { value: 1 }), en('intake_unit_days', { value: 2 })]).toEqual([
			'1 day',
			'2 days'
		]);
		expect([es('intake_unit_days', { value: 1 }), es('intake_unit_days', { value: 2 })]).toEqual([
			'1 día',
			'2 días'
		]);
		expect(textKey('intake_unit_days', { value: 1 })).toBe('intake_unit_days?value=1');
	});
});
