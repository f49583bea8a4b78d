// The intake questionnaire, declared once: steps, questions, answer schema and types, navigation
// helpers and answer formatting. Pure TypeScript: no SvelteKit, Svelte, server or I/O imports.
export {
	QUESTIONNAIRE_VERSION,
	intakeSchema,
	applicableSteps,
	nextStepId,
	firstIncompleteStep,
	isStepComplete,
	medicationEntries,
	followUpLookup,
	type IntakeAnswers,
	type DraftAnswers,
	type StepAnswers,
	type MedicationEntry,
	type MedicationFollowUp,
	type MergedMedicationEntry
} from './answers';
export { steps, getStep, isStepId, STEP_IDS, type StepId, type IntakeStep } from './steps';
export { blankValues, type Step } from './step';
export { ageOn, addDays, daysBetween, isIsoDate, todayIso, validatingOn } from './dates';
export {
	CONSENT_QUESTION_KEYS,
	PRIVACY_NOTICE_KEYS,
	PRIVACY_NOTICE_LINK_KEY,
	PRIVACY_NOTICE_VERSION
} from './consent';
export {
	editableSteps,
	reopenableSteps,
	replySchema,
	REPLY_MAX,
	sameAnswers,
	type ReopenedIntake
} from './reopen';
export { formatAnswer, NOT_ANSWERED, type FormattedAnswer } from './format';
export { ERROR_KEYS, type ErrorKey } from './errors';
export { CONDITION_IDS, type IntakeConditionId } from './conditions';
export {
	US_STATES,
	US_STATE_CODES,
	SERVICE_STATES,
	isServiceState,
	isUsStateCode,
	type UsStateCode
} from './us-states';
export { installMatcher, medicineMatcher } from './matcher';
export {
	followUpFieldsFor,
	followUpFormEntries,
	followUpIssues,
	followUpItems,
	entryMatch,
	needsFollowUp,
	needsRequiredFollowUp,
	type Matcher,
	type FollowUpIssue,
	type FollowUpField,
	type FollowUpFieldName,
	type FollowUpItem
} from './follow-up';
export {
	applyNameAnswers,
	followUpsAfterNames,
	keepNameMarks,
	nameCheckIssues,
	nameChecks,
	nameQuestion,
	needsNameCheck,
	type FollowUpAnswer,
	type NameAnswer,
	type NameCheck,
	type NameCheckKind
} from './name-check';
export type { AnswerOption, AnyQuestion, Question, QuestionKind } from './questions';
export * from './values';
