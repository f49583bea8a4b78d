// Types shared by the screening engine, its rules, the CLI and the clinician view.
import type { IntakeAnswers } from '../intake';
import type { CatalogEntry, MedicationClass, MedicationMatch } from './match';

export type Severity = 'contraindication' | 'caution' | 'info';
export type Triage = 'eligible' | 'review' | 'not-eligible-now';
export type Locale = 'en' | 'es';
export type ListName = 'medications' | 'supplements';

/** The exact medication answer that triggered a flag, with how it was matched. */
export interface MedicationEvidence {
	kind: 'medication';
	list: ListName;
	index: number;
	/** The name exactly as listed (a name the patient picked from suggestions: see typedName). */
	typed: string;
	/** The name as first typed, when the patient then picked a suggested name in its place. */
	typedName?: string;
	/**
	 * The patient was offered close names and kept this one as written; for a misspelt name read
	 * as a flagged medicine, that means "it is not that medicine" (the entry is then unrecognised).
	 */
	nameKept?: boolean;
	/** The matched catalog entry's generic name and ingredients (RxNorm style). */
	generic: string;
	ingredients: string[];
	classes: MedicationClass[];
	method: MedicationMatch['method'];
	explanation: string;
	/**
	 * A fuzzy match into a class a rule reads ("oxycodne" → oxycodone): the name was not found as
	 * typed, so the clinician confirms it with the patient (the wizard shows the patient what it read).
	 */
	fuzzy?: { name: string; distance: number };
	status: 'current' | 'stopped';
	route: string;
	dose?: string;
	reason?: string;
	frequency?: 'scheduled' | 'as-needed';
	lastDoseDate?: string;
	daysSinceLastDose?: number;
	dailyAmountMg?: number;
	courseDays?: number;
}

/** Any other answer that triggered a flag: where it lives in the intake and its value. */
export interface AnswerEvidence {
	kind: 'answer';
	step: string;
	key: string;
	value: unknown;
}

export type Evidence = MedicationEvidence | AnswerEvidence;

export interface Source {
	id: string;
	citation: string;
}

export interface Flag {
	rule: string;
	ref: string;
	severity: Severity;
	title: string;
	evidence: Evidence[];
	clinicianMessage: string;
	/**
	 * The Paraglide key of the patient wording; the engine imports no i18n, so the wording is
	 * rendered where it is shown (src/lib/i18n/screening.ts), from this key and the evidence.
	 */
	patientMessageKey: string;
	sources: readonly Source[];
}

export interface Note {
	kind:
		'unrecognised-medication' | 'ambiguous-medication' | 'naloxone-kit' | 'outside-service-area';
	message: string;
	evidence: Evidence[];
}

/**
 * How the matcher read one medication or supplement entry: what the FHIR export and the clinician
 * read instead of matching the names again.
 */
export interface MedicineReading {
	list: ListName;
	index: number;
	typed: string;
	status: MedicationMatch['status'];
	generic?: string;
	ingredients: readonly string[];
	classes: readonly MedicationClass[];
}

export interface ScreeningResult {
	triage: Triage;
	flags: Flag[];
	notes: Note[];
	/** Every entry of both lists, as the matcher read it. */
	medicines: MedicineReading[];
	/** The day the last opioid washout ends, when washout is all that stands in the way. */
	eligibleFrom?: string;
	rulesetVersion: string;
}

export interface ScreenOptions {
	/** The screening date, 'YYYY-MM-DD'. The engine never reads the clock. */
	today: string;
	/** Two-letter codes of the states the clinic serves; a patient elsewhere gets a note. */
	serviceStates?: readonly string[];
}

/** One medication or supplement entry, joined with its follow-up answers and its catalog match. */
export interface ResolvedMedication {
	list: ListName;
	index: number;
	name: string;
	dose?: string;
	route: string;
	status: 'current' | 'stopped';
	reason?: string;
	frequency?: 'scheduled' | 'as-needed';
	lastDoseDate?: string;
	dailyAmountMg?: number;
	courseDays?: number;
	match: MedicationMatch;
	/** The name as first typed, when the patient picked a suggested name (name-check.ts). */
	typedName?: string;
	/** The patient kept the name as written after close names were offered (name-check.ts). */
	nameKept?: boolean;
	/** Set when the match is 'matched' (a look-alike never feeds a rule). */
	entry?: CatalogEntry;
	/** Whole days from lastDoseDate to today; undefined when there is no date. */
	daysSinceLastDose?: number;
}

/** Which of R01-R05 an opioid entry fires: at most one per entry (RULEBOOK §1.1). */
export type OpioidDisposition =
	| 'opioid-scheduled-use'
	| 'opioid-washout-incomplete'
	| 'opioid-washout-borderline'
	| 'opioid-prn-ongoing'
	| 'opioid-washout-complete';

export interface OpioidAssessment {
	med: ResolvedMedication;
	disposition: OpioidDisposition | undefined;
	washout: 'SA' | 'LA' | 'DEPOT';
	/** The first day the washout is clear (last dose + clear days); undefined without a date. */
	clearFrom?: string;
}

/** Everything a rule may read: the answers, the date and precomputed facts. */
export interface RuleContext {
	answers: IntakeAnswers;
	today: string;
	ageYears: number;
	meds: ResolvedMedication[];
	/**
	 * The matched entries of each class, in list order (read through withClass): most rules look
	 * for a class that no entry has, and answer that with one lookup instead of a scan.
	 */
	byClass: ReadonlyMap<MedicationClass, readonly ResolvedMedication[]>;
	opioids: OpioidAssessment[];
}

export interface Rule {
	/** Exactly the rulebook id, e.g. 'opioid-scheduled-use'. */
	id: string;
	/** The rulebook number, e.g. 'R01'. */
	ref: string;
	severity: Severity;
	title: string;
	/** The Paraglide message key of the patient wording (src/lib/i18n/messages/screening). */
	patientMessageKey: string;
	sources: readonly Source[];
	/** The answers that trigger the rule; an empty list means it does not fire. */
	test(ctx: RuleContext): Evidence[];
	/** English wording for staff, built from the triggering evidence. */
	clinicianMessage(evidence: Evidence[], ctx: RuleContext): string;
}
