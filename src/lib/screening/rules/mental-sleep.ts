// Sleep and mental health: R30 (sleep disturbance) and R31 (psychiatric high risk).
import { sources } from '../sources';
import type { Evidence } from '../types';
import { answer, answerText, defineRule } from './common';

const HIGH_RISK = ['suicidal-thoughts-12m', 'bipolar', 'psychotic-disorder', 'ptsd-nightmares'];

export const sleepDisturbance = defineRule({
	id: 'sleep-disturbance',
	ref: 'R30',
	severity: 'info',
	title: 'Sleep disturbance',
	patientMessageKey: 'screening_sleep_disturbance',
	sources: sources('S13', 'S16', 'S1'),
	test: (ctx) => {
		const { sleep, mentalHealth } = ctx.answers.health;
		const evidence: Evidence[] = sleep.length > 0 ? [answer('health', 'sleep', [...sleep])] : [];
		// Nightmares with PTSD are frequent nightmares too (condition catalog: anxiety-ptsd → R30/R31).
		if (mentalHealth.includes('ptsd-nightmares')) {
			evidence.push(answer('health', 'mentalHealth', ['ptsd-nightmares']));
		}
		return evidence;
	},
	clinicianMessage: (evidence) =>
		`Sleep: ${answerText(evidence)}. The most common LDN adverse effects are sleep-related: ` +
		'vivid dreams in 37% vs 13% on placebo (FM trial abstract), and sleep disturbance was the ' +
		"most common adverse effect in the Crohn's pilot (7/17). Consider a low start and slower " +
		'titration, and morning dosing if insomnia persists.'
});

export const psychiatricHighRisk = defineRule({
	id: 'psychiatric-high-risk',
	ref: 'R31',
	severity: 'caution',
	title: 'Psychiatric high risk',
	patientMessageKey: 'screening_psychiatric_high_risk',
	sources: sources('S4', 'S48', 'S13'),
	test: (ctx) => {
		const found = ctx.answers.health.mentalHealth.filter((m) => HIGH_RISK.includes(m));
		return found.length > 0 ? [answer('health', 'mentalHealth', found)] : [];
	},
	clinicianMessage: (evidence) =>
		`Mental health: ${answerText(evidence)}. Naltrexone labeling lists depression and suicidal ` +
		'ideation as precautions. LDN commonly causes vivid dreams and sometimes agitation. LDN ' +
		'RCTs excluded psychosis and suicidality. Check current safety, coordinate with the ' +
		'mental-health prescriber, and start low.'
});
