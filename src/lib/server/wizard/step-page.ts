// The server side of the generic step page (/intake/[step]): which draft a request works on and
// where to send it instead, the page data of a step, validation of a posted step, and saving it.
// The route files only wire these together.
import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms/server';
import { zod4 } from 'sveltekit-superforms/adapters';
import {
	ERROR_KEYS,
	US_STATES,
	applyNameAnswers,
	medicineMatcher,
	followUpsAfterNames,
	followUpFormEntries,
	followUpIssues,
	followUpItems,
	isStepComplete,
	keepNameMarks,
	nameCheckIssues,
	nameChecks,
	todayIso,
	type NameAnswer,
	type FollowUpAnswer,
	type DraftAnswers,
	type IntakeStep,
	type StepId
} from '$lib/intake';
import { getLocale } from '$lib/paraglide/runtime';
import { config } from '$lib/server/db';
import * as wizard from '.';
import { issuesToErrors, nestedToErrors, type FieldErrors } from '$lib/wizard/errors';
import { parseStepForm, postedRowCounts, type FormLike } from '$lib/wizard/form-data';
import { FROM_REVIEW, localHref, pagePath, type WizardPage } from '$lib/wizard/links';
import { recognisedLines } from './medicines';
import { firstToDo, nextPage, previousPage, progressOf, redirectFor } from './progress';
import {
	reopenFirstToDo,
	reopenNext,
	reopenPrevious,
	reopenProgress,
	reopenRedirect
} from './reopen';
import { resolveTexts } from './texts';
import { questionTextKeys, toStepView } from '$lib/wizard/view';

export type IntakeRow = NonNullable<Awaited<ReturnType<typeof wizard.currentDraft>>>;

/** A draft's answers (saved step by step, each valid when saved). */
export const answersOf = (draft: IntakeRow | null) => (draft?.answers ?? {}) as DraftAnswers;

/** Redirects to a wizard page in the current language. */
export function goTo(page: WizardPage | `/${string}`, search = ''): never {
	redirect(
		303,
		localHref(page.startsWith('/') ? page : pagePath(page as WizardPage), undefined, search)
	);
}

/**
 * Where a saved step leads: the next applicable step; or, for a change made from the review page,
 * back to the review (through any step the change made necessary, such as medicine details).
 * Answering a request for more information, only the steps open to the patient count.
 */
export function afterSave(
	answers: DraftAnswers,
	stepId: StepId,
	url: URL,
	draft: IntakeRow | null
): never {
	const reopen = draft?.reopen;
	// A name picked on the medicine-details step may call for questions about that medicine.
	if (stepId === 'medication-details' && !isStepComplete(answers, stepId)) {
		goTo(stepId, url.search);
	}
	if (url.searchParams.get('from') !== 'review') {
		goTo(reopen ? reopenNext(answers, reopen, stepId) : nextPage(answers, stepId));
	}
	const target = reopen ? reopenFirstToDo(answers, reopen) : firstToDo(answers);
	goTo(target, target === 'review' ? '' : FROM_REVIEW);
}

/** The first page of a draft still to do ('review' when every step is done). */
export const firstPageToDo = (draft: IntakeRow) =>
	draft.reopen ? reopenFirstToDo(answersOf(draft), draft.reopen) : firstToDo(answersOf(draft));

/**
 * The draft a wizard page works on. Without a draft, only the consent step is open; a submitted
 * intake goes to the "already sent" page; a page opened before the earlier ones are done (or one
 * that does not apply) goes to the first page still to do; just after sending (the done pass), the
 * "already sent" page. The consent step returns null when a
 * new draft is to be started. An intake whose clinic asked for more information opens only the
 * steps the patient may change (wizard/reopen.ts) and the review page.
 */
export async function draftFor(event: RequestEvent, page: WizardPage): Promise<IntakeRow | null> {
	const draft = await wizard.currentDraft(event);
	if (page === 'consent') return draft?.status === 'draft' ? draft : null;
	if (!draft) goTo((await wizard.justSent(event)) ? '/intake/submitted' : '/intake/consent');
	if (!wizard.isEditable(draft)) goTo('/intake/submitted');
	const answers = answersOf(draft);
	const target = draft.reopen
		? reopenRedirect(answers, draft.reopen, page)
		: redirectFor(answers, page);
	if (target) goTo(target);
	return draft;
}

