// Builds what every rule reads: each medication and supplement entry joined with its follow-up
// answers and its catalog match, the patient's age, and the opioid dispositions (R01-R05).
import { followUpLookup, type IntakeAnswers } from '../intake';
import { daysFrom, yearsFrom } from './dates';
import { isOpioid, matchMedication, type MedicationMatch } from './match';
import { assessOpioid } from './rules/washout';
import type { MedicationClass } from './match';
import type { ListName, ResolvedMedication, RuleContext } from './types';

// Matching is the costliest step of a screening, and the same names ("gabapentin", "Humira pen")
// recur across intakes. The matcher is a pure function of (text, route), so its results are kept
// in a bounded map; the map is emptied when full, which keeps memory flat and results unchanged.
// Match objects never leave the engine (evidence copies their fields), so sharing them is safe.
// Keyed by route, then by the name as typed: the name strings come straight from the answers, so a
// lookup hashes a string once instead of building a fresh composite key for every entry.
const MATCH_CACHE_LIMIT = 5000;
const matchCache = new Map<Entry['route'], Map<string, MedicationMatch>>();
let cachedMatches = 0;

/** Empties the match cache (benchmarks measure the first sighting of a name with it). */
export function clearMatchCache(): void {
	matchCache.clear();
	cachedMatches = 0;
}

function match(name: string, route: Entry['route']): MedicationMatch {
	let byName = matchCache.get(route);
	let found = byName?.get(name);
	if (found === undefined) {
		if (cachedMatches >= MATCH_CACHE_LIMIT) clearMatchCache();
		byName = matchCache.get(route);
		if (byName === undefined) matchCache.set(route, (byName = new Map()));
		found = matchMedication(name, { route });
		byName.set(name, found);
		cachedMatches++;
	}
	return found;
}

type Entry = IntakeAnswers['medications']['medications'][number];

/**
 * A misspelt name read as a medicine that a rule reads, which the patient, asked, said is not that
 * medicine (kept the name as written): unrecognised, so held for a clinician (E1) and never flagged.
 * Any other match is kept as it is: the answer only confirms what the matcher did not guess.
 */
function patientSaidNo(found: MedicationMatch): MedicationMatch {
	if (!found.confirm || !found.fuzzy) return found;
	return {
		input: found.input,
		normalised: found.normalised,
		status: 'unrecognised',
		method: 'none',
		explanation:
			`read as ${found.fuzzy.name} (fuzzy, distance ${found.fuzzy.distance}), but the patient ` +
			'said it is not that medicine',
		drugLike: true
	};
}
type FollowUp = NonNullable<IntakeAnswers['medication-details']>['entries'][number];

/** One entry joined with its follow-up (the intake's followUpLookup) and its catalog match. */
function resolve(
	list: ListName,
	index: number,
	entry: Entry,
	followUp: FollowUp | undefined,
	today: string
): ResolvedMedication {
	const nameKept = entry.nameChecked === 'kept';
	const found = nameKept
		? patientSaidNo(match(entry.name, entry.route))
		: match(entry.name, entry.route);
	const med: ResolvedMedication = {
		list,
		index,
		name: entry.name,
		route: entry.route,
		status: entry.status,
		match: found
	};
	if (entry.typedName !== undefined) med.typedName = entry.typedName;
	if (nameKept) med.nameKept = true;
	if (entry.dose !== undefined) med.dose = entry.dose;
	if (entry.reason !== undefined) med.reason = entry.reason;
	if (followUp?.frequency !== undefined) med.frequency = followUp.frequency;
	if (followUp?.dailyAmountMg !== undefined) med.dailyAmountMg = followUp.dailyAmountMg;
	if (followUp?.courseDays !== undefined) med.courseDays = followUp.courseDays;
	if (followUp?.lastDoseDate !== undefined) {
		med.lastDoseDate = followUp.lastDoseDate;
		med.daysSinceLastDose = daysFrom(followUp.lastDoseDate, today);
	}
	if (found.status === 'matched' && found.entry) med.entry = found.entry;
	return med;
}

export function buildContext(answers: IntakeAnswers, today: string): RuleContext {
	const followUpOf = followUpLookup(answers['medication-details']);
	const meds: ResolvedMedication[] = [];
	for (const list of ['medications', 'supplements'] as const) {
		answers.medications[list].forEach((entry, index) => {
			meds.push(resolve(list, index, entry, followUpOf(list, index), today));
		});
	}
	const byClass = new Map<MedicationClass, ResolvedMedication[]>();
	for (const med of meds) {
		for (const cls of med.entry?.classes ?? []) {
			const same = byClass.get(cls);
			if (same === undefined) byClass.set(cls, [med]);
			else if (same.at(-1) !== med) same.push(med);
		}
	}
	const opioids = meds
		.filter((med) => med.entry !== undefined && isOpioid(med.entry))
		.map(assessOpioid);
	const ageYears = yearsFrom(answers.about.dateOfBirth, today);
	return { answers, today, ageYears, meds, byClass, opioids };
}
