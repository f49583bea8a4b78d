// Opioid precedence (RULEBOOK §1.1): for each opioid entry, at most one of R01-R05 fires.
//
// Why here and not in each rule: the five rules partition one decision. Computing the disposition
// once per entry makes the exclusivity structural (an entry has exactly one disposition), and gives
// screen() the washout end dates it needs for eligibleFrom.
//
// Conservative readings of gaps in the rulebook (all err towards a stronger flag):
// - A current opioid with no frequency answer is treated as scheduled (R01).
// - A current long-acting or depot product (methadone, buprenorphine, ER/LA tablets, patches) is
//   maintenance by nature: R01 even if the patient ticked "as needed". Kratom is on the long-acting
//   list only for its washout length (D7), so as-needed kratom goes down the washout path.
// - A last-dose date in the future reads as "within the washout" (R02).
import { plusDays } from '../dates';
import { params } from '../params';
import type { OpioidAssessment, OpioidDisposition, ResolvedMedication } from '../types';
import { hasTag } from './common';

export function washoutOf(med: ResolvedMedication): OpioidAssessment['washout'] {
	if (hasTag(med, 'kratom')) return params.kratom.washout;
	// An opioid without a washout tag in the catalog gets the longer default.
	return med.entry?.washout ?? 'LA';
}

export function clearDays(washout: OpioidAssessment['washout']): number {
	if (washout === 'DEPOT') return params.washout.depotBuprenorphine.clearDays;
	if (washout === 'LA') return params.washout.longActing.clearDays;
	return params.washout.shortActing.clearDays;
}

function minDays(washout: OpioidAssessment['washout']): number {
	return washout === 'SA' ? params.washout.shortActing.minDays : clearDays(washout);
}

function isScheduled(med: ResolvedMedication, washout: OpioidAssessment['washout']): boolean {
	if (med.frequency !== 'as-needed') return true;
	if (med.route === 'patch') return true;
	return washout !== 'SA' && !hasTag(med, 'kratom');
}

function disposition(
	med: ResolvedMedication,
	washout: OpioidAssessment['washout']
): OpioidDisposition | undefined {
	if (med.status === 'current' && isScheduled(med, washout)) return 'opioid-scheduled-use';
	const days = med.daysSinceLastDose;
	// D8: a missing last-dose date is treated as within the washout.
	if (days === undefined || days < minDays(washout)) return 'opioid-washout-incomplete';
	if (days < clearDays(washout)) return 'opioid-washout-borderline';
	if (med.status === 'current') return 'opioid-prn-ongoing';
	if (days <= params.opioidHistory.lookbackDays) return 'opioid-washout-complete';
	return undefined;
}

/** The R01-R05 disposition of one opioid entry and the day its washout is clear. */
export function assessOpioid(med: ResolvedMedication): OpioidAssessment {
	const washout = washoutOf(med);
	const assessment: OpioidAssessment = { med, washout, disposition: disposition(med, washout) };
	if (med.lastDoseDate !== undefined) {
		assessment.clearFrom = plusDays(med.lastDoseDate, clearDays(washout));
	}
	return assessment;
}
