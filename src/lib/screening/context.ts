// Builds what every rule reads: each medication and supplement entry joined with its follow-up
// answers and its catalog match, the patient's age, and the opioid dispositions (R01-R05).
import { ageOn, type IntakeAnswers } from '../intake';
import { daysFrom } from './dates';
import { isOpioid, matchMedication } from './match';
import { assessOpioid } from './rules/washout';
import type { ListName, ResolvedMedication, RuleContext } from './types';

type Entry = IntakeAnswers['medications']['medications'][number];
type FollowUp = NonNullable<IntakeAnswers['medication-details']>['entries'][number];

// The same join as the intake's medicationEntries(), written out: the engine runs it for every
// entry of every screening, and a Map lookup keeps it linear.
function resolve(
	list: ListName,
	index: number,
	entry: Entry,
	followUp: FollowUp | undefined,
	today: string
): ResolvedMedication {
	const match = matchMedication(entry.name, { route: entry.route });
	const med: ResolvedMedication = {
		list,
		index,
		name: entry.name,
		route: entry.route,
		status: entry.status,
		match
	};
	if (entry.dose !== undefined) med.dose = entry.dose;
	if (entry.reason !== undefined) med.reason = entry.reason;
	if (followUp?.frequency !== undefined) med.frequency = followUp.frequency;
	if (followUp?.dailyAmountMg !== undefined) med.dailyAmountMg = followUp.dailyAmountMg;
	if (followUp?.courseDays !== undefined) med.courseDays = followUp.courseDays;
	if (followUp?.lastDoseDate !== undefined) {
		med.lastDoseDate = followUp.lastDoseDate;
		med.daysSinceLastDose = daysFrom(followUp.lastDoseDate, today);
	}
	if (match.status === 'matched' && match.entry) med.entry = match.entry;
	return med;
}

export function buildContext(answers: IntakeAnswers, today: string): RuleContext {
	const followUps = new Map<string, FollowUp>();
	for (const f of answers['medication-details']?.entries ?? []) {
		const key = `${f.list}#${f.index}`;
		// The first follow-up for an entry wins, as in the intake's medicationEntries().
		if (!followUps.has(key)) followUps.set(key, f);
	}
	const meds: ResolvedMedication[] = [];
	for (const list of ['medications', 'supplements'] as const) {
		answers.medications[list].forEach((entry, index) => {
			meds.push(resolve(list, index, entry, followUps.get(`${list}#${index}`), today));
		});
	}
	const opioids = meds
		.filter((med) => med.entry !== undefined && isOpioid(med.entry))
		.map(assessOpioid);
	return { answers, today, ageYears: ageOn(answers.about.dateOfBirth, today), meds, opioids };
}
