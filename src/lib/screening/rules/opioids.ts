// Opioid rules R01-R07 and R10 (RULEBOOK §1, §1.1). R01-R05 read the per-entry disposition
// computed in washout.ts, so an entry fires at most one of them; R06 is additive to R01; R07 fires
// only when R06 does not; R10 is additive to R01-R05 for kratom.
import { params } from '../params';
import { sources } from '../sources';
import type { Evidence, MedicationEvidence, OpioidDisposition, RuleContext } from '../types';
import {
	answer,
	answerText,
	daysText,
	defineRule,
	describe,
	describeAll,
	frequencyText,
	hasTag,
	isCurrent,
	medEvidence,
	medsOf
} from './common';

const sa = params.washout.shortActing;
const la = params.washout.longActing.clearDays;
const depot = params.washout.depotBuprenorphine.clearDays;

/** Reasons that mean opioid use disorder treatment or misuse (English and Spanish). */
const OUD_REASON =
	/addict|dependen|recover|opioid use disorder|\bm?oud\b|\bmat\b|treatment program|methadone (clinic|program)|\botp\b|detox|withdrawal|adicci|recuperaci|desintox|abstinencia/i;
const NON_PRESCRIBED_REASON =
	/not prescribed|street|recreational|\bfun\b|to get high|no recetad|de la calle/i;

function withDisposition(ctx: RuleContext, disposition: OpioidDisposition): Evidence[] {
	return ctx.opioids.filter((a) => a.disposition === disposition).map((a) => medEvidence(a.med));
}

function clearFrom(ctx: RuleContext, e: MedicationEvidence): string | undefined {
	return ctx.opioids.find((a) => a.med.list === e.list && a.med.index === e.index)?.clearFrom;
}

function washoutLabel(ctx: RuleContext, e: MedicationEvidence): string {
	const washout = ctx.opioids.find(
		(a) => a.med.list === e.list && a.med.index === e.index
	)?.washout;
	if (washout === 'DEPOT') return `depot buprenorphine, ${depot}-day washout`;
	if (washout === 'SA') return `short-acting, ${sa.minDays}-${sa.clearDays}-day washout`;
	return `long-acting, ${la}-day washout`;
}

const rescreenText = (dates: (string | undefined)[]): string => {
	const known = dates.filter((d): d is string => d !== undefined).sort();
	const last = known.at(-1);
	return last ? ` Re-screen on or after ${last}.` : '';
};

export const opioidScheduledUse = defineRule({
	id: 'opioid-scheduled-use',
	ref: 'R01',
	severity: 'contraindication',
	title: 'Regular opioid use',
	patientMessageKey: 'screening_opioid_scheduled_use',
	sources: sources('S2', 'S3', 'S5', 'S1'),
	test: (ctx) => withDisposition(ctx, 'opioid-scheduled-use'),
	clinicianMessage: (evidence) =>
		`Regular opioid use: ${medsOf(evidence)
			.map((e) => `${describe(e)}, ${frequencyText(e)}`)
			.join('; ')}. Naltrexone is contraindicated in patients receiving opioid analgesics or ` +
		'currently dependent on opioids. LDN would blunt analgesia and can precipitate withdrawal. ' +
		'The patient is not eligible until the opioid is stopped under the prescriber’s supervision ' +
		`and the washout is complete (≥${sa.minDays}-${sa.clearDays} d short-acting; ≥${la} d ` +
		`long-acting, methadone or buprenorphine; ${depot} d after depot buprenorphine). ` +
		'Never advise abrupt cessation.'
});

