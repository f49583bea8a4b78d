// The done page's notes. Each screening note stands alone (docs/patient-voice.md §3), so every note
// about a medicine ends with the same safety sentence ("Keep taking your medicines as prescribed.
// Don't change anything before you talk with a clinician."). Read one after another on the done
// page, that sentence would repeat a dozen times and drown the notes: it is taken out of each note
// and said once, above them.

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
