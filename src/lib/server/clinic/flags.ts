// The screening outcome as a clinician reads it: the intake's stored screening (screenings.ts),
// exactly as it was made: flags with their wording, evidence and sources, notes and the suggested
// titration, and which ruleset made it on which day. Nothing is screened again here: a rule changed
// since shows only when a clinician asks to screen again. An intake without a stored screening
// (answers that no longer parse when screenings were first stored) shows its flag rows by rule.
import {
	rules,
	type Evidence,
	type MedicationEvidence,
	type Severity,
	type Source
} from '../../screening';
import type { ScreeningRecord, ScreeningKind, StoredScreening } from '../intakes/screenings';
import { answerPaths, answerText } from '../../screening/rules/common';
import { plural, rulesetName } from '../../clinic/words';
import { calendarDay } from './dates';
import { describeAnswer } from './texts';

interface StoredFlag {
	ruleId: string;
	severity: Severity;
	evidence: unknown;
}

export type EvidenceView =
	| {
			kind: 'medication';
			typed: string;
			generic: string;
			ingredients: string[];
			classes: string[];
			explanation: string;
			facts: { label: string; value: string }[];
	  }
	| { kind: 'answer'; label: string; value: string; path: string; stored: string };

export interface FlagView {
	ruleId: string;
	ref: string;
	severity: Severity;
	title: string;
	clinicianMessage: string | null;
	evidence: EvidenceView[];
	/** RULEBOOK decisions the rule relies on ('D1'), for "How this was found". */
	decisions: string[];
	sources: readonly Source[];
}

const SEVERITY_RANK: Record<Severity, number> = { contraindication: 0, caution: 1, info: 2 };
const ruleOrder = new Map(rules.map((r, i) => [r.id, i]));

function medicationFacts(e: MedicationEvidence) {
	const facts: [string, string | number | undefined][] = [
		[
			'Matched by spelling',
			e.fuzzy &&
				`read as ${e.fuzzy.name} (${plural(e.fuzzy.distance, 'letter')} different from what was typed); confirm with the patient`
		],
		['Status', e.status === 'current' ? 'taking now' : 'stopped'],
		['Route', e.route],
		['Dose', e.dose],
		['How often', e.frequency === 'as-needed' ? 'as needed' : e.frequency],
		[
			'Last dose',
			e.lastDoseDate &&
				`${e.lastDoseDate}${e.daysSinceLastDose === undefined ? '' : ` (${plural(e.daysSinceLastDose, 'day')} before submission)`}`
		],
		['Daily amount', e.dailyAmountMg === undefined ? undefined : `${e.dailyAmountMg} mg`],
		['Course', e.courseDays === undefined ? undefined : plural(e.courseDays, 'day')],
		['Reason given', e.reason]
	];
	return facts
		.filter((f): f is [string, string | number] => f[1] !== undefined && f[1] !== '')
		.map(([label, value]) => ({ label, value: String(value) }));
}

/** One piece of evidence in words: the medicine as typed → what it matched, or the answer. */
function viewEvidence(e: Evidence): EvidenceView {
	if (e.kind === 'medication') {
		return {
			kind: 'medication',
			typed: e.typed,
			generic: e.generic,
			ingredients: [...e.ingredients],
			classes: [...e.classes],
			explanation: e.explanation,
			facts: medicationFacts(e)
		};
	}
	const stored = Array.isArray(e.value) ? e.value.join(', ') : String(e.value);
	return {
		kind: 'answer',
		...describeAnswer(e.step, e.key, e.value),
		path: `${e.step}.${e.key}`,
		stored
	};
}

/**
 * The rule's message as a colleague's note: the RULEBOOK decision ids it cites come out (they are
 * listed under "How this was found"), and a message stored before the rules spoke plainly has its
 * answer paths ("health.liver = cirrhosis") and matcher explanations put back into words.
 */
export function plainMessage(
	message: string,
	evidence: readonly Evidence[]
): { text: string; decisions: string[] } {
	const decisions: string[] = [];
	const cite = (_: string, id: string) => {
		if (!decisions.includes(id)) decisions.push(id);
		return '';
	};
	let text = message
		.replace(/ \(decision (D\d+)\)/g, cite)
		.replace(/, decision (D\d+)\)/g, (whole, id: string) => `${cite(whole, id)})`);
	const list = [...evidence];
	const paths = answerPaths(list);
	if (paths && text.includes(paths)) text = text.replaceAll(paths, answerText(list));
	for (const e of list) {
		if (e.kind === 'medication' && e.explanation) {
			text = text.replaceAll(` [${e.explanation}]`, '');
		}
	}
	return { text, decisions };
}

const asEvidence = (value: unknown): Evidence[] =>
	(Array.isArray(value) ? value : []) as Evidence[];

const KIND_TEXT: Record<ScreeningKind, string> = {
	submitted: 'at submission',
	resubmitted: 'when the patient sent updated answers',
	rescreened: "again at a clinician's request",
	recomputed: 'afterwards from the stored answers (the original screening was not stored)'
};

export interface ScreeningReview {
	flags: FlagView[];
	notes: string[];
	titration: StoredScreening['titration'] | null;
	/** Which ruleset screened the intake, on which day, and why; null without a stored screening. */
	provenance: {
		kind: ScreeningKind;
		rulesetVersion: string;
		/** The ruleset in words ("LDN rules 0.2.0 (rulebook draft 0.1)"). */
		rulesetName: string;
		screenedOn: string;
		how: string;
		/** For a recomputed screening: the triage the intake had before. */
		previousTriage: string | null;
	} | null;
}

/** The stored screening in words; without one, the stored flag rows by rule (no messages). */
export function reviewScreening(
	screening: ScreeningRecord | null,
	fallback: readonly StoredFlag[]
): ScreeningReview {
	if (!screening) {
		const sorted = [...fallback].sort(
			(a, b) =>
				SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
				(ruleOrder.get(a.ruleId) ?? 99) - (ruleOrder.get(b.ruleId) ?? 99)
		);
		return {
			flags: sorted.map((f) => {
				const rule = rules.find((r) => r.id === f.ruleId);
				return {
					ruleId: f.ruleId,
					ref: rule?.ref ?? '',
					severity: f.severity,
					title: rule?.title ?? f.ruleId,
					clinicianMessage: null,
					evidence: asEvidence(f.evidence).map(viewEvidence),
					decisions: [],
					sources: rule?.sources ?? []
				};
			}),
			notes: [],
			titration: null,
			provenance: null
		};
	}
	const stored = screening.result;
	return {
		flags: stored.flags.map((f) => {
			const message = plainMessage(f.clinicianMessage, f.evidence);
			return {
				ruleId: f.rule,
				ref: f.ref,
				severity: f.severity,
				title: f.title,
				clinicianMessage: message.text,
				evidence: f.evidence.map(viewEvidence),
				decisions: message.decisions,
				sources: f.sources
			};
		}),
		notes: stored.notes.map((n) => n.message),
		titration: stored.titration,
		provenance: {
			kind: screening.kind,
			rulesetVersion: screening.rulesetVersion,
			rulesetName: rulesetName(screening.rulesetVersion),
			screenedOn: calendarDay(screening.screenedOn),
			how: KIND_TEXT[screening.kind],
			previousTriage: stored.previous?.triage ?? null
		}
	};
}
