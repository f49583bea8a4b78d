// The done page's notes. Each screening note stands alone (docs/patient-voice.md §3), so every note
// about a medicine ends with the same safety sentence ("Keep taking your medicines as prescribed.
// Don't change anything before you talk with a clinician."). Read one after another on the done
// page, that sentence would repeat a dozen times and drown the notes: it is taken out of each note
// and said once, above them. With many notes (26 for a patient who answers yes to most things), a
// note that says when to get help right away (call 988, call 911) would be read 19th: those come
// first.

/** Rules whose note says when to get help right away, in the order they are read first. */
export const URGENT_NOTE_RULES: readonly string[] = [
	'psychiatric-high-risk',
	'loperamide-high-dose'
];

/** The flags' patient notes in reading order: urgent ones first, the rest as screened. */
export function notesInReadingOrder(
	flags: readonly { readonly rule: string; readonly patientMessage: string }[]
): string[] {
	const rank = (rule: string) => {
		const i = URGENT_NOTE_RULES.indexOf(rule);
		return i === -1 ? URGENT_NOTE_RULES.length : i;
	};
	return [...flags]
		.sort((a, b) => rank(a.rule) - rank(b.rule))
		.map((f) => f.patientMessage)
		.filter(Boolean);
}

/** The notes without `safety`, and whether any note carried it. */
export function groupSafetySentence(
	notes: readonly string[],
	safety: string
): { notes: string[]; keepMedicines: boolean } {
	let keepMedicines = false;
	const stripped = notes.map((note) => {
		if (!note.includes(safety)) return note;
		keepMedicines = true;
		return note
			.replace(safety, '')
			.replace(/\s{2,}/g, ' ')
			.trim();
	});
	return { notes: [...new Set(stripped)].filter((n) => n !== ''), keepMedicines };
}
