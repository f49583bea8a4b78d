import { describe, expect, it } from 'vitest';
import en from '$lib/i18n/messages/screening/en.json';
import es from '$lib/i18n/messages/screening/es.json';
import wizardEn from '$lib/i18n/messages/wizard/en.json';
import wizardEs from '$lib/i18n/messages/wizard/es.json';
import { groupSafetySentence } from '$lib/wizard/done-notes';

const safety = 'Keep taking your medicines as prescribed. Don’t change anything.';

describe('groupSafetySentence', () => {
	it('says the safety sentence once, above notes that each carried it', () => {
		expect(
			groupSafetySentence(
				[`Thanks for telling us about Norco. ${safety}`, `About {med}. ${safety} More.`, 'Other.'],
				safety
			)
		).toEqual({
			notes: ['Thanks for telling us about Norco.', 'About {med}. More.', 'Other.'],
			keepMedicines: true
		});
	});

	it('leaves notes alone when none carries it', () => {
		expect(groupSafetySentence(['A note.'], safety)).toEqual({
			notes: ['A note.'],
			keepMedicines: false
		});
	});

	it.each([
		['en', en, wizardEn],
		['es', es, wizardEs]
	] as const)(
		'%s: the done page sentence is word for word the one in the notes',
		(_l, notes, wizard) => {
			const sentence = wizard.wizard_done_keep_medicines;
			const carrying = Object.values(notes).filter((n) => n.includes(sentence));
			expect(carrying.length).toBeGreaterThan(5);
		}
	);
});
