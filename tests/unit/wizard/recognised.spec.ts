import { describe, expect, it } from 'vitest';
import { medicationClasses } from '$lib/screening/catalog';
import { matchMedication, type RouteHint } from '$lib/screening/match';
import en from '$lib/i18n/messages/wizard/en.json';
import { CLASS_KEYS, recognise } from '$lib/server/wizard/recognised';

const match = (name: string, route?: string) =>
	matchMedication(name, route ? { route: route as RouteHint } : {});
const entry = (name: string, route = 'mouth') => ({ name, route, status: 'current' as const });

describe('recognise', () => {
	it('names ingredients and the class in plain words, and accepts unknown names', () => {
		const found = recognise(
			{
				medications: [entry('Percocet'), entry('Zorbatrex'), entry('Humira', 'injection')],
				supplements: [entry('kratom')]
			},
			match
		);
		expect(found).toEqual([
			{
				list: 'medications',
				name: 'Percocet',
				ingredients: ['acetaminophen', 'oxycodone'],
				classKey: 'wizard_class_opioid_agonist'
			},
			{ list: 'medications', name: 'Zorbatrex', ingredients: [] },
			expect.objectContaining({ name: 'Humira', classKey: 'wizard_class_biologic' }),
			expect.objectContaining({ list: 'supplements', classKey: 'wizard_class_kratom' })
		]);
	});

	it('recognises a look-alike as itself, without class words', () => {
		const [trazodone] = recognise({ medications: [entry('trazodone')] }, match);
		expect(trazodone?.classKey).toBeUndefined();
		expect(trazodone?.ingredients).toEqual(['trazodone']);
	});

	it('has plain words for every medication class that feeds a rule', () => {
		const classes = medicationClasses.filter((c) => c !== 'lookalike-no-flag');
		expect(classes.filter((c) => !CLASS_KEYS[c])).toEqual([]);
		const messages = en as Record<string, string>;
		expect(Object.values(CLASS_KEYS).filter((key) => !messages[key])).toEqual([]);
	});
});
