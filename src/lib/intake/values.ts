// The answer vocabularies: the values stored in intake answers (stored data, like step ids and
// question keys). Labels live in the message catalogs; a value may never be renamed without a
// data migration and a new QUESTIONNAIRE_VERSION.

export const YES_NO = ['yes', 'no'] as const;
export type YesNo = (typeof YES_NO)[number];

export const PREFERRED_CONTACTS = ['email', 'phone', 'text'] as const;
export const SEXES_AT_BIRTH = ['female', 'male', 'intersex', 'prefer-not-to-say'] as const;
export const HEARD_ABOUT = [
	'search',
	'social',
	'friend-family',
	'clinician',
	'podcast-article',
	'other'
] as const;

export const CONDITION_DURATIONS = ['under-1-year', '1-5-years', 'over-5-years'] as const;

/** An alcohol or opioid use disorder now, or in the past (in remission): R32 reads it (issue 12). */
export const DISORDER_STATUSES = ['current', 'remission'] as const;

export const ROUTES = [
	'mouth',
	'injection',
	'infusion',
	'patch',
	'inhaled',
	'nasal',
	'eye',
	'skin',
	'other'
] as const;
export type Route = (typeof ROUTES)[number];

export const MEDICATION_STATUSES = ['current', 'stopped'] as const;
export type MedicationStatus = (typeof MEDICATION_STATUSES)[number];

export const MEDICATION_LISTS = ['medications', 'supplements'] as const;
export type MedicationListName = (typeof MEDICATION_LISTS)[number];

export const FREQUENCIES = ['scheduled', 'as-needed'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export const PREGNANCY = [
	'pregnant',
	'possibly-pregnant',
	'trying-to-conceive',
	'none',
	'not-applicable'
] as const;

export const LIVER_PROBLEMS = [
	'liver-failure',
	'decompensated-cirrhosis',
	'cirrhosis',
	'acute-hepatitis',
	'chronic-hepatitis',
	'autoimmune-liver',
	'fatty-liver-abnormal-tests',
	'abnormal-liver-tests',
	'liver-transplant-list'
] as const;
export type LiverProblem = (typeof LIVER_PROBLEMS)[number];

export const KIDNEY = ['none', 'ckd', 'dialysis', 'kidney-stones-only', 'unsure'] as const;
export const TRANSPLANT = [
	'none',
	'organ',
	'bone-marrow-stem-cell',
	'cornea-or-tissue',
	'other'
] as const;

export const MENTAL_HEALTH = [
	'suicidal-thoughts-12m',
	'bipolar',
	'psychotic-disorder',
	'ptsd-nightmares',
	'depression-anxiety'
] as const;
export type MentalHealthItem = (typeof MENTAL_HEALTH)[number];

export const SLEEP = ['insomnia', 'nightmares', 'sleep-disorder'] as const;
export const PROCEDURE_PLANNED = ['no', 'yes', 'yes-date-unknown'] as const;
export const LDN_FORMS = ['capsule', 'tablet', 'liquid', 'sublingual', 'cream', 'other'] as const;
export const LDN_FILLERS = [
	'calcium-carbonate',
	'microcrystalline-cellulose',
	'other',
	'unknown'
] as const;

/** What the patient hopes LDN might help with (1 to 3). Never a promise; the clinician sees them. */
export const GOAL_IDS = [
	'less-pain',
	'more-energy',
	'better-sleep',
	'better-mood',
	'clearer-thinking',
	'fewer-flares',
	'better-digestion',
	'skin-symptoms',
	'daily-activities',
	'other'
] as const;
export type GoalId = (typeof GOAL_IDS)[number];
export const MAX_GOALS = 3;

/** Caps that keep a single intake small enough to store, screen and show on one page. */
export const LIMITS = {
	name: 100,
	shortText: 200,
	longText: 1000,
	email: 254,
	listEntries: 30,
	oldestAgeYears: 120,
	/** The furthest ahead a planned date may be (a procedure), in years. */
	futureYears: 2
} as const;

/** The answer to a medicine-name question that keeps the name as the patient wrote it (name-check.ts). */
export const KEEP_NAME = 'keep-as-written';

/** The value of `nameChecked` on an entry whose name the patient kept after the question. */
export const NAME_KEPT = 'kept';
