// The clinic's suggested LDN titration, for clinicians only (never shown to patients as advice).
//
// The seed article (S1) gives the clinic schedule: 1.5 mg at bedtime, up 1.5 mg every 4 weeks to
// 4.5 mg; slow it down or move the dose to the morning if sleep is disturbed; give it at least a
// three-month trial. Compounding: immediate-release only, no calcium-carbonate filler (S1, S5).
// A gentler plan (lower start, smaller steps) is suggested when the screening raised Hashimoto's on
// thyroid hormone (R27: start ≤1.5 mg, titrate slowly, TSH/FT4 after each change; S5, S6), a
// chronic infection or fatigue flare risk (R29: slower titration; S1) or sleep disturbance (R30).
// The rulebook (§0.5) notes that schedules vary between sources: this is a suggestion to edit.
import type { IntakeAnswers } from '../intake';
import { sources } from './sources';
import type { ScreeningResult, Source } from './types';

export interface TitrationStep {
	fromWeek: number;
	toWeek: number | null;
	doseMg: number;
}

export interface TitrationSchedule {
	id: 'standard' | 'gentle';
	description: string;
	steps: readonly TitrationStep[];
}

export const titrationPlan = {
	standard: {
		id: 'standard',
		description: 'Clinic schedule: 1.5 mg, up 1.5 mg every 4 weeks to 4.5 mg (S1).',
		steps: [
			{ fromWeek: 1, toWeek: 4, doseMg: 1.5 },
			{ fromWeek: 5, toWeek: 8, doseMg: 3 },
			{ fromWeek: 9, toWeek: null, doseMg: 4.5 }
		]
	},
	gentle: {
		id: 'gentle',
		description:
			'Lower start and smaller steps: 0.5 mg, then 1.5 mg, 3 mg and 4.5 mg, 4 weeks apart; stop ' +
			'at the lowest dose that helps (S1: some patients do best at 0.5-1.5 mg; S5, S6).',
		steps: [
			{ fromWeek: 1, toWeek: 4, doseMg: 0.5 },
			{ fromWeek: 5, toWeek: 8, doseMg: 1.5 },
			{ fromWeek: 9, toWeek: 12, doseMg: 3 },
			{ fromWeek: 13, toWeek: null, doseMg: 4.5 }
		]
	},
	formulation: {
		release: 'immediate-release',
		avoidFillers: ['calcium-carbonate'],
		note: 'Compounded immediate-release naltrexone; no slow-release forms; neutral filler such as microcrystalline cellulose (S1, S5).'
	},
	trialDays: 90
} as const satisfies {
	standard: TitrationSchedule;
	gentle: TitrationSchedule;
	formulation: unknown;
	trialDays: number;
};

export interface TitrationSuggestion {
	schedule: TitrationSchedule;
	timing: 'bedtime' | 'morning';
	/** True while a contraindication stands: the plan is for after it is resolved. */
	onHold: boolean;
	reasons: string[];
	monitoring: string[];
	formulation: string[];
	trialDays: number;
	sources: readonly Source[];
}

/** The suggested plan for one screened intake. For clinicians only. */
export function suggestTitration(
	result: ScreeningResult,
	answers: IntakeAnswers
): TitrationSuggestion {
	const fired = new Set(result.flags.map((f) => f.rule));
	const reasons: string[] = [];
	const monitoring: string[] = [];
	if (fired.has('hashimoto-thyroid-replacement')) {
		reasons.push(
			"Hashimoto's on thyroid hormone (R27): start at the lowest dose and titrate slowly."
		);
		monitoring.push('TSH/FT4 about 4-6 weeks after the start and after each dose change (S5, S6).');
	}
	if (fired.has('chronic-infection-flare-risk')) {
		reasons.push(
			'Chronic infection or fatigue (R29): a transient flare is possible; go slowly (S1).'
		);
	}
	const sleepDisturbed = fired.has('sleep-disturbance');
	if (sleepDisturbed) {
		reasons.push('Sleep disturbance (R30): low start, slower steps, and morning dosing (S1, S13).');
	}
	const gentle = reasons.length > 0;
	if (!gentle) reasons.push('No flag calls for a slower start: clinic schedule (S1).');

	const formulation: string[] = [titrationPlan.formulation.note];
	const health = answers.health;
	if (health.ldnCurrent === 'yes') {
		const dose = health.ldnDoseMg === undefined ? 'an unreported dose' : `${health.ldnDoseMg} mg`;
		reasons.push(`Already taking LDN at ${dose} (R34): reconcile before changing the dose.`);
	}
	if (health.ldnFiller === 'calcium-carbonate') {
		formulation.push(
			'Current LDN has a calcium-carbonate filler: ask for a neutral filler (S1, S5).'
		);
	}

	const schedule = gentle ? titrationPlan.gentle : titrationPlan.standard;
	return {
		schedule: { ...schedule, steps: schedule.steps.map((step) => ({ ...step })) },
		timing: sleepDisturbed ? 'morning' : 'bedtime',
		onHold: result.triage === 'not-eligible-now',
		reasons,
		monitoring,
		formulation,
		trialDays: titrationPlan.trialDays,
		sources: sources('S1', 'S5', 'S6')
	};
}
