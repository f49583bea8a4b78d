// Immune therapies: R21 biologics, R22 JAK inhibitors, R23 conventional immunosuppressants,
// R24 immunomodulators and type-2 biologics, R25 systemic corticosteroids, R26 MS DMTs.
// Local forms (eye drops, creams, inhalers, nasal sprays) never fire: the catalog marks them
// non-systemic, and a local route typed by the patient counts too.
import { params } from '../params';
import { sources } from '../sources';
import type { ResolvedMedication, RuleContext } from '../types';
import {
	currentWithClass,
	daysText,
	defineRule,
	describe,
	describeAll,
	hasTag,
	isCurrent,
	isSystemic,
	medEvidence,
	medsOf,
	resolvedOf,
	withClass
} from './common';

const within = (med: ResolvedMedication, days: number): boolean =>
	// A stopped entry without a date is read as recent: the safer reading.
	med.daysSinceLastDose === undefined || med.daysSinceLastDose <= days;

/** A biologic taken now or within the lookback (called on entries of the class only). */
const isRecentBiologic = (med: ResolvedMedication): boolean =>
	isCurrent(med) || within(med, params.biologic.lookbackDays);

/** Called on systemic-corticosteroid entries only. */
function isSteroidOfConcern(med: ResolvedMedication): boolean {
	if (!isSystemic(med)) return false;
	if (isCurrent(med)) return true;
	const longCourse = med.courseDays === undefined || med.courseDays >= params.steroid.minCourseDays;
	return longCourse && within(med, params.steroid.lookbackDays);
}

const currentSystemic = (ctx: RuleContext, cls: 'jak-inhibitor' | 'immunosuppressant') =>
	withClass(ctx, cls).filter((med) => isCurrent(med) && isSystemic(med));

export const biologicTherapy = defineRule({
	id: 'biologic-therapy',
	ref: 'R21',
	severity: 'caution',
	title: 'Biologic therapy',
	patientMessageKey: 'screening_biologic_therapy',
	sources: sources('S1', 'S16', 'S49'),
	test: (ctx) => withClass(ctx, 'biologic').filter(isRecentBiologic).map(medEvidence),
	clinicianMessage: (evidence, ctx) => {
		const meds = medsOf(evidence);
		const transplantOnly = meds.filter((e) => hasTag(resolvedOf(ctx, e), 'transplant'));
		const transplant =
			transplantOnly.length > 0
				? ` ${transplantOnly.map(describe).join('; ')} is used in transplantation: check whether the patient is a transplant recipient (R20).`
				: '';
		return (
			`Biologic: ${meds
				.map((e) =>
					e.status === 'stopped' ? `${describe(e)}, stopped, ${daysText(e)}` : describe(e)
				)
				.join('; ')}. There are no interaction data. The seed clinic reports a risk of ` +
			'"immune instability", which is not quantified. LDN trials usually excluded or washed ' +
			'out biologics. Continue the biologic, coordinate with the prescribing specialist, and ' +
			'treat LDN as an adjunct only.' +
			transplant
		);
	}
});

export const jakInhibitorTherapy = defineRule({
	id: 'jak-inhibitor-therapy',
	ref: 'R22',
	severity: 'caution',
	title: 'JAK/TYK2 inhibitor',
	patientMessageKey: 'screening_jak_inhibitor_therapy',
	sources: sources('S1'),
	test: (ctx) => currentSystemic(ctx, 'jak-inhibitor').map(medEvidence),
	clinicianMessage: (evidence) =>
		`Targeted synthetic (small-molecule) immunosuppressant: ${describeAll(evidence)}. There ` +
		'are no LDN interaction data. Continue it and coordinate with the specialist. Any steroid ' +
		'or immunosuppressant weaning goes through that specialist only.'
});

export const immunosuppressantTherapy = defineRule({
	id: 'immunosuppressant-therapy',
	ref: 'R23',
	severity: 'caution',
	title: 'Conventional immunosuppressant',
	patientMessageKey: 'screening_immunosuppressant_therapy',
	sources: sources('S1', 'S5', 'S49'),
	test: (ctx) => currentSystemic(ctx, 'immunosuppressant').map(medEvidence),
	clinicianMessage: (evidence) =>
		`Conventional immunosuppressant: ${describeAll(evidence)}. Continue it. Any taper or wean ` +
		'must be done by the prescribing specialist with monitoring (the seed says "strict medical ' +
		'supervision"). If a calcineurin or mTOR inhibitor is taken without a transplant (for ' +
		'example lupus nephritis, myasthenia, atopic dermatitis), R20 does not apply; confirm the ' +
		'indication.'
});

export const immunomodulatorInfo = defineRule({
	id: 'immunomodulator-info',
	ref: 'R24',
	severity: 'info',
	title: 'Immunomodulator or type-2 biologic',
	patientMessageKey: 'screening_immunomodulator_info',
	sources: sources('S1'),
	test: (ctx) =>
		withClass(ctx, 'immunomodulator', 'biologic-type2').filter(isCurrent).map(medEvidence),
	clinicianMessage: (evidence) =>
		`${describeAll(evidence)}: not broadly immunosuppressive; no known LDN interaction. Note ` +
		'it as context for disease activity and continue.'
});

export const systemicCorticosteroid = defineRule({
	id: 'systemic-corticosteroid',
	ref: 'R25',
	severity: 'caution',
	title: 'Systemic corticosteroid',
	patientMessageKey: 'screening_systemic_corticosteroid',
	sources: sources('S1', 'S43'),
	test: (ctx) =>
		withClass(ctx, 'corticosteroid-systemic').filter(isSteroidOfConcern).map(medEvidence),
	clinicianMessage: (evidence) =>
		`Systemic steroid: ${medsOf(evidence)
			.map((e) => {
				const dose = e.dose ? ` ${e.dose}` : '';
				if (e.status === 'current') return `${describe(e)}${dose}`;
				const course =
					e.courseDays === undefined ? 'course length not reported' : `${e.courseDays}-day course`;
				return `${describe(e)}${dose}, stopped (${course}, ${daysText(e)})`;
			})
			.join('; ')}. Do not stop it abruptly: after prolonged use, too-rapid withdrawal can ` +
		'cause adrenal insufficiency. Any wean must be done by the prescriber (the seed says ' +
		'"strict medical supervision"). The disease may flare as the steroid is reduced.'
});

export const msDmt = defineRule({
	id: 'ms-dmt',
	ref: 'R26',
	severity: 'caution',
	title: 'MS disease-modifying therapy',
	patientMessageKey: 'screening_ms_dmt',
	sources: sources('S21', 'S22', 'S1'),
	test: (ctx) => currentWithClass(ctx, 'ms-dmt').map(medEvidence),
	clinicianMessage: (evidence) =>
		`MS DMT: ${describeAll(evidence)}. LDN MS trials are small and mixed: one crossover RCT ` +
		'improved mental-health QoL (Cree 2010), another RCT (n=96) showed no QoL difference. There ' +
		'is no evidence that LDN replaces a DMT. Continue the DMT and coordinate with the ' +
		'neurologist.'
});
