// Checking medicine names with the patient (issue 12, item 3). Some listed names are worth a
// question on the medicine-details step before anything is read from them:
// - 'unknown': the matcher did not recognise the name, but medicine names close to it exist
//   ("atrovastin": atorvastatin?);
// - 'confirm': the matcher took a misspelt name for a medicine that a screening rule reads
//   ("humra" → Humira, a biologic): a guess like that must not raise a flag unconfirmed;
// - 'ask': the name is as close to two medicines that rules read differently.
// The patient picks one of the names offered, or keeps the name as written. A pick replaces the
// listed name and keeps what was typed (`typedName`); keeping it marks the entry (`nameChecked`),
// so it is not asked again, and tells the screening that the patient said the guess is wrong (a
// 'confirm' kept as written is read as unrecognised: held for a clinician, never flagged).
// The matcher is passed in, as in follow-up.ts: the browser never carries the vocabulary.
import { ERROR_KEYS as E } from './errors';
import {
	followUpItems,
	type FollowUpIssue,
	type Matcher,
	type MatchLike,
	type MedicationsLike
} from './follow-up';
import { KEEP_NAME, NAME_KEPT, type MedicationListName, type Route } from './values';

export { KEEP_NAME, NAME_KEPT };

export type NameCheckKind = 'unknown' | 'confirm' | 'ask';

export interface NameCheck {
	readonly list: MedicationListName;
	readonly index: number;
	/** The name as listed. */
	readonly name: string;
	readonly kind: NameCheckKind;
	/** The names offered, in the page's language where there is one. */
	readonly candidates: readonly string[];
}

/** A listed entry, as far as checking its name goes. */
export interface NamedEntry {
	readonly name: string;
	readonly route?: Route;
	readonly typedName?: string;
	readonly nameChecked?: string;
}

export type Locale = 'en' | 'es';

/** What, if anything, to ask about one match: the kind of question and the names to offer. */
export function nameQuestion(
	match: MatchLike
): { kind: NameCheckKind; candidates: readonly string[] } | undefined {
	if (match.status === 'matched' && match.confirm && match.fuzzy) {
		return { kind: 'confirm', candidates: [match.fuzzy.name] };
	}
	const offered = match.suggestions ?? [];
	if (offered.length === 0) return undefined;
	if (match.status === 'ambiguous') return { kind: 'ask', candidates: offered };
	if (match.status === 'unrecognised') return { kind: 'unknown', candidates: offered };
	return undefined;
}

const lists = ['medications', 'supplements'] as const;

/** Every listed entry whose name is to be checked with the patient, in list order. */
export function nameChecks(
	medications: MedicationsLike | undefined,
	match: Matcher,
	locale: Locale = 'en'
): NameCheck[] {
	const checks: NameCheck[] = [];
	for (const list of lists) {
		(medications?.[list] ?? []).forEach((entry, index) => {
			const named = entry as NamedEntry | undefined;
			if (typeof named?.name !== 'string' || named.nameChecked === NAME_KEPT) return;
			const found = nameQuestion(
				match(named.name, { ...(named.route && { route: named.route }), locale })
			);
			if (found) checks.push({ list, index, name: named.name, ...found });
		});
	}
	return checks;
}

/** True when some listed name is still to be checked with the patient. */
export const needsNameCheck = (medications: MedicationsLike | undefined, match: Matcher) =>
	nameChecks(medications, match).length > 0;

/** One answer to a name question, as posted (loosely typed: a draft may be stale). */
export interface NameAnswer {
	readonly list?: string;
	readonly index?: number;
	readonly name?: string;
	readonly choice?: string;
}

/** The names a check accepts: those offered in either language (the page may have switched). */
function accepted(check: NameCheck, medications: MedicationsLike | undefined, match: Matcher) {
	const other = nameChecks(medications, match, 'es').find(
		(c) => c.list === check.list && c.index === check.index
	);
	return new Set([...check.candidates, ...(other?.candidates ?? []), KEEP_NAME]);
}

/**
 * What is wrong with the answers to the name questions: an answer for an entry that has no
 * question (or whose name changed since), a choice that was not offered, or a question without an
 * answer. Paths are relative to the medicine-details step's answers (`names.N.choice`).
 */
