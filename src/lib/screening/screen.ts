// screen(): evaluates every rule over one intake and derives the triage.
//
// Pure by design: no clock (the caller passes `today`), no randomness, no I/O. The same answers and
// options always give a deep-equal result, and the answers are never mutated. A clinician relies on
// re-screening a stored intake with its stored ruleset version and getting the same flags.
import type { IntakeAnswers } from '../intake';
import { buildContext } from './context';
import { isIsoDay } from './dates';
import { collectNotes } from './notes';
import { params, RULESET_VERSION } from './params';
import { rules } from './rules';
import type {
	Flag,
	MedicineReading,
	Note,
	RuleContext,
	ScreenOptions,
	ScreeningResult,
	Severity,
	Triage
} from './types';

/** The flags that may stand between a patient and an "eligible" result only until a date. */
const WASHOUT_RULES = new Set(['opioid-washout-incomplete', 'opioid-washout-borderline']);
/** An empty list shared by every reading of an unknown name (frozen, like the catalog's lists). */
const NOTHING: readonly never[] = Object.freeze([]);

function evaluate(ctx: RuleContext): Flag[] {
	// One list per severity, filled in rulebook order: flags come out by severity and, within a
	// severity, in rulebook order (what a stable sort would give, without sorting).
	const bySeverity: Record<Severity, Flag[]> = { contraindication: [], caution: [], info: [] };
	for (const rule of rules) {
		const evidence = rule.test(ctx);
		if (evidence.length === 0) continue;
		bySeverity[rule.severity].push({
			rule: rule.id,
			ref: rule.ref,
			severity: rule.severity,
			title: rule.title,
			evidence,
			clinicianMessage: rule.clinicianMessage(evidence, ctx),
			patientMessageKey: rule.patientMessageKey,
			sources: rule.sources
		});
	}
	return bySeverity.contraindication.concat(bySeverity.caution, bySeverity.info);
}

function reading(med: RuleContext['meds'][number]): MedicineReading {
	// A catalog medicine or one of the wider vocabulary; never a look-alike or a guess.
	const { status, entry } = med.match;
	const known = entry !== undefined && (status === 'matched' || status === 'recognised');
	const read: MedicineReading = {
		list: med.list,
		index: med.index,
		typed: med.name,
		status,
		ingredients: known ? entry.ingredients : NOTHING,
		classes: known ? entry.classes : NOTHING
	};
	if (known) read.generic = entry.generic;
	return read;
}

function triageOf(flags: Flag[]): Triage {
	if (flags.some((f) => f.severity === 'contraindication')) return 'not-eligible-now';
	if (flags.some((f) => f.severity === 'caution')) return 'review';
	return 'eligible';
}

/** params.engine E1: a name nobody could place keeps an otherwise clear intake for review. */
function holdUnrecognised(triage: Triage, notes: Note[]): Triage {
	const unplaced = notes.some(
		(n) => n.kind === 'unrecognised-medication' || n.kind === 'ambiguous-medication'
	);
	return triage === 'eligible' && unplaced && params.engine.unrecognisedMedicationNeedsReview
		? 'review'
		: triage;
}

/**
 * The day the last opioid washout ends, if washout flags (R02, R03) are the only contraindications
 * and cautions and every one of them has a last-dose date. The candidate day is checked by screening
 * the same answers on that day, which catches what will still stand in the way then: an opioid kept
 * for occasional use (R04) or a procedure that moves into the look-ahead window (R33).
 */
function washoutEnd(
	ctx: RuleContext,
	flags: Flag[],
	answers: IntakeAnswers,
	options: ScreenOptions
) {
	const blocking = flags.filter((f) => f.severity !== 'info');
	if (blocking.length === 0 || !blocking.every((f) => WASHOUT_RULES.has(f.rule))) return undefined;
	const ends: string[] = [];
	for (const flag of blocking) {
		for (const e of flag.evidence) {
			const end =
				e.kind === 'medication'
					? ctx.opioids.find((a) => a.med.list === e.list && a.med.index === e.index)?.clearFrom
					: undefined;
			if (end === undefined) return undefined;
			ends.push(end);
		}
	}
	const candidate = ends.sort().at(-1);
	if (candidate === undefined) return undefined;
	return run(answers, { ...options, today: candidate }, false).triage === 'eligible'
		? candidate
		: undefined;
}

function run(
	answers: IntakeAnswers,
	options: ScreenOptions,
	withEligibleFrom: boolean
): ScreeningResult {
	if (!isIsoDay(options.today)) {
		throw new RangeError(`screen(): today must be a 'YYYY-MM-DD' date, got '${options.today}'`);
	}
	const ctx = buildContext(answers, options.today);
	const flags = evaluate(ctx);
	const notes = collectNotes(ctx, options.serviceStates);
	const result: ScreeningResult = {
		triage: holdUnrecognised(triageOf(flags), notes),
		flags,
		notes,
		medicines: ctx.meds.map(reading),
		rulesetVersion: RULESET_VERSION
	};
	const eligibleFrom = withEligibleFrom ? washoutEnd(ctx, flags, answers, options) : undefined;
	if (eligibleFrom !== undefined) result.eligibleFrom = eligibleFrom;
	return result;
}

/** Screens one complete intake on the given day: flags with evidence, notes and the triage. */
export function screen(answers: IntakeAnswers, options: ScreenOptions): ScreeningResult {
	return run(answers, options, true);
}
