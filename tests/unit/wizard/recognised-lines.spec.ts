// What the medication-details step says it recognised, in the page's language: ingredient names
// in Spanish on Spanish pages (issue 13 item 8), with the Spanish class words.
import { describe, expect, it } from 'vitest';
import { recognisedLines } from '$lib/server/wizard/medicines';

const entry = (name: string) => ({ name, route: 'mouth' as const, status: 'current' as const });
const lists = {
	medications: [entry('Percocet'), entry('Norco'), entry('Zorbatrex')],
	supplements: [entry('folic acid')]
};

describe('recognisedLines', () => {
	it('names ingredients in English on English pages', () => {
		expect(recognisedLines(lists, 'en').map((r) => `${r.name}: ${r.text}`)).toEqual([
			'Percocet: contains acetaminophen and oxycodone, an opioid pain medicine.',
			'Norco: contains acetaminophen and hydrocodone, an opioid pain medicine.',
			'Zorbatrex: we did not recognize this name. That is fine: a clinician will read it.',
			'folic acid: contains folic acid.'
		]);
	});

	it('names ingredients in Spanish on Spanish pages', () => {
		expect(recognisedLines(lists, 'es').map((r) => `${r.name}: ${r.text}`)).toEqual([
			'Percocet: contiene acetaminofén y oxicodona, un analgésico opioide.',
			'Norco: contiene acetaminofén e hidrocodona, un analgésico opioide.',
			'Zorbatrex: no reconocimos este nombre. No pasa nada: un profesional de la salud lo leerá.',
			'folic acid: contiene ácido fólico.'
		]);
	});
});
