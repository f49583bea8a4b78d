import { describe, expect, it } from 'vitest';
import { createLookup, fillTemplate } from '$lib/wizard/texts';
import { resolveTexts } from '$lib/wizard/texts.server';

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
});
