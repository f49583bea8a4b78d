// Which medication entries need follow-up questions (the 'medication-details' step), and which.
// The screening rules need more than a name for some medicines: opioid washout needs how often and
// the last dose; loperamide and naltrexone need the daily amount; a stopped biologic needs when it
// was last given; a stopped systemic steroid needs how long the course lasted and when it ended.
// Matching is done by the screening engine's catalog matcher, injected (matcher.ts), with the
// entry's route as the engine does, so the questions asked and the rules that read the answers
// always agree. Every function takes the matcher as an argument rather than importing the
// catalog: the step model imports this module, and the browser's copy of the step model
// (client-side validation) must not carry the medicine catalog. The server computes which entries
// need follow-up and sends that as page data; the tests pass a fake matcher.
import { ERROR_KEYS as E } from './errors';
import { isBlank } from './schema';
import type { MedicationListName, Route } from './values';

/** The parts of a catalog match this module reads (structurally a `MedicationMatch`). */
/** How a name was read (the screening engine's matcher says which; see its MedicationMatch). */
export type MatchStatus =
	'matched' | 'lookalike' | 'recognised' | 'ambiguous' | 'unrecognised' | 'empty';

/** What the questionnaire needs of a match: the one declaration of its shape. */
export interface MatchLike {
	readonly status: MatchStatus;
	readonly entry?: {
		readonly classes: readonly string[];
		readonly tags?: readonly string[];
		readonly ingredients: readonly string[];
	};
	/** A misspelt name read as a medicine that a rule reads: the patient confirms it (name-check.ts). */
	readonly confirm?: boolean;
	/** The name a misspelt name was taken for. */
	readonly fuzzy?: { readonly name: string };
	/** Names to offer: for an ambiguous name, and for an unrecognised one that is close to some. */
	readonly suggestions?: readonly string[];
}

export type Matcher = (
	text: string,
	options?: { route?: Route; locale?: 'en' | 'es' }
) => MatchLike;

export type FollowUpFieldName = 'frequency' | 'lastDoseDate' | 'dailyAmountMg' | 'courseDays';

export interface FollowUpField {
	readonly field: FollowUpFieldName;
	/** A required field must be answered; the others may be left blank ("not sure"). */
	readonly required: boolean;
}

export interface EntryLike {
	readonly name: string;
	readonly status: 'current' | 'stopped';
	readonly route?: Route;
	/** 'kept': the patient was asked about the name and kept it as written (name-check.ts). */
	readonly nameChecked?: string;
}

const OPIOID_CLASSES = ['opioid-agonist', 'opioid-partial-agonist'];

/**
 * The match of a listed entry, as every reader of the lists takes it: a misspelt name read as a
 * medicine a rule reads, that the patient said is not that medicine (kept as written), is
 * unrecognised; the screening reads it the same way (screening/context.ts).
 */
export function entryMatch(
	entry: { readonly name: string; readonly route?: Route; readonly nameChecked?: string },
	match: Matcher
): MatchLike {
	const found = match(entry.name, entry.route ? { route: entry.route } : {});
	return entry.nameChecked === 'kept' && found.confirm ? { status: 'unrecognised' } : found;
}

/** The follow-up fields asked for one medication or supplement entry (empty: none). */
export function followUpFieldsFor(entry: EntryLike, match: MatchLike): FollowUpField[] {
	const catalog = match.status === 'matched' ? match.entry : undefined;
	if (!catalog) return [];
	const has = (cls: string) => catalog.classes.includes(cls);
	const tagged = (tag: string) => catalog.tags?.includes(tag) ?? false;
	const isLoperamide = tagged('loperamide') || catalog.ingredients.includes('loperamide');
	const isNaltrexone = has('naltrexone-product');
	const isVivitrol = tagged('vivitrol');
	const stopped = entry.status === 'stopped';

	// Only the last dose date of an opioid, kratom or naltrexone entry is required (RULEBOOK 0.2,
	// D8). The rest may be skipped; the rules then read a missing frequency as scheduled and a
	// missing daily amount as high, the safe side.
	if (OPIOID_CLASSES.some(has) || tagged('kratom') || isNaltrexone) {
		return [
			{ field: 'frequency', required: false },
			{ field: 'lastDoseDate', required: true },
			...(isNaltrexone && !isVivitrol ? [{ field: 'dailyAmountMg', required: false } as const] : [])
		];
	}
	if (isLoperamide) {
		return [
			{ field: 'frequency', required: false },
			{ field: 'dailyAmountMg', required: false }
		];
	}
	if (stopped && has('corticosteroid-systemic')) {
		return [
			{ field: 'courseDays', required: false },
			{ field: 'lastDoseDate', required: false }
		];
	}
	if (stopped && has('biologic')) return [{ field: 'lastDoseDate', required: false }];
	return [];
}

