// Helpers shared by the rule files: building evidence, reading medication entries, and wording.
import { conditionById, type ConditionId } from '../catalog/conditions';
import type { MedicationClass } from '../match';
import type {
	AnswerEvidence,
	Evidence,
	MedicationEvidence,
	ResolvedMedication,
	Rule,
	RuleContext
} from '../types';

/** Declares a rule; the identity function only gives the object literal its type. */
export const defineRule = (rule: Rule): Rule => rule;

/** Routes that keep a drug out of the bloodstream in meaningful amounts (RULEBOOK §0.4.4). */
const LOCAL_ROUTES = new Set(['skin', 'eye', 'nasal', 'inhaled']);

export function hasClass(med: ResolvedMedication, cls: MedicationClass): boolean {
	return med.entry?.classes.includes(cls) ?? false;
}

export function hasTag(med: ResolvedMedication, tag: string): boolean {
	return med.entry?.tags?.includes(tag) ?? false;
}

export const isCurrent = (med: ResolvedMedication): boolean => med.status === 'current';

/**
 * A systemic form: the catalog says so and the patient did not report a local route. Used by the
 * immune and steroid rules only; an opioid by any route (a fentanyl nasal spray) stays an opioid.
 */
export function isSystemic(med: ResolvedMedication): boolean {
	return (med.entry?.systemic ?? false) && !LOCAL_ROUTES.has(med.route);
}

const NONE: readonly ResolvedMedication[] = Object.freeze([]);

/**
 * The matched entries (a look-alike never feeds a rule) of any of the classes, in list order,
 * whatever their status.
 */
export function withClass(
	ctx: RuleContext,
	...classes: [MedicationClass, ...MedicationClass[]]
): readonly ResolvedMedication[] {
	if (classes.length === 1) return ctx.byClass.get(classes[0]) ?? NONE;
	if (!classes.some((cls) => ctx.byClass.has(cls))) return NONE;
	return ctx.meds.filter((med) => classes.some((cls) => hasClass(med, cls)));
}

/** Current entries of a class (matched entries only: a look-alike never feeds a rule). */
export function currentWithClass(ctx: RuleContext, cls: MedicationClass): ResolvedMedication[] {
	return withClass(ctx, cls).filter(isCurrent);
}

export function medEvidence(med: ResolvedMedication): MedicationEvidence {
	const evidence: MedicationEvidence = {
		kind: 'medication',
		list: med.list,
		index: med.index,
		typed: med.name,
		generic: med.entry?.generic ?? med.match.normalised,
		ingredients: med.entry ? [...med.entry.ingredients] : [],
		classes: med.entry ? [...med.entry.classes] : [],
		method: med.match.method,
		explanation: med.match.explanation,
		status: med.status,
		route: med.route
	};
	if (med.match.confirm && med.match.fuzzy) evidence.fuzzy = { ...med.match.fuzzy };
	if (med.typedName !== undefined) evidence.typedName = med.typedName;
	if (med.nameKept) evidence.nameKept = true;
	if (med.dose !== undefined) evidence.dose = med.dose;
	if (med.reason !== undefined) evidence.reason = med.reason;
	if (med.frequency !== undefined) evidence.frequency = med.frequency;
	if (med.lastDoseDate !== undefined) evidence.lastDoseDate = med.lastDoseDate;
	if (med.daysSinceLastDose !== undefined) evidence.daysSinceLastDose = med.daysSinceLastDose;
	if (med.dailyAmountMg !== undefined) evidence.dailyAmountMg = med.dailyAmountMg;
	if (med.courseDays !== undefined) evidence.courseDays = med.courseDays;
	return evidence;
}

/** The resolved entry behind a piece of medication evidence. */
export function resolvedOf(ctx: RuleContext, e: MedicationEvidence): ResolvedMedication {
	const med = ctx.meds.find((m) => m.list === e.list && m.index === e.index);
	if (!med) throw new Error(`No ${e.list} entry at index ${e.index}`);
	return med;
}

export function answer(step: string, key: string, value: unknown): AnswerEvidence {
	return { kind: 'answer', step, key, value };
}

export function medsOf(evidence: Evidence[]): MedicationEvidence[] {
	return evidence.filter((e): e is MedicationEvidence => e.kind === 'medication');
}

export function answersOf(evidence: Evidence[]): AnswerEvidence[] {
	return evidence.filter((e): e is AnswerEvidence => e.kind === 'answer');
}

/**
 * "'Norco 10/325' (acetaminophen / hydrocodone; read from a close spelling)" for staff. The match
 * method and its explanation (distances, matched names) stay in the evidence, where the detail
 * page shows them under "How this was found".
 */
