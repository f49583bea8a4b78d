import { describe, expect, it } from 'vitest';
import en from '$lib/i18n/messages/screening/en.json';
import es from '$lib/i18n/messages/screening/es.json';
import wizardEn from '$lib/i18n/messages/wizard/en.json';
import wizardEs from '$lib/i18n/messages/wizard/es.json';
import {
	groupSafetySentence,
	notesInReadingOrder,
	URGENT_NOTE_RULES
} from '$lib/server/wizard/done-notes';

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

describe('notesInReadingOrder', () => {
	it('puts the notes that say when to get help right away first, the rest in screening order', () => {
		const flags = [
			{ rule: 'opioid-scheduled-use', patientMessage: 'Opioids.' },
			{ rule: 'loperamide-high-dose', patientMessage: 'Call 911 if you faint.' },
			{ rule: 'kidney-impairment', patientMessage: 'Kidneys.' },
			{ rule: 'psychiatric-high-risk', patientMessage: 'Call or text 988.' },
			{ rule: 'sleep-disturbance', patientMessage: '' }
		];
		expect(notesInReadingOrder(flags)).toEqual([
			'Call or text 988.',
			'Call 911 if you faint.',
			'Opioids.',
			'Kidneys.'
		]);
	});

	it('names rules whose notes do send the patient to 988 or 911', () => {
		for (const rule of URGENT_NOTE_RULES) {
			const key = `screening_${rule.replaceAll('-', '_')}` as keyof typeof en;
			expect(en[key], rule).toMatch(/\b(988|911)\b/);
		}
	});
});