/** One entry that needs follow-up, as the 'medication-details' step asks about it. */
export interface FollowUpItem {
	readonly list: MedicationListName;
	readonly index: number;
	readonly name: string;
	readonly fields: readonly FollowUpField[];
}

export interface MedicationsLike {
	readonly medications?: readonly EntryLike[];
	readonly supplements?: readonly EntryLike[];
}

/** Every entry of the medications step that needs follow-up, in list order. */
export function followUpItems(
	medications: MedicationsLike | undefined,
	match: Matcher
): FollowUpItem[] {
	const items: FollowUpItem[] = [];
	for (const listName of ['medications', 'supplements'] as const) {
		(medications?.[listName] ?? []).forEach((entry, index) => {
			// A stale draft row without a name (the schema requires one) needs no follow-up.
			if (typeof entry?.name !== 'string') return;
			const fields = followUpFieldsFor(entry, entryMatch(entry, match));
			if (fields.length > 0) items.push({ list: listName, index, name: entry.name, fields });
		});
	}
	return items;
}

/** The answers of the 'medication-details' step, loosely typed (a draft may be stale). */
interface DetailsLike {
	readonly entries?: readonly {
		readonly list?: string;
		readonly index?: number;
		readonly name?: string;
		readonly [field: string]: unknown;
	}[];
}

export interface FollowUpIssue {
	/** Relative to the 'medication-details' step's answers. */
	readonly path: (string | number)[];
	readonly message: string;
}

/**
 * What is wrong with the follow-up answers for these medications: an entry with a required
 * follow-up field has no answers, a required field is blank, or an answer points at an entry that
 * changed since (by position or by name) or needs no follow-up. Empty when the answers fit.
 */
export function followUpIssues(
	medications: MedicationsLike | undefined,
	details: DetailsLike | undefined,
	match: Matcher
): FollowUpIssue[] {
	const items = followUpItems(medications, match);
	const entries = details?.entries ?? [];
	const issues: FollowUpIssue[] = [];
	const answered = new Set<FollowUpItem>();
	entries.forEach((entry, i) => {
		const item = items.find((it) => it.list === entry.list && it.index === entry.index);
		if (!item || answered.has(item) || (entry.name !== undefined && entry.name !== item.name)) {
			issues.push({ path: ['entries', i], message: E.followUpMismatch });
			return;
		}
		answered.add(item);
		for (const { field, required } of item.fields) {
			if (required && isBlank(entry[field])) {
				issues.push({ path: ['entries', i, field], message: E.required });
			}
		}
	});
	if (items.some((item) => !answered.has(item) && hasRequiredField(item))) {
		issues.push({ path: ['entries'], message: E.followUpMismatch });
	}
	return issues;
}

/**
 * The follow-up entries to show on the 'medication-details' form: one per entry that needs
 * follow-up, in list order, with the answers already saved for that same entry (if any). An entry
 * is the same by position and name or, when rows above it were removed or added, by name: the
 * answers follow the medicine, never the position.
 */
export function followUpFormEntries(
	medications: MedicationsLike | undefined,
	details: DetailsLike | undefined,
	match: Matcher
): Record<string, unknown>[] {
	const items = followUpItems(medications, match);
	const entries = details?.entries ?? [];
	const used = new Set<(typeof entries)[number]>();
	const take = (found: (typeof entries)[number] | undefined) => {
		if (found) used.add(found);
		return found;
	};
	const exact = items.map((item) =>
		take(
			entries.find(
				(e) =>
					!used.has(e) &&
					e.list === item.list &&
					e.index === item.index &&
					(e.name ?? item.name) === item.name
			)
		)
	);
	return items.map((item, i) => {
		const saved =
			exact[i] ??
			take(entries.find((e) => !used.has(e) && e.list === item.list && e.name === item.name));
		return { ...saved, list: item.list, index: item.index, name: item.name };
	});
}

/** True when some listed entry has a follow-up question that must be answered. */
export function needsRequiredFollowUp(
	medications: MedicationsLike | undefined,
	match: Matcher
): boolean {
	return followUpItems(medications, match).some(hasRequiredField);
}

const hasRequiredField = (item: FollowUpItem) => item.fields.some((f) => f.required);

/** True when some listed entry needs follow-up (the 'medication-details' step applies). */
export function needsFollowUp(medications: MedicationsLike | undefined, match: Matcher): boolean {
	return followUpItems(medications, match).length > 0;
}
