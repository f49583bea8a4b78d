// Realistic, clearly fake intakes for demos, tests and benchmarks. Deterministic for a given seed
// (a small PRNG, no Math.random), cheap enough to make a million rows, and every intake passes
// the real schema and the real screening. Names come from short lists and emails use the
// reserved example.com domain, so no row can be mistaken for a real patient.
import {
	CONDITION_IDS,
	GOAL_IDS,
	QUESTIONNAIRE_VERSION,
	SERVICE_STATES,
	US_STATE_CODES,
	followUpFieldsFor,
	intakeSchema,
	type IntakeAnswers
} from '../../intake';
import { addDays } from '../../intake';
import { matchMedication } from '../../screening/match';
import type { intakes } from '../db/schema';
import { contactColumns, flagRows, screeningColumns } from '../intakes/record';
import { screeningOf, type StoredScreening } from '../intakes/screenings';

const FIRST = [
	'Alex',
	'Jordan',
	'Maria',
	'Sam',
	'Priya',
	'Chen',
	'Fatima',
	'Luis',
	'Grace',
	'Noah',
	'Ava',
	'Omar',
	'Elena',
	'Kwame',
	'Hannah',
	'Diego',
	'Mei',
	'Tom',
	'Rosa',
	'Ibrahim'
];
const LAST = [
	'Rivera',
	'Nguyen',
	'Smith',
	'Okafor',
	'Garcia',
	'Kowalski',
	'Haddad',
	'Johnson',
	'Patel',
	'Brown',
	'Lopez',
	'Kim',
	'Novak',
	'Mensah',
	'Schmidt',
	'Silva',
	'Cohen',
	'Ahmed',
	'Reyes',
	'Walker'
];

/** Medication lines as patients type them, with the usual mix of brands, typos and strengths. */
const MEDICATIONS: ReadonlyArray<[name: string, dose?: string]> = [
	['gabapentin', '300 mg'],
	['Cymbalta', '60 mg'],
	['levothyroxine', '75 mcg'],
	['Synthroid', '50 mcg'],
	['Humira', '40 mg every 2 weeks'],
	['methotrexate', '15 mg weekly'],
	['prednisone', '5 mg'],
	['hydroxychloroquine', '200 mg'],
	['Norco 10/325'],
	['tramadol', '50 mg'],
	['OxyContin 20mg'],
	['Percocet'],
	['Tylenol'],
	['ibuprofen', '400 mg'],
	['trazodone', '50 mg'],
	['sertraline', '100 mg'],
	['Lyrica', '75 mg'],
	['cyclobenzaprine'],
	['Ocrevus'],
	['Xeljanz', '5 mg'],
	['Imodium'],
	['Suboxone', '8 mg'],
	['Armour Thyroid'],
	['Flonase'],
	['metformin', '500 mg'],
	['Restasis'],
	['Enbrel'],
	['azathioprine', '50 mg'],
	['hydrocodon'],
	['Zyrtec']
];
const SUPPLEMENTS = [
	'vitamin D',
	'magnesium glycinate',
	'fish oil',
	'turmeric',
	'kratom',
	'B12',
	'probiotic',
	'CBD oil'
];

export interface SeedIntake {
	row: typeof intakes.$inferInsert;
	flags: ReturnType<typeof flagRows>;
	/** The whole screening, stored as the submission's (intake_screenings). */
	screening: StoredScreening;
}

/** A seeded PRNG (mulberry32): the same seed always yields the same intakes. */
export function prng(seed: number) {
	let a = seed >>> 0;
	const next = () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const int = (n: number) => Math.floor(next() * n);
	const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
	const chance = (p: number) => next() < p;
	return { next, int, pick, chance };
}

/**
 * The use-disorder status questions (questionnaire 2026-12.1): a demo patient with either disorder
 * has it in the past (in remission), in line with the health step's "no problem with alcohol now".
 * Derived, not drawn, so the random sequence (and every other generated answer) stays the same.
 */
function withDisorderStatus<T extends { conditions: string[] }>(conditions: T) {
	return {
		...conditions,
		...(conditions.conditions.includes('alcohol-use-disorder') && {
			alcoholUseDisorderStatus: 'remission' as const
		}),
		...(conditions.conditions.includes('opioid-use-disorder') && {
			opioidUseDisorderStatus: 'remission' as const
		})
	};
}

