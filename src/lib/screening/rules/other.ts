// Remaining rules: R19 hypersensitivity, R29 chronic infection flare risk, R32 heavy alcohol use,
// R33 planned procedure and R35 label interactions.
import { daysFrom } from '../dates';
import { params } from '../params';
import { sources } from '../sources';
import type { Evidence } from '../types';
import {
	answer,
	answerText,
	currentWithClass,
	defineRule,
	describeAll,
	medEvidence
} from './common';

/** Free-text allergy wording that names naltrexone, naloxone or LDN. */
const ANTAGONIST_ALLERGY = /naltrex|nalox|narcan|\bldn\b|revia|vivitrol|contrave/i;

export const naltrexoneHypersensitivity = defineRule({
	id: 'naltrexone-hypersensitivity',
	ref: 'R19',
	severity: 'contraindication',
	title: 'Naltrexone, naloxone or LDN allergy',
	patientMessageKey: 'screening_naltrexone_hypersensitivity',
	sources: sources('S2'),
	test: (ctx) => {
		const { allergyNaltrexone, allergies } = ctx.answers.health;
		const evidence: Evidence[] = [];
		if (allergyNaltrexone === 'yes') evidence.push(answer('health', 'allergyNaltrexone', 'yes'));
		if (allergies && ANTAGONIST_ALLERGY.test(allergies)) {
			evidence.push(answer('health', 'allergies', allergies));
		}
		return evidence;
	},
	clinicianMessage: (evidence) =>
		`Allergy: ${answerText(evidence)}. Label contraindication: history of sensitivity to ` +
		'naltrexone. Cross-sensitivity with naloxone or phenanthrene opioids is unknown. Clarify the ' +
		'reaction. If it may have been to an excipient, the clinician decides whether a different ' +
		'compounded base is acceptable.'
});

const FLARE_CONDITIONS = ['lyme', 'chronic-ebv', 'long-covid', 'me-cfs'];
const FLARE_TEXT =
	/lyme|tick|babesi|bartonell|\bebv\b|epstein|\bcmv\b|cytomegalo|hhv-?6|long[- ]?covid|post[- ]?covid|me\/cfs|chronic fatigue|covid (persistente|prolongado)|fatiga cr[oó]nica/i;

export const chronicInfectionFlareRisk = defineRule({
	id: 'chronic-infection-flare-risk',
	ref: 'R29',
	severity: 'info',
	title: 'Chronic infection or fatigue: flare risk',
	patientMessageKey: 'screening_chronic_infection_flare_risk',
	sources: sources('S1', 'S27', 'S28', 'S29'),
	test: (ctx) => {
		const { conditions, otherConditions } = ctx.answers.conditions;
		const found = (conditions as readonly string[]).filter((c) => FLARE_CONDITIONS.includes(c));
		const evidence: Evidence[] =
			found.length > 0 ? [answer('conditions', 'conditions', found)] : [];
		if (otherConditions && FLARE_TEXT.test(otherConditions)) {
			evidence.push(answer('conditions', 'otherConditions', otherConditions));
		}
		return evidence;
	},
	clinicianMessage: (evidence) =>
		`${answerText(evidence)}. The seed clinic reports a transient symptom "bloom" or flare in ` +
		'latent infections, long COVID and ME/CFS. This is clinic opinion, not trial-verified. ' +
		'Pilot data in long COVID (pre-post) and ME/CFS (retrospective) report mild adverse ' +
		'effects. Set expectations, consider slower titration, and allow a 2-3 month trial.'
});

/** NIAAA limits by sex at birth; anything but 'male' gets the lower limits (conservative). */
const alcoholLimits = (sex: string) =>
	sex === 'male' ? params.alcohol.heavy.male : params.alcohol.heavy.female;