export function nameCheckIssues(
	medications: MedicationsLike | undefined,
	answers: readonly NameAnswer[] | undefined,
	match: Matcher
): FollowUpIssue[] {
	const checks = nameChecks(medications, match);
	const issues: FollowUpIssue[] = [];
	const answered = new Set<NameCheck>();
	(answers ?? []).forEach((answer, i) => {
		const check = checks.find((c) => c.list === answer.list && c.index === answer.index);
		if (!check || answered.has(check) || answer.name !== check.name) {
			issues.push({ path: ['names', i], message: E.followUpMismatch });
			return;
		}
		answered.add(check);
		if (typeof answer.choice !== 'string' || answer.choice === '') {
			issues.push({ path: ['names', i, 'choice'], message: E.required });
		} else if (!accepted(check, medications, match).has(answer.choice)) {
			issues.push({ path: ['names', i, 'choice'], message: E.invalidChoice });
		}
	});
	if (checks.some((c) => !answered.has(c))) {
		issues.push({ path: ['names'], message: E.followUpMismatch });
	}
	return issues;
}

/**
 * The medicine lists with the patient's answers applied: a picked name replaces the listed one
 * (the first name typed is kept in `typedName`), a name kept as written is marked `nameChecked`.
 * Answers that do not fit (see nameCheckIssues) are ignored; the lists are otherwise unchanged.
 */
export function applyNameAnswers<M extends MedicationsLike>(
	medications: M,
	answers: readonly NameAnswer[] | undefined,
	match: Matcher
): M {
	if (!answers || answers.length === 0) return medications;
	const checks = nameChecks(medications, match);
	const result = { ...medications } as Record<string, unknown>;
	for (const list of lists) {
		const entries = medications[list];
		if (!entries) continue;
		result[list] = entries.map((entry, index) => {
			const check = checks.find((c) => c.list === list && c.index === index);
			const answer = answers.find(
				(a) => a.list === list && a.index === index && a.name === check?.name
			);
			if (!check || typeof answer?.choice !== 'string') return entry;
			if (answer.choice === KEEP_NAME) return { ...entry, nameChecked: NAME_KEPT };
			if (!accepted(check, medications, match).has(answer.choice)) return entry;
			const named = entry as NamedEntry;
			return { ...entry, name: answer.choice, typedName: named.typedName ?? named.name };
		});
	}
	return result as M;
}

/**
 * The medicine lists as posted on the medicines step, with `typedName` and `nameChecked` kept only
 * where the saved entry had the same name and the same marks: a name changed by the patient since
 * is a new answer, and marks cannot be posted into existence.
 */
export function keepNameMarks<M extends MedicationsLike>(
	posted: M,
	saved: MedicationsLike | undefined
): M {
	const result = { ...posted } as Record<string, unknown>;
	for (const list of lists) {
		const entries = posted[list];
		if (!entries) continue;
		const before = (saved?.[list] ?? []) as readonly NamedEntry[];
		result[list] = entries.map((entry) => {
			const { typedName, nameChecked, ...rest } = entry as unknown as NamedEntry &
				Record<string, unknown>;
			if (typedName === undefined && nameChecked === undefined) return entry;
			const same = before.some(
				(b) => b?.name === rest.name && b.typedName === typedName && b.nameChecked === nameChecked
			);
			return same ? entry : rest;
		});
	}
	return result as M;
}

/** One follow-up answer of the medicine-details step, loosely typed. */
export interface FollowUpAnswer {
	readonly list?: string;
	readonly index?: number;
	readonly name?: string;
}

/**
 * The follow-up answers once the name answers are applied (`before` → `after`): an answer about a
 * renamed entry follows it (the last dose given for "tramadl" is the last dose of tramadol), and an
 * answer about an entry that needs no follow-up any more (a name the patient said is not that
 * medicine) is dropped.
 */
export function followUpsAfterNames<E extends FollowUpAnswer>(
	before: MedicationsLike,
	after: MedicationsLike,
	entries: readonly E[],
	match: Matcher
): E[] {
	const items = followUpItems(after, match);
	return entries.flatMap((entry) => {
		const list = entry.list as MedicationListName;
		const index = entry.index ?? -1;
		const was = before[list]?.[index];
		const now = after[list]?.[index];
		const name = was && now && entry.name === was.name ? now.name : entry.name;
		const fits = items.some(
			(it) => it.list === list && it.index === index && (name ?? it.name) === it.name
		);
		return fits ? [{ ...entry, ...(name !== undefined && { name }) }] : [];
	});
}