export const opioidWashoutIncomplete = defineRule({
	id: 'opioid-washout-incomplete',
	ref: 'R02',
	severity: 'contraindication',
	title: 'Opioid washout not complete',
	patientMessageKey: 'screening_opioid_washout_incomplete',
	sources: sources('S2', 'S3', 'S40', 'S1'),
	test: (ctx) => {
		const evidence = withDisposition(ctx, 'opioid-washout-incomplete');
		// Kratom reported in the last 90 days but not listed: no entry, so no date (D8).
		const kratomListed = ctx.meds.some((med) => hasTag(med, 'kratom'));
		if (ctx.answers.health.kratomUse === 'yes' && !kratomListed) {
			evidence.push(answer('health', 'kratomUse', 'yes'));
		}
		return evidence;
	},
	clinicianMessage: (evidence, ctx) => {
		const meds = medsOf(evidence).map((e) =>
			e.daysSinceLastDose === undefined
				? `${describe(e)}: last-dose date missing, treated as within the washout (decision D8); confirm it with the patient`
				: `${describe(e)}: ${daysText(e)} (${washoutLabel(ctx, e)})`
		);
		if (evidence.some((e) => e.kind === 'answer')) {
			meds.push(
				'kratom use in the last 90 days reported but not listed: no last-dose date, treated as within the washout (decision D8); ask for product and last use'
			);
		}
		return (
			`Opioid washout not complete. ${meds.join('; ')}. The label requires being opioid-free ` +
			'for ≥7-10 days for short-acting opioids, including tramadol, and up to 2 weeks after ' +
			`buprenorphine or methadone; depot buprenorphine needs ${depot} days (decision D1). The ` +
			`clinic standard is ${sa.minDays}-${sa.clearDays} days.` +
			rescreenText(medsOf(evidence).map((e) => clearFrom(ctx, e)))
		);
	}
});

export const opioidWashoutBorderline = defineRule({
	id: 'opioid-washout-borderline',
	ref: 'R03',
	severity: 'caution',
	title: 'Opioid washout borderline',
	patientMessageKey: 'screening_opioid_washout_borderline',
	sources: sources('S2', 'S1'),
	test: (ctx) => withDisposition(ctx, 'opioid-washout-borderline'),
	clinicianMessage: (evidence, ctx) =>
		`${medsOf(evidence)
			.map((e) => `${describe(e)}: ${daysText(e)}`)
			.join('; ')}. This meets the label minimum (7-10 d) but not the clinic’s ` +
		`${sa.clearDays}-day upper bound. Confirm there is no ongoing use, consider a start date at ` +
		`≥${sa.clearDays} days, and counsel about withdrawal-like symptoms.` +
		rescreenText(medsOf(evidence).map((e) => clearFrom(ctx, e)))
});

export const opioidPrnOngoing = defineRule({
	id: 'opioid-prn-ongoing',
	ref: 'R04',
	severity: 'caution',
	title: 'Opioid kept for occasional use',
	patientMessageKey: 'screening_opioid_prn_ongoing',
	sources: sources('S2', 'S3', 'S41'),
	test: (ctx) => withDisposition(ctx, 'opioid-prn-ongoing'),
	clinicianMessage: (evidence) =>
		`The patient keeps ${medsOf(evidence)
			.map((e) => `${describe(e)} (${daysText(e)})`)
			.join('; ')} for occasional use. While on LDN, opioid analgesia and opioid ` +
		'cough/antidiarrheal effects may be blocked. Agree a plan and document it: either stop the ' +
		'PRN opioid, or hold LDN before any planned opioid use and restart per clinician. Patients ' +
		'often do not think of tramadol or codeine as opioids.'
});

export const opioidWashoutComplete = defineRule({
	id: 'opioid-washout-complete',
	ref: 'R05',
	severity: 'info',
	title: 'Prior opioid, washout complete',
	patientMessageKey: 'screening_opioid_washout_complete',
	sources: sources('S2', 'S1'),
	test: (ctx) => withDisposition(ctx, 'opioid-washout-complete'),
	clinicianMessage: (evidence) =>
		`Prior opioid: ${medsOf(evidence)
			.map((e) => `${describe(e)}, stopped, ${daysText(e)}`)
			.join('; ')}. The washout meets the clinic standard. Confirm there is no current use; ` +
		'use a urine drug screen if uncertain, per clinic policy.'
});

const isMoudIngredient = (ingredients: readonly string[]): boolean =>
	ingredients.some((i) => i === 'methadone' || i === 'buprenorphine');

