// Peripherally acting opioid agonists: R11 (loperamide at usual doses, eluxadoline) and R12
// (high-dose loperamide). Each entry fires exactly one of the two (RULEBOOK §1.1: mutually
// exclusive by dose threshold).
//
// A loperamide entry without a daily amount fires R12: as with a missing opioid date (D8), the
// unknown is read as the riskier case until a clinician confirms it.
import { params } from '../params';
import { sources } from '../sources';
import type { MedicationEvidence, ResolvedMedication, RuleContext } from '../types';
import { defineRule, describe, hasTag, isCurrent, medEvidence, medsOf, withClass } from './common';

const high = params.loperamide.highDoseMgPerDay;
const FOR_WITHDRAWAL = /withdraw|detox|dope ?sick|kick|abstinencia|desintox/i;

const isLoperamide = (med: ResolvedMedication): boolean =>
	hasTag(med, 'loperamide') || (med.entry?.ingredients.includes('loperamide') ?? false);

function isHighDose(med: ResolvedMedication): boolean {
	if (!isLoperamide(med)) return false;
	if (FOR_WITHDRAWAL.test(med.reason ?? '')) return true;
	return med.dailyAmountMg === undefined || med.dailyAmountMg > high;
}

const peripheral = (ctx: RuleContext): ResolvedMedication[] =>
	withClass(ctx, 'opioid-peripheral').filter(isCurrent);

function amountText(e: MedicationEvidence): string {
	if (e.dailyAmountMg === undefined) return 'daily amount not reported';
	return `${e.dailyAmountMg} mg/day`;
}

export const peripheralOpioidAntidiarrheal = defineRule({
	id: 'peripheral-opioid-antidiarrheal',
	ref: 'R11',
	severity: 'info',
	title: 'Peripheral opioid antidiarrheal',
	patientMessageKey: 'screening_peripheral_opioid_antidiarrheal',
	sources: sources('S47', 'S3'),
	test: (ctx) =>
		peripheral(ctx)
			.filter((med) => !isHighDose(med))
			.map(medEvidence),
	clinicianMessage: (evidence) =>
		`${medsOf(evidence)
			.map(
				(e) => `${describe(e)}${e.ingredients.includes('loperamide') ? `, ${amountText(e)}` : ''}`
			)
			.join('; ')}. Loperamide is a peripherally restricted μ agonist (P-gp efflux; no CNS ` +
		'opioid effect at usual doses). No washout needed. The label notes that naltrexone may ' +
		'blunt opioid antidiarrheals, so monitor bowel symptoms. Eluxadoline has low systemic ' +
		'exposure; there are no LDN interaction data.'
});

export const loperamideHighDose = defineRule({
	id: 'loperamide-high-dose',
	ref: 'R12',
	severity: 'caution',
	title: 'High-dose loperamide',
	patientMessageKey: 'screening_loperamide_high_dose',
	sources: sources('S37', 'S47'),
	test: (ctx) => peripheral(ctx).filter(isHighDose).map(medEvidence),
	clinicianMessage: (evidence) =>
		`High-dose loperamide: ${medsOf(evidence)
			.map(
				(e) =>
					`${describe(e)}, ${amountText(e)}${e.reason ? `, reason '${e.reason}'` : ''}` +
					(e.dailyAmountMg === undefined ? ' (treated as high until confirmed)' : '')
			)
			.join('; ')}. Threshold: more than ${high} mg/day. The FDA warns of QT prolongation, ` +
		'torsades, syncope and cardiac arrest with misuse, often as self-treatment of opioid ' +
		'withdrawal, so screen for OUD. At high doses CNS opioid effects are possible: use ' +
		'judgement on washout and consider an ECG.'
});
