// Liver, kidney and transplant: R13, R14 (exclusive: R13 wins), R15 and R20.
import { params } from '../params';
import { sources } from '../sources';
import type { Evidence, RuleContext } from '../types';
import { answer, answerText, defineRule } from './common';

type LiverProblem = RuleContext['answers']['health']['liver'][number];

const SEVERE_LIVER: readonly LiverProblem[] = [
	'liver-failure',
	'decompensated-cirrhosis',
	'acute-hepatitis',
	'liver-transplant-list'
];
const CHRONIC_LIVER: readonly LiverProblem[] = [
	'cirrhosis',
	'chronic-hepatitis',
	'autoimmune-liver',
	'fatty-liver-abnormal-tests',
	'abnormal-liver-tests'
];

function liverEvidence(ctx: RuleContext, problems: readonly LiverProblem[]): Evidence[] {
	const found = ctx.answers.health.liver.filter((p) => problems.includes(p));
	return found.length > 0 ? [answer('health', 'liver', found)] : [];
}

export const liverFailureOrAcuteHepatitis = defineRule({
	id: 'liver-failure-or-acute-hepatitis',
	ref: 'R13',
	severity: 'contraindication',
	title: 'Liver failure or acute hepatitis',
	patientMessageKey: 'screening_liver_failure_or_acute_hepatitis',
	sources: sources('S2'),
	test: (ctx) => liverEvidence(ctx, SEVERE_LIVER),
	clinicianMessage: (evidence) =>
		`Liver: ${answerText(evidence)}. Label contraindication: acute hepatitis or liver failure. ` +
		'Naltrexone hepatotoxicity is dose-related; the margin to 50 mg is ≤5×, and it does not ' +
		'appear hepatotoxic at recommended doses. The contraindication stands until hepatology ' +
		'clearance.'
});

export const liverDiseaseChronic = defineRule({
	id: 'liver-disease-chronic',
	ref: 'R14',
	severity: 'caution',
	title: 'Chronic liver disease or abnormal liver tests',
	patientMessageKey: 'screening_liver_disease_chronic',
	sources: sources('S2', 'S51'),
	test: (ctx) =>
		liverFailureOrAcuteHepatitis.test(ctx).length > 0 ? [] : liverEvidence(ctx, CHRONIC_LIVER),
	clinicianMessage: (evidence) =>
		`Liver: ${answerText(evidence)}. The label says that in active liver disease use "must be ` +
		'carefully considered". Naltrexone exposure is higher in cirrhosis (PK study). LDN is ' +
		'about 1/10 of the labeled dose. Get baseline LFTs and consider repeating them after ' +
		'titration.'
});

export const kidneyImpairment = defineRule({
	id: 'kidney-impairment',
	ref: 'R15',
	severity: 'caution',
	title: 'Kidney impairment',
	patientMessageKey: 'screening_kidney_impairment',
	sources: sources('S2', 'S4'),
	test: (ctx) => {
		const kidney = ctx.answers.health.kidney;
		return kidney === 'ckd' || kidney === 'dialysis' ? [answer('health', 'kidney', kidney)] : [];
	},
	clinicianMessage: (evidence) =>
		`Kidney: ${answerText(evidence)}. Naltrexone and 6-β-naltrexol are excreted mainly in ` +
		'urine. The label advises caution in renal impairment, which has not been studied at ' +
		'moderate-severe levels. Check eGFR and consider a lower starting dose.'
});

/** Grafts that need no systemic immunosuppression (RULEBOOK R20): these do not fire. */
const TISSUE_ONLY =
	/cornea|corneal|skin graft|bone graft|tendon|ligament|cartilage|dental|tooth|teeth|hair|heart valve|tissue|c[oó]rnea|injerto de piel|injerto de hueso/i;
const ORGAN =
	/kidney|renal|liver|heart(?! valve)|lung|pancrea|intestin|bowel|marrow|stem cell|ri[ñn][oó]n|h[ií]gado|coraz[oó]n|pulm[oó]n|m[eé]dula/i;

export const transplantRecipient = defineRule({
	id: 'transplant-recipient',
	ref: 'R20',
	severity: params.decisions.D4.transplantSeverity,
	title: 'Transplant recipient',
	patientMessageKey: 'screening_transplant_recipient',
	sources: sources('S5', 'S7'),
	test: (ctx) => {
		const { transplant, transplantDetails } = ctx.answers.health;
		const details = transplantDetails ?? '';
		const fires =
			transplant === 'organ' ||
			transplant === 'bone-marrow-stem-cell' ||
			// 'other' fires unless the details name only a tissue graft.
			(transplant === 'other' && (ORGAN.test(details) || !TISSUE_ONLY.test(details)));
		if (!fires) return [];
		const evidence = [answer('health', 'transplant', transplant)];
		if (transplantDetails) evidence.push(answer('health', 'transplantDetails', transplantDetails));
		return evidence;
	},
	clinicianMessage: (evidence) =>
		`Transplant: ${answerText(evidence)}. Long-standing LDN guidance cautions against LDN in ` +
		'organ-transplant recipients on permanent immunosuppression because it "may act to ' +
		'counter" immunosuppression. The concern is theoretical, with no published rejection ' +
		'cases, but avoidance is the prudent default (decision D4). Consider LDN only with ' +
		'transplant-team co-management, calcineurin-inhibitor trough monitoring and documented ' +
		'consent. For a bone-marrow/stem-cell transplant, confirm allogeneic vs autologous.'
});