/** "Step 2 of 5" and the previous page, among the pages open to this draft. */
export function placeOf(draft: IntakeRow | null, page: WizardPage) {
	const answers = answersOf(draft);
	const reopen = draft?.reopen;
	const previous = reopen ? reopenPrevious(answers, reopen, page) : previousPage(answers, page);
	return {
		progress: reopen ? reopenProgress(answers, reopen, page) : progressOf(answers, page),
		backHref: localHref(previous ? pagePath(previous) : reopen ? '/intake/update' : '/')
	};
}

/** Wizard wording every step page shows (resolved here: the browser carries no message catalog). */
const PAGE_KEYS = [
	'app_name',
	'wizard_page_title',
	'intake_nav_step_of',
	'intake_nav_next',
	'intake_nav_back',
	'intake_optional_marker',
	'wizard_save_later',
	'wizard_error_summary_title',
	'wizard_condition_hint',
	'wizard_none_separator',
	'wizard_select_placeholder',
	'wizard_state_placeholder',
	'wizard_choices_count'
];

const STEP_EXTRA_KEYS: Partial<Record<StepId, string[]>> = {
	consent: ['wizard_honeypot_label'],
	conditions: ['wizard_filter_label', 'wizard_filter_help', 'wizard_filter_count'],
	about: ['intake_about_state_outside_service'],
	medications: [
		'intake_medications_kratom_reminder',
		'wizard_name_help_unknown',
		'wizard_name_help_close',
		'wizard_name_help_confirm',
		'wizard_name_help_ask',
		'wizard_name_help_keep',
		'wizard_name_help_use',
		'wizard_list_medication_heading',
		'wizard_list_supplement_heading',
		'wizard_list_add_medication',
		'wizard_list_add_supplement',
		'wizard_list_remove',
		'wizard_list_blank_rows'
	],
	'medication-details': [
		'wizard_name_check_title',
		'wizard_name_check_intro',
		'wizard_name_check_unknown',
		'wizard_name_check_confirm',
		'wizard_name_check_ask',
		'wizard_name_check_keep',
		'wizard_name_check_yes',
		'wizard_name_check_no',
		'wizard_name_check_error_heading',
		'intake_details_item_heading',
		'wizard_recognised_title',
		'wizard_recognised_intro',
		'wizard_details_questions_title',
		'wizard_details_none_needed'
	]
};

/** Everything the step page renders (texts resolved here, see texts.ts). */
export function stepPageData(step: IntakeStep, draft: IntakeRow | null) {
	const locale = getLocale();
	const answers = answersOf(draft);
	const view = toStepView(step);
	const saved = (answers[step.id] ?? {}) as Record<string, unknown>;
	const keys = [
		step.titleKey,
		step.introKey,
		...PAGE_KEYS,
		...questionTextKeys(view.questions),
		...Object.values(ERROR_KEYS),
		...(STEP_EXTRA_KEYS[step.id] ?? [])
	];
	return {
		step: view,
		values: step.id === 'medication-details' ? detailsValues(answers, locale) : saved,
		texts: resolveTexts(keys, locale),
		...placeOf(draft, step.id),
		hasDraft: draft !== null,
		locale,
		today: todayIso(),
		...stepExtras(step.id, answers, locale)
	};
}

function detailsValues(answers: DraftAnswers, locale: 'en' | 'es') {
	return {
		names: nameChecks(answers.medications, medicineMatcher, locale).map(
			({ list, index, name }) => ({
				list,
				index,
				name
			})
		),
		entries: followUpFormEntries(
			answers.medications,
			answers['medication-details'],
			medicineMatcher
		)
	};
}

function stepExtras(id: StepId, answers: DraftAnswers, locale: 'en' | 'es') {
	switch (id) {
		case 'consent':
			return { notice: wizard.privacyNotice(locale) };
		case 'about':
			return {
				serviceStates: config.SERVICE_STATES,
				// State names are proper nouns, the same in every language (us-states.ts).
				states: Object.entries(US_STATES).map(([value, label]) => ({ value, label }))
			};
		case 'medications':
			return {
				kratomReminder:
					answers.health?.kratomUse === 'yes' &&
					!recognisedLines(answers.medications, locale).some((r) => r.kratom)
			};
		case 'medication-details':
			return {
				nameChecks: nameChecks(answers.medications, medicineMatcher, locale),
				followUps: followUpItems(answers.medications, medicineMatcher),
				recognised: recognisedLines(answers.medications, locale)
			};
		default:
			return {};
	}
}

