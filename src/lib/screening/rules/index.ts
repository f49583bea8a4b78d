// The rule table in rulebook order (R01-R35). screen() evaluates every rule and sorts flags by
// severity, then by this order.
import type { Rule } from '../types';
import { naltrexoneDuplicate, otherOpioidAntagonist, ldnCurrentUser } from './antagonists';
import {
	biologicTherapy,
	immunomodulatorInfo,
	immunosuppressantTherapy,
	jakInhibitorTherapy,
	msDmt,
	systemicCorticosteroid
} from './immune';
import { psychiatricHighRisk, sleepDisturbance } from './mental-sleep';
import {
	kratomUse,
	opioidPrnOngoing,
	opioidScheduledUse,
	opioidWashoutBorderline,
	opioidWashoutComplete,
	opioidWashoutIncomplete,
	oudHistory,
	oudMaintenanceTherapy
} from './opioids';
import {
	kidneyImpairment,
	liverDiseaseChronic,
	liverFailureOrAcuteHepatitis,
	transplantRecipient
} from './organs';
import {
	alcoholHeavyUse,
	chronicInfectionFlareRisk,
	naltrexoneHypersensitivity,
	naltrexoneLabelInteraction,
	plannedSurgeryOrProcedure
} from './other';
import { loperamideHighDose, peripheralOpioidAntidiarrheal } from './peripheral';
import { ageUnder18, breastfeeding, pregnancyOrPlanning } from './reproductive';
import { hashimotoThyroidReplacement, thyroidOtherInfo } from './thyroid';

export const rules: readonly Rule[] = [
	opioidScheduledUse,
	opioidWashoutIncomplete,
	opioidWashoutBorderline,
	opioidPrnOngoing,
	opioidWashoutComplete,
	oudMaintenanceTherapy,
	oudHistory,
	naltrexoneDuplicate,
	otherOpioidAntagonist,
	kratomUse,
	peripheralOpioidAntidiarrheal,
	loperamideHighDose,
	liverFailureOrAcuteHepatitis,
	liverDiseaseChronic,
	kidneyImpairment,
	pregnancyOrPlanning,
	breastfeeding,
	ageUnder18,
	naltrexoneHypersensitivity,
	transplantRecipient,
	biologicTherapy,
	jakInhibitorTherapy,
	immunosuppressantTherapy,
	immunomodulatorInfo,
	systemicCorticosteroid,
	msDmt,
	hashimotoThyroidReplacement,
	thyroidOtherInfo,
	chronicInfectionFlareRisk,
	sleepDisturbance,
	psychiatricHighRisk,
	alcoholHeavyUse,
	plannedSurgeryOrProcedure,
	ldnCurrentUser,
	naltrexoneLabelInteraction
];
