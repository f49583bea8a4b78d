// Notes for the clinician that are not rules and never change the triage: unrecognised drug-like
// names (never dropped silently, RULEBOOK §0.4.6), names the matcher read one way that could mean
// another ("T3": Tylenol #3 or liothyronine, §2.9) or name no single medicine ("pain pill", issue 12),
// naloxone or nalmefene kits (§1.1), and a patient
// outside the clinic's service states.
import { hasClass, medEvidence } from './rules/common';
import type { Note, RuleContext } from './types';

export function collectNotes(ctx: RuleContext, serviceStates?: readonly string[]): Note[] {
	const notes: Note[] = [];
	for (const med of ctx.meds) {
		if (med.match.status === 'unrecognised' && med.match.drugLike) {
			notes.push({
				kind: 'unrecognised-medication',
				message:
					`unrecognised medication: '${med.name.trim()}' (${med.list} #${med.index + 1}); ` +
					(med.nameKept
						? `the patient kept this name as written when offered close names (${med.match.explanation}); `
						: '') +
					'check it by hand',
				evidence: [medEvidence(med)]
			});
		} else if (med.match.question) {
			notes.push({
				kind: 'ambiguous-medication',
				message: `ambiguous medication (${med.list} #${med.index + 1}): ${med.match.question}`,
				evidence: [medEvidence(med)]
			});
		} else if (med.match.ambiguousWith && med.match.entry) {
			notes.push({
				kind: 'ambiguous-medication',
				message:
					`ambiguous medication: '${med.name.trim()}' was read as ${med.match.entry.generic} but ` +
					`could also mean ${med.match.ambiguousWith.generic}; confirm with the patient.`,
				evidence: [medEvidence(med)]
			});
		}
		if (hasClass(med, 'opioid-reversal')) {
			notes.push({
				kind: 'naloxone-kit',
				message:
					`opioid reversal kit: '${med.name.trim()}' (${med.entry?.generic}). No rule; a rescue ` +
					'kit is appropriate. Ask why the patient has one (own opioid use? household?).',
				evidence: [medEvidence(med)]
			});
		}
	}
	const state = ctx.answers.about.state;
	if (serviceStates && !serviceStates.includes(state)) {
		notes.push({
			kind: 'outside-service-area',
			message: `The patient lives in ${state}, outside the service states (${serviceStates.join(', ')}).`,
			evidence: [{ kind: 'answer', step: 'about', key: 'state', value: state }]
		});
	}
	return notes;
}