export const alcoholHeavyUse = defineRule({
	id: 'alcohol-heavy-use',
	ref: 'R32',
	severity: 'caution',
	title: 'Heavy alcohol use',
	patientMessageKey: 'screening_alcohol_heavy_use',
	sources: sources('S42', 'S2'),
	test: (ctx) => {
		const health = ctx.answers.health;
		const limits = alcoholLimits(ctx.answers.about.sexAtBirth);
		const evidence: Evidence[] = [];
		if (health.alcoholMaxPerDay > limits.perDay) {
			evidence.push(answer('health', 'alcoholMaxPerDay', health.alcoholMaxPerDay));
		}
		if (health.alcoholDrinksPerWeek > limits.perWeek) {
			evidence.push(answer('health', 'alcoholDrinksPerWeek', health.alcoholDrinksPerWeek));
		}
		if (health.alcoholUseDisorder === 'yes') {
			evidence.push(answer('health', 'alcoholUseDisorder', 'yes'));
		}
		// The condition catalog links 'alcohol-use-disorder' to R32, which is about a *current* use
		// disorder: one in the past (in remission) does not fire it. Without an answer (an intake from
		// before questionnaire 2026-12.1) it counts as current, the safe side.
		const conditions = ctx.answers.conditions;
		if (
			(conditions.conditions as readonly string[]).includes('alcohol-use-disorder') &&
			conditions.alcoholUseDisorderStatus !== 'remission'
		) {
			evidence.push(answer('conditions', 'conditions', 'alcohol-use-disorder'));
			if (conditions.alcoholUseDisorderStatus) {
				evidence.push(
					answer('conditions', 'alcoholUseDisorderStatus', conditions.alcoholUseDisorderStatus)
				);
			}
		}
		return evidence;
	},
	clinicianMessage: (evidence, ctx) => {
		const limits = alcoholLimits(ctx.answers.about.sexAtBirth);
		return (
			`Alcohol: ${answerText(evidence)} (NIAAA limits used: >${limits.perDay}/day or ` +
			`>${limits.perWeek}/week). Heavy drinking is a liver risk under the label's ` +
			'hepatotoxicity warning, so check LFTs. LDN (≤5 mg) is not an AUD treatment; 50 mg ' +
			'naltrexone is the approved AUD therapy. Offer a referral.'
		);
	}
});

export const plannedSurgeryOrProcedure = defineRule({
	id: 'planned-surgery-or-procedure',
	ref: 'R33',
	severity: 'caution',
	title: 'Planned surgery or procedure',
	patientMessageKey: 'screening_planned_surgery_or_procedure',
	sources: sources('S41', 'S2'),
	test: (ctx) => {
		const { procedurePlanned, procedureDate } = ctx.answers.health;
		if (procedurePlanned === 'no') return [];
		const soon =
			procedurePlanned === 'yes-date-unknown' ||
			procedureDate === undefined ||
			daysFrom(ctx.today, procedureDate) <= params.surgery.lookaheadDays;
		if (!soon) return [];
		const evidence = [answer('health', 'procedurePlanned', procedurePlanned)];
		if (procedureDate !== undefined)
			evidence.push(answer('health', 'procedureDate', procedureDate));
		return evidence;
	},
	clinicianMessage: (evidence) =>
		`Procedure: ${answerText(evidence)} (look-ahead ${params.surgery.lookaheadDays} days, ` +
		'decision D9). Opioids are likely around the procedure. Either start LDN after recovery and ' +
		'opioid washout, or, if already on LDN, hold it at least 48-72 h before the procedure ' +
		'(practice guidance) and tell the anesthesia team. Resume after opioids are stopped.'
});

export const naltrexoneLabelInteraction = defineRule({
	id: 'naltrexone-label-interaction',
	ref: 'R35',
	severity: 'caution',
	title: 'Label interaction (thioridazine, disulfiram)',
	patientMessageKey: 'screening_naltrexone_label_interaction',
	sources: sources('S2', 'S4'),
	test: (ctx) => currentWithClass(ctx, 'label-interaction').map(medEvidence),
	clinicianMessage: (evidence) =>
		`Label interaction: ${describeAll(evidence)}. Thioridazine with naltrexone: lethargy and ` +
		'somnolence have been reported. Disulfiram with naltrexone: two potentially hepatotoxic ' +
		'drugs, and the combination is not recommended at standard doses. Relevance at LDN doses ' +
		'is unknown. Check LFTs; clinician decision.'
});
