// The common-word guard of the medicine matcher (issue 12): the shipped list is exactly what
// Debian's wamerican and wspanish word lists give (src/lib/screening/vocabulary/derive-words.ts).
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMON_WORDS } from '../../../src/lib/screening/vocabulary/common-words';
import { guardedWords } from '../../../src/lib/screening/vocabulary/derive-words';

describe('the common-word guard', () => {
	const dictionaries = ['/usr/share/dict/american-english', '/usr/share/dict/spanish'];
	const present = dictionaries.every((file) => existsSync(file));

	it('has the word lists in CI (wamerican and wspanish are installed by .ci/run)', () => {
		expect(present || !process.env.CI).toBe(true);
	});

	it.runIf(present)(
		'ships exactly the words derived from wamerican and wspanish',
		() => {
			const lists = dictionaries.map((file) => readFileSync(file, 'utf8').split('\n'));
			const expected = guardedWords(lists);
			expect([...COMMON_WORDS].sort()).toEqual(expected);
		},
		60_000
	);

	it('holds the words the issue found matched to medicines', () => {
		for (const word of ['contract', 'contrast', 'control', 'ventanal']) {
			expect(COMMON_WORDS.has(word), word).toBe(true);
		}
	});
});
