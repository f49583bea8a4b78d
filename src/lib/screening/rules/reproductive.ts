// Pregnancy, breastfeeding and age: R16, R17 and R18.
import { params } from '../params';
import { sources } from '../sources';
import { answer, answerText, defineRule } from './common';

const PREGNANCY_FLAGS = ['pregnant', 'possibly-pregnant', 'trying-to-conceive'] as const;

export const pregnancyOrPlanning = defineRule({
	id: 'pregnancy-or-planning',
	ref: 'R16',
	severity: params.decisions.D2.pregnancySeverity,
	title: 'Pregnant, possibly pregnant or trying to conceive',
	patientMessageKey: 'screening_pregnancy_or_planning',
	sources: sources('S2', 'S45', 'S48'),
	test: (ctx) => {
		const pregnancy = ctx.answers.health.pregnancy;
		return (PREGNANCY_FLAGS as readonly string[]).includes(pregnancy)
			? [answer('health', 'pregnancy', pregnancy)]
			: [];
	},
	clinicianMessage: (evidence) =>
		`Pregnancy: ${answerText(evidence)}. There are no adequate human studies (legacy FDA ` +
		'category C; early fetal loss in animals at ≥5× the human dose). LDN pregnancy data are ' +
		'limited, and LDN trials exclude pregnancy. Needs an individual risk-benefit discussion ' +
		'with obstetric input (decision D2).'
});

export const breastfeeding = defineRule({
	id: 'breastfeeding',
	ref: 'R17',
	severity: 'caution',
	title: 'Breastfeeding',
	patientMessageKey: 'screening_breastfeeding',
	sources: sources('S44', 'S45', 'S2'),
	test: (ctx) =>
		ctx.answers.health.breastfeeding === 'yes' ? [answer('health', 'breastfeeding', 'yes')] : [],
	clinicianMessage: () =>
		'Breastfeeding or chestfeeding. Lactation data are limited. Naltrexone appears minimally ' +
		'excreted into milk (LactMed summary), but the EU SmPC advises against breastfeeding. ' +
		'Individualise the decision and monitor the infant.'
});

export const ageUnder18 = defineRule({
	id: 'age-under-18',
	ref: 'R18',
	severity: params.decisions.D3.minorSeverity,
	title: 'Under 18',
	patientMessageKey: 'screening_age_under_18',
	sources: sources('S4', 'S18'),
	test: (ctx) =>
		ctx.ageYears < params.age.adultYears
			? [answer('about', 'dateOfBirth', ctx.answers.about.dateOfBirth)]
			: [],
	clinicianMessage: (_evidence, ctx) =>
		`Minor: age ${ctx.ageYears} on ${ctx.today} (born ${ctx.answers.about.dateOfBirth}). The ` +
		'label says safety under 18 is not established. Pediatric LDN data are limited: a ' +
		"Crohn's pilot with n=14 used 0.1 mg/kg. This adult intake cannot enrol the patient; route " +
		'to a pediatric specialist pathway with guardian consent (decision D3).'
});