export const oudMaintenanceTherapy = defineRule({
	id: 'oud-maintenance-therapy',
	ref: 'R06',
	severity: 'contraindication',
	title: 'On medication for opioid use disorder',
	patientMessageKey: 'screening_oud_maintenance_therapy',
	sources: sources('S2', 'S3', 'S40', 'S52'),
	test: (ctx) => {
		const evidence: Evidence[] = ctx.opioids
			.map((a) => a.med)
			.filter(
				(med) =>
					isCurrent(med) &&
					(med.entry?.oud === true ||
						(isMoudIngredient(med.entry?.ingredients ?? []) && OUD_REASON.test(med.reason ?? '')))
			)
			.map(medEvidence);
		if (ctx.answers.health.opioidTreatmentCurrent === 'yes') {
			evidence.push(answer('health', 'opioidTreatmentCurrent', 'yes'));
		}
		return evidence;
	},
	clinicianMessage: (evidence) =>
		`On medication for opioid use disorder (${[describeAll(evidence), answerText(evidence)]
			.filter(Boolean)
			.join('; ')}). Naltrexone is contraindicated in patients maintained on opioid agonists ` +
		'or partial agonists. Any switch needs addiction-specialist management: withdrawal can be ' +
		'precipitated for up to 2 weeks after buprenorphine or methadone, and depot buprenorphine ' +
		'has a half-life of 43-60 days. Do not suggest stopping MOUD to access LDN. Coordinate with ' +
		'the MOUD prescriber.'
});

export const oudHistory = defineRule({
	id: 'oud-history',
	ref: 'R07',
	severity: 'caution',
	title: 'History of opioid misuse',
	patientMessageKey: 'screening_oud_history',
	sources: sources('S2', 'S3'),
	test: (ctx) => {
		if (oudMaintenanceTherapy.test(ctx).length > 0) return [];
		const evidence: Evidence[] = ctx.opioids
			.map((a) => a.med)
			.filter(
				(med) =>
					hasTag(med, 'illicit') ||
					med.entry?.oud === true ||
					OUD_REASON.test(med.reason ?? '') ||
					NON_PRESCRIBED_REASON.test(med.reason ?? '')
			)
			.map(medEvidence);
		if (ctx.answers.health.opioidMisuseHistory === 'yes') {
			evidence.unshift(answer('health', 'opioidMisuseHistory', 'yes'));
		}
		// The condition catalog links 'opioid-use-disorder' to R06/R07: picking it is a history of
		// OUD even when the misuse question was answered 'no', now or in the past (in remission).
		const conditions = ctx.answers.conditions;
		if ((conditions.conditions as readonly string[]).includes('opioid-use-disorder')) {
			evidence.push(answer('conditions', 'conditions', 'opioid-use-disorder'));
			if (conditions.opioidUseDisorderStatus) {
				evidence.push(
					answer('conditions', 'opioidUseDisorderStatus', conditions.opioidUseDisorderStatus)
				);
			}
		}
		return evidence;
	},
	clinicianMessage: (evidence) =>
		`History of opioid misuse or OUD (${[answerText(evidence), describeAll(evidence)]
			.filter(Boolean)
			.join('; ')}). LDN is not a treatment for OUD. The label warns that after naltrexone, ` +
		'tolerance is lower and resumed opioid use carries overdose risk. Confirm current ' +
		'abstinence (consider a UDS), check for kratom or high-dose loperamide, make sure naloxone ' +
		'is available, and offer an OUD-care referral.'
});

export const kratomUse = defineRule({
	id: 'kratom-use',
	ref: 'R10',
	severity: 'caution',
	title: 'Kratom use',
	patientMessageKey: 'screening_kratom_use',
	sources: sources('S36'),
	test: (ctx) => {
		const evidence: Evidence[] = ctx.meds
			.filter(
				(med) =>
					hasTag(med, 'kratom') &&
					(isCurrent(med) ||
						med.daysSinceLastDose === undefined ||
						med.daysSinceLastDose <= params.kratom.lookbackDays)
			)
			.map(medEvidence);
		if (ctx.answers.health.kratomUse === 'yes') evidence.push(answer('health', 'kratomUse', 'yes'));
		return evidence;
	},
	clinicianMessage: (evidence) =>
		`Kratom (${[describeAll(evidence), answerText(evidence)].filter(Boolean).join('; ')}): ` +
		'mitragynine is a μ-opioid partial agonist and 7-OH-mitragynine is a potent μ agonist. ' +
		'Naltrexone precipitated withdrawal in a patient with undisclosed chronic kratom use. Treat ' +
		`it as an opioid for washout (${la} d), assess dependence, and offer taper support.`
});