/** A posted step: the values as parsed, and either the validated data or the field errors. */
export async function checkStep(step: IntakeStep, form: FormLike, answers: DraftAnswers) {
	const values = parseStepForm(step.questions, form);
	// strict: a missing answer is an error, never filled with a default (superforms would otherwise
	// read an unticked consent box as 'accepted' and an unanswered yes/no as 'yes').
	const checked = await superValidate(values, zod4(step.schema), {
		id: step.id,
		errors: true,
		strict: true
	});
	const data = checked.data as Record<string, unknown>;
	let errors: FieldErrors = checked.valid ? {} : nestedToErrors(checked.errors);
	if (checked.valid && step.id === 'medication-details') {
		errors = issuesToErrors([
			...nameCheckIssues(answers.medications, data.names as NameAnswer[], medicineMatcher),
			...followUpIssues(answers.medications, data, medicineMatcher)
		]);
	}
	return { values, data, errors };
}

/**
 * Too many step posts from this draft or address: a plain "please wait" page (429) that says how
 * long, in minutes.
 */
export function tooManyPosts(event: RequestEvent, seconds: number): never {
	event.setHeaders({ 'Retry-After': String(seconds) });
	error(429, `Too many pages sent. Please wait ${Math.ceil(seconds / 60)} minutes and try again.`);
}

/** The form again with one more row in `list`, without saving (the no-JS "Add another"). */
export function withExtraRow(step: IntakeStep, form: FormLike, list: string) {
	const { values, rows } = unsaved(step, form);
	const listed = Array.isArray(values[list]) ? (values[list] as unknown[]).length : 0;
	const max = step.questions.find((q) => q.key === list)?.max ?? 0;
	if (list in rows) rows[list] = Math.min(Math.max(rows[list] ?? 0, listed) + 1, max + 1);
	return { values, errors: {} as FieldErrors, rows, focus: `${list}.${listed}` };
}

/**
 * The step shown again with what was posted, unsaved and without errors: the answer to the
 * language switch (the post goes to the other language's URL, so the page comes back in it).
 * Nothing is saved: switching language is not consent, and half-typed answers are not checked yet.
 */
export function unsaved(step: IntakeStep, form: FormLike) {
	const values = parseStepForm(step.questions, form);
	const rows = postedRowCounts(step.questions, form);
	return { values, errors: {} as FieldErrors, rows, focus: undefined as string | undefined };
}

/**
 * Saves a valid step. The consent step of a patient without a draft starts one (the consent
 * record); returns the answers after the save.
 */
export async function saveValidStep(
	event: RequestEvent,
	step: IntakeStep,
	data: Record<string, unknown>,
	draft: IntakeRow | null
): Promise<DraftAnswers> {
	if (!draft) {
		const started = await wizard.startDraft(event, data as Parameters<typeof wizard.startDraft>[1]);
		if (started === 'throttled') error(429, 'Too many new forms from this network.');
		return { consent: data } as DraftAnswers;
	}
	const { values, also } = toSave(step.id, data, answersOf(draft));
	const saved = await wizard.saveStep(event, draft, step.id, values, also);
	if (!saved) goTo('/intake/submitted');
	return saved;
}

/**
 * What saving a step stores: the medicines step keeps the name marks only where the names did not
 * change (keepNameMarks); the medicine-details step applies the answers to its name questions to
 * the medicine lists (applyNameAnswers) and keeps only the follow-up answers itself.
 */
export function toSave(stepId: StepId, data: Record<string, unknown>, answers: DraftAnswers) {
	if (stepId === 'medications' && answers.medications) {
		return { values: keepNameMarks(data, answers.medications), also: {} };
	}
	if (stepId === 'medication-details') {
		const { names, ...values } = data;
		const medications = answers.medications;
		if (!medications) return { values, also: {} };
		const named = applyNameAnswers(medications, names as NameAnswer[] | undefined, medicineMatcher);
		if (named === medications) return { values, also: {} };
		const entries = Array.isArray(values.entries) ? (values.entries as FollowUpAnswer[]) : [];
		return {
			values: {
				...values,
				entries: followUpsAfterNames(medications, named, entries, medicineMatcher)
			},
			also: { medications: named }
		};
	}
	return { values: data, also: {} };
}
