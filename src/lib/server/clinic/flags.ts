// The screening outcome as a clinician reads it. The stored intake_flags rows are the record (rule,
// severity, the exact evidence, ruleset version); the rule table adds the title, reference and
// sources, and the clinician message is rebuilt from the stored evidence on the day of submission
// (screen() is pure, so the same answers and day give the same wording). Notes that are not rules
// (unrecognised medicine names, outside the service area) come from screening the stored answers
// again on that day.
import { intakeSchema, validatingOn, type IntakeAnswers } from '../../intake';
import {
	rules,
	screen,
	suggestTitration,
	type Evidence,
	type Flag,
	type MedicationEvidence,
	type Severity,
	type Source,
	type Triage
} from '../../screening';
import { buildContext } from '../../screening/context';
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
	| { kind: 'answer'; label: string; value: string; path: string };

export interface FlagView {
	ruleId: string;
	ref: string;
	severity: Severity;
	title: string;
	clinicianMessage: string | null;
	evidence: EvidenceView[];
	sources: Source[];
}

const SEVERITY_RANK: Record<Severity, number> = { contraindication: 0, caution: 1, info: 2 };
const ruleOrder = new Map(rules.map((r, i) => [r.id, i]));

function medicationFacts(e: MedicationEvidence) {
	const facts: [string, string | number | undefined][] = [
		[
			'Matched by spelling',
			e.fuzzy &&
				`read as ${e.fuzzy.name} (${e.fuzzy.distance} ${e.fuzzy.distance === 1 ? 'edit' : 'edits'} from what was typed); confirm with the patient`
		],
		['Status', e.status === 'current' ? 'taking now' : 'stopped'],
		['Route', e.route],
		['Dose', e.dose],
		['How often', e.frequency === 'as-needed' ? 'as needed' : e.frequency],
		[
			'Last dose',
			e.lastDoseDate &&
				`${e.lastDoseDate}${e.daysSinceLastDose === undefined ? '' : ` (${e.daysSinceLastDose} days before submission)`}`
		],
		['Daily amount', e.dailyAmountMg === undefined ? undefined : `${e.dailyAmountMg} mg`],
		['Course', e.courseDays === undefined ? undefined : `${e.courseDays} days`],
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
	return { kind: 'answer', ...describeAnswer(e.step, e.key, e.value), path: `${e.step}.${e.key}` };
}

const asEvidence = (value: unknown): Evidence[] =>
	(Array.isArray(value) ? value : []) as Evidence[];

export interface ScreeningReview {
	flags: FlagView[];
	notes: string[];
	titration: ReturnType<typeof suggestTitration> | null;
	/** False when the stored answers no longer parse (an older questionnaire): no messages then. */
	answersParsed: boolean;
}

/** The stored flags with their wording, the screening notes and the suggested titration. */
export function reviewScreening(
	intake: { answers: unknown; submittedAt: Date | null; triage: Triage | null },
	stored: readonly StoredFlag[],
	serviceStates: readonly string[]
): ScreeningReview {
	const day = (intake.submittedAt ?? new Date()).toISOString().slice(0, 10);
	const parsed = validatingOn(day, () => intakeSchema.safeParse(intake.answers));
	const answers: IntakeAnswers | null = parsed.success ? parsed.data : null;
	const ctx = answers ? buildContext(answers, day) : null;
	const sorted = [...stored].sort(
		(a, b) =>
			SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
			(ruleOrder.get(a.ruleId) ?? 99) - (ruleOrder.get(b.ruleId) ?? 99)
	);
	const flags = sorted.map((f): FlagView => {
		const rule = rules.find((r) => r.id === f.ruleId);
		const evidence = asEvidence(f.evidence);
		return {
			ruleId: f.ruleId,
			ref: rule?.ref ?? '',
			severity: f.severity,
			title: rule?.title ?? f.ruleId,
			clinicianMessage: rule && ctx ? rule.clinicianMessage(evidence, ctx) : null,
			evidence: evidence.map(viewEvidence),
			sources: rule?.sources.map((s) => ({ ...s })) ?? []
		};
	});
	if (!answers) return { flags, notes: [], titration: null, answersParsed: false };
	const rescreened = screen(answers, { today: day, serviceStates });
	const asFlags = flags.map((f): Flag => ({
		rule: f.ruleId,
		ref: f.ref,
		severity: f.severity,
		title: f.title,
		evidence: asEvidence(stored.find((s) => s.ruleId === f.ruleId)?.evidence),
		clinicianMessage: f.clinicianMessage ?? '',
		patientMessage: '',
		sources: f.sources
	}));
	const titration = suggestTitration(
		{ ...rescreened, triage: intake.triage ?? rescreened.triage, flags: asFlags },
		answers
	);
	return {
		flags,
		notes: rescreened.notes.map((n) => n.message),
		titration,
		answersParsed: true
	};
}
