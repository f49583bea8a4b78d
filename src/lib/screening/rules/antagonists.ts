// Naltrexone products and other opioid antagonists: R08 (duplicate naltrexone), R09 (samidorphan,
// PAMORAs) and R34 (already on LDN).
//
// Naltrexone dose: the intake asks for mg per day (dailyAmountMg). When it is missing, the first
// "<number> mg" in the typed name or dose is used; when that is missing too, the catalog product
// decides (compounded LDN → R34, standard-dose naltrexone → R08).
import { params } from '../params';
import { sources } from '../sources';
import type { Evidence, ResolvedMedication, RuleContext } from '../types';
import {
	answer,
	answerText,
	daysText,
	defineRule,
	describe,
	describeAll,
	hasClass,
	hasTag,
	isCurrent,
	medEvidence,
	medsOf,
	withClass
} from './common';

const ldnMax = params.naltrexone.ldnMaxMgPerDay;
const MG = /(\d+(?:\.\d+)?)\s*mg\b/i;
const SLOW_RELEASE = /\b(sr|er|xr|xl|slow|sustained|extended|liberaci[oó]n prolongada)\b/i;

function naltrexoneMgPerDay(med: ResolvedMedication): number | undefined {
	if (med.dailyAmountMg !== undefined) return med.dailyAmountMg;
	const written = MG.exec(med.dose ?? '') ?? MG.exec(med.name);
	return written?.[1] === undefined ? undefined : Number(written[1]);
}

/** A current oral or compounded naltrexone entry (not Vivitrol, not Contrave). */
const isOralNaltrexone = (med: ResolvedMedication): boolean =>
	isCurrent(med) &&
	hasClass(med, 'naltrexone-product') &&
	!hasTag(med, 'vivitrol') &&
	!hasTag(med, 'contrave');

function isLowDose(med: ResolvedMedication): boolean {
	const mg = naltrexoneMgPerDay(med);
	return mg === undefined ? hasTag(med, 'ldn') : mg <= ldnMax;
}

/** Current Vivitrol therapy, or a stopped one injected within the last 30 days (S3). */
function isVivitrolActive(med: ResolvedMedication): boolean {
	if (!hasTag(med, 'vivitrol')) return false;
	if (isCurrent(med)) return true;
	// A missing injection date is read as recent, as for opioids (D8).
	const days = med.daysSinceLastDose;
	return days === undefined || days < params.vivitrol.activeDays;
}

const ldnAnswerDose = (ctx: RuleContext): number | undefined =>
	ctx.answers.health.ldnCurrent === 'yes' ? ctx.answers.health.ldnDoseMg : undefined;

export const naltrexoneDuplicate = defineRule({
	id: 'naltrexone-duplicate',
	ref: 'R08',
	severity: 'contraindication',
	title: 'Already on naltrexone',
	patientMessageKey: 'screening_naltrexone_duplicate',
	sources: sources('S2', 'S3', 'S39'),
	test: (ctx) => {
		const evidence: Evidence[] = ctx.meds
			.filter(
				(med) =>
					(isCurrent(med) && hasTag(med, 'contrave')) ||
					isVivitrolActive(med) ||
					(isOralNaltrexone(med) && !isLowDose(med))
			)
			.map(medEvidence);
		const dose = ldnAnswerDose(ctx);
		if (dose !== undefined && dose > ldnMax) evidence.push(answer('health', 'ldnDoseMg', dose));
		return evidence;
	},
	clinicianMessage: (evidence) =>
		`Already on naltrexone (${[
			...medsOf(evidence).map((e) =>
				e.classes.includes('naltrexone-product') && e.lastDoseDate
					? `${describe(e)}, ${daysText(e)}`
					: describe(e)
			),
			answerText(evidence)
		]
			.filter(Boolean)
			.join('; ')}). LDN would duplicate it. Vivitrol blocks opioid receptors for about 28 ` +
		'days. Contrave delivers 8-32 mg/day of naltrexone. Coordinate with that prescriber (AUD, ' +
		'OUD or weight programme). Consider LDN only if that therapy is stopped and a plan is agreed.'
});

export const otherOpioidAntagonist = defineRule({
	id: 'other-opioid-antagonist',
	ref: 'R09',
	severity: 'caution',
	title: 'Other opioid antagonist (samidorphan or PAMORA)',
	patientMessageKey: 'screening_other_opioid_antagonist',
	sources: sources('S38', 'S2'),
	test: (ctx) =>
		withClass(ctx, 'opioid-antagonist-other', 'pamora').filter(isCurrent).map(medEvidence),
	clinicianMessage: (evidence) =>
		`Opioid antagonist: ${describeAll(evidence)}. A PAMORA implies opioid therapy, because it ` +
		'treats opioid-induced constipation: verify opioid use and washout. Lybalvi contains ' +
		'samidorphan, an opioid antagonist; its label contraindicates use with opioids. There are ' +
		'no data on combining it with LDN. Coordinate with psychiatry and do not alter the ' +
		'antipsychotic.'
});

export const ldnCurrentUser = defineRule({
	id: 'ldn-current-user',
	ref: 'R34',
	severity: 'info',
	title: 'Already taking LDN',
	patientMessageKey: 'screening_ldn_current_user',
	sources: sources('S1', 'S5'),
	test: (ctx) => {
		const evidence: Evidence[] = ctx.meds
			.filter((med) => isOralNaltrexone(med) && isLowDose(med))
			.map(medEvidence);
		const health = ctx.answers.health;
		if (
			health.ldnCurrent === 'yes' &&
			(health.ldnDoseMg === undefined || health.ldnDoseMg <= ldnMax)
		) {
			evidence.push(answer('health', 'ldnCurrent', 'yes'));
			for (const key of ['ldnDoseMg', 'ldnPharmacy', 'ldnForm', 'ldnFiller'] as const) {
				if (health[key] !== undefined) evidence.push(answer('health', key, health[key]));
			}
		}
		return evidence;
	},
	clinicianMessage: (evidence, ctx) => {
		const health = ctx.answers.health;
		const meds = medsOf(evidence);
		const mg = health.ldnDoseMg ?? meds.find((e) => e.dailyAmountMg !== undefined)?.dailyAmountMg;
		const dose = mg === undefined ? 'dose not reported' : `${mg} mg/day`;
		const source = health.ldnPharmacy ?? 'pharmacy not reported';
		const listed = describeAll(evidence);
		const warnings = [
			health.ldnFiller === 'calcium-carbonate'
				? ' The patient reports a calcium-carbonate filler: ask the pharmacy for a neutral filler.'
				: '',
			meds.some((e) => SLOW_RELEASE.test(`${e.typed} ${e.dose ?? ''}`))
				? ' The entry looks like a slow-release form: LDN should be immediate-release.'
				: '',
			health.ldnForm === 'cream' ? ' The patient reports a cream: confirm the form and dose.' : ''
		].join('');
		return (
			`Already on LDN: ${dose} from ${source}${listed ? ` (listed as ${listed})` : ''}. Record ` +
			'the dose, form and pharmacy. Confirm it is an immediate-release form (not slow-release) ' +
			'with no calcium-carbonate filler. Reconcile response and side effects.' +
			warnings
		);
	}
});
