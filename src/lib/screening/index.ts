// The screening engine's public surface. Decision support, not diagnosis: every flag names the
// rule, the exact answers that triggered it and the sources behind it, for a clinician to review.
export { screen } from './screen';
export { rules } from './rules';
export { params, RULESET_VERSION } from './params';
export { suggestTitration, titrationPlan, type TitrationSuggestion } from './titration';
export type {
	AnswerEvidence,
	Evidence,
	Flag,
	Locale,
	MedicationEvidence,
	MedicineReading,
	Note,
	Rule,
	ScreenOptions,
	ScreeningResult,
	Severity,
	Source,
	Triage
} from './types';