export function describe(e: MedicationEvidence): string {
	const typed = `'${e.typed.trim()}'`;
	const generic = e.generic && e.generic !== e.typed.trim().toLowerCase() ? e.generic : '';
	const how =
		e.method === 'fuzzy'
			? 'read from a close spelling; confirm with the patient'
			: e.method === 'context'
				? 'read from the surrounding words; confirm with the patient'
				: '';
	const inBrackets = generic && how ? `${generic}; ${how}` : generic || how;
	const picked = e.typedName
		? ` [typed '${e.typedName.trim()}'; the patient picked this name]`
		: '';
	return `${typed}${inBrackets ? ` (${inBrackets})` : ''}${picked}`;
}

export function describeAll(evidence: Evidence[]): string {
	return medsOf(evidence).map(describe).join('; ');
}

/** How the patient takes it, in staff wording. */
export function frequencyText(e: MedicationEvidence): string {
	if (e.status === 'stopped') return 'stopped';
	if (e.frequency === 'scheduled') return 'taken on a schedule';
	if (e.frequency === 'as-needed') return 'taken as needed';
	return 'frequency not reported';
}

export function daysText(e: MedicationEvidence): string {
	return e.daysSinceLastDose === undefined
		? 'last-dose date not reported'
		: `last dose ${e.daysSinceLastDose} day${e.daysSinceLastDose === 1 ? '' : 's'} ago (${e.lastDoseDate})`;
}

/** Plain words for answer values that are ids (conditions by their catalog name). */
const VALUE_WORDS: Readonly<Record<string, string>> = {
	ckd: 'chronic kidney disease',
	ptsd: 'PTSD',
	'ptsd-nightmares': 'PTSD nightmares',
	'abnormal-liver-tests': 'abnormal liver tests'
};

/** One answer value in words: a condition by its name, an id with its hyphens as spaces. */
export function valueWords(value: unknown): string {
	if (Array.isArray(value)) return value.map(valueWords).join(', ');
	if (typeof value !== 'string') return String(value);
	const condition = conditionById.get(value as ConditionId);
	if (condition) return condition.name;
	return VALUE_WORDS[value] ?? value.replaceAll('-', ' ');
}

/** How an answer reads in a note, by question key ("yes" answers as the fact they report). */
const ANSWER_PHRASES: Readonly<Record<string, (v: string) => string>> = {
	conditions: (v) => v,
	otherConditions: (v) => `other conditions: '${v}'`,
	allergyNaltrexone: () => 'reported allergy or sensitivity to naltrexone',
	allergies: (v) => `allergies: '${v}'`,
	alcoholMaxPerDay: (v) => `up to ${v} drinks on one day`,
	alcoholDrinksPerWeek: (v) => `${v} drinks a week`,
	alcoholUseDisorder: () => 'alcohol use disorder reported',
	alcoholUseDisorderStatus: (v) => `alcohol use disorder: ${v}`,
	opioidUseDisorderStatus: (v) => `opioid use disorder: ${v}`,
	opioidTreatmentCurrent: () => 'currently in treatment for opioid use disorder',
	opioidMisuseHistory: () => 'history of opioid misuse reported',
	kratomUse: () => 'kratom use in the last 90 days',
	ldnCurrent: () => 'already taking LDN',
	ldnDoseMg: (v) => `LDN dose ${v} mg`,
	procedurePlanned: (v) =>
		v === 'yes'
			? 'procedure planned'
			: v === 'yes date unknown'
				? 'procedure planned, date not known yet'
				: `procedure planned: ${v}`,
	procedureDate: (v) => `date ${v}`,
	transplantDetails: (v) => `details: '${v}'`,
	breastfeeding: () => 'breastfeeding',
	dateOfBirth: (v) => `born ${v}`
};

/** The answers in plain words, e.g. "cirrhosis, abnormal liver tests" (no paths, no ids). */
export function answerText(evidence: Evidence[]): string {
	return answersOf(evidence)
		.map((a) => {
			const words = valueWords(a.value);
			return ANSWER_PHRASES[a.key]?.(words) ?? words;
		})
		.join('; ');
}

/** The answers as stored, e.g. "health.liver = cirrhosis, abnormal-liver-tests" ("How this was found"). */
export function answerPaths(evidence: Evidence[]): string {
	return answersOf(evidence)
		.map(
			(a) => `${a.step}.${a.key} = ${Array.isArray(a.value) ? a.value.join(', ') : String(a.value)}`
		)
		.join('; ');
}