/** Fake answers for intake number `n`, screened as of `today` (YYYY-MM-DD). */
export function generateAnswers(
	rand: ReturnType<typeof prng>,
	n: number,
	today: string
): IntakeAnswers {
	const firstName = rand.pick(FIRST);
	const lastName = rand.pick(LAST);
	const meds = Array.from({ length: rand.int(5) }, () => {
		const [name, dose] = rand.pick(MEDICATIONS);
		return {
			name,
			...(dose ? { dose } : {}),
			route: 'mouth' as const,
			status: rand.chance(0.85) ? ('current' as const) : ('stopped' as const)
		};
	});
	const supplements = Array.from({ length: rand.int(3) }, () => ({
		name: rand.pick(SUPPLEMENTS),
		route: 'mouth' as const,
		status: 'current' as const
	}));
	const entries = [
		...meds.map((m, index) => ({ list: 'medications' as const, index, m })),
		...supplements.map((m, index) => ({ list: 'supplements' as const, index, m }))
	];
	const followUps = entries.flatMap(({ list, index, m }) => {
		const fields = followUpFieldsFor(m, matchMedication(m.name)).map((x) => x.field);
		if (fields.length === 0) return [];
		const f: Record<string, unknown> = { list, index, name: m.name };
		if (fields.includes('frequency')) f.frequency = rand.chance(0.5) ? 'scheduled' : 'as-needed';
		if (fields.includes('lastDoseDate')) f.lastDoseDate = addDays(today, -rand.int(60));
		if (fields.includes('dailyAmountMg')) f.dailyAmountMg = 2 + rand.int(20);
		if (fields.includes('courseDays')) f.courseDays = 5 + rand.int(40);
		return [f];
	});
	const age = 19 + rand.int(60);
	const answers = {
		consent: {
			privacyNotice: 'accepted',
			contactConsent: rand.chance(0.8) ? 'yes' : 'no',
			textConsent: rand.chance(0.6) ? 'yes' : 'no'
		},
		about: {
			firstName,
			lastName,
			email: `${firstName}.${lastName}.${n}@example.com`.toLowerCase(),
			phone: `512-555-01${String(n % 100).padStart(2, '0')}`, // 555-01xx: reserved for fiction
			preferredContact: rand.pick(['email', 'phone', 'text'] as const),
			dateOfBirth: addDays(today, -(age * 365 + rand.int(365))),
			sexAtBirth: rand.chance(0.7) ? 'female' : 'male',
			state: rand.chance(0.85) ? rand.pick(SERVICE_STATES) : rand.pick(US_STATE_CODES),
			heardAbout: rand.pick(['search', 'social', 'friend-family', 'clinician'] as const)
		},
		conditions: withDisorderStatus({
			conditions: [
				...new Set(Array.from({ length: 1 + rand.int(3) }, () => rand.pick(CONDITION_IDS)))
			],
			duration: rand.pick(['under-1-year', '1-5-years', 'over-5-years'] as const)
		}),
		medications: { medications: meds, supplements },
		...(followUps.length ? { 'medication-details': { entries: followUps } } : {}),
		health: {
			pregnancy: 'none',
			breastfeeding: 'no',
			liver: rand.chance(0.05) ? ['abnormal-liver-tests'] : [],
			kidney: rand.chance(0.04) ? 'ckd' : 'none',
			transplant: 'none',
			allergyNaltrexone: 'no',
			opioidMisuseHistory: rand.chance(0.05) ? 'yes' : 'no',
			opioidTreatmentCurrent: 'no',
			kratomUse: supplements.some((s) => s.name === 'kratom') ? 'yes' : 'no',
			alcoholDrinksPerWeek: rand.chance(0.1) ? 8 + rand.int(15) : rand.int(7),
			alcoholMaxPerDay: rand.int(3),
			alcoholUseDisorder: 'no',
			mentalHealth: rand.chance(0.3) ? ['depression-anxiety'] : [],
			sleep: rand.chance(0.3) ? ['insomnia'] : [],
			procedurePlanned: rand.chance(0.05) ? 'yes-date-unknown' : 'no',
			ldnCurrent: 'no'
		},
		goals: {
			goals: [
				...new Set([
					rand.pick(GOAL_IDS.filter((g) => g !== 'other')),
					rand.pick(GOAL_IDS.filter((g) => g !== 'other'))
				])
			],
			trialAcknowledged: 'yes'
		}
	};
	return intakeSchema.parse(answers);
}

const STATUSES = [
	'submitted',
	'submitted',
	'submitted',
	'in_review',
	'needs_info',
	'approved',
	'declined',
	'booked',
	'archived'
] as const;

/** Intake `n` as the rows to insert: submitted `n` minutes before `now`, screened on that day. */
export function generateIntake(rand: ReturnType<typeof prng>, n: number, now: Date): SeedIntake {
	const submittedAt = new Date(now.getTime() - (n + 1) * 60_000 - rand.int(60_000));
	const today = submittedAt.toISOString().slice(0, 10);
	const answers = generateAnswers(rand, n, today);
	const result = screeningOf(answers, { today, serviceStates: SERVICE_STATES });
	return {
		row: {
			status: rand.pick(STATUSES),
			questionnaireVersion: QUESTIONNAIRE_VERSION,
			locale: rand.chance(0.2) ? 'es' : 'en',
			answers,
			...contactColumns(answers),
			...screeningColumns(result),
			consentVersion: 'seed',
			consentedAt: submittedAt,
			source: rand.pick(['google', 'instagram', 'referral', 'newsletter', 'direct']),
			createdAt: submittedAt,
			updatedAt: submittedAt,
			submittedAt
		},
		flags: flagRows(result),
		screening: result
	};
}
