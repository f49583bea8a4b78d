// Every threshold and policy choice the screening rules use, in one versioned object.
//
// Why one object: the rulebook (RULEBOOK.md, draft 0.1) is awaiting a clinician's sign-off, and every
// parameter (§0.3) and decision (§5, D1-D10) below may change when it is signed. Rules read numbers
// only from here, and every screening stores RULESET_VERSION, so a stored result can always be traced
// to the exact thresholds that produced it. Bump the version whenever any value here or any rule's
// logic changes: `ldn-rules-<semver>+rulebook-<rulebook version>`.

/** The version stored with every screening result. */
export const RULESET_VERSION = 'ldn-rules-0.2.0+rulebook-draft-0.1';

export const params = {
	washout: {
		shortActing: {
			// Below this many days since the last dose, R02 fires (contraindication). Label: 7-10 days
			// opioid-free, tramadol included (S2); clinic standard 10-14 days (S1). RULEBOOK §0.3.
			minDays: 10,
			// From minDays to clearDays - 1 (10-13 days), R03 fires (caution). S1 upper bound. §0.3.
			clearDays: 14
		},
		longActing: {
			// Below this, R02 fires. Withdrawal can be precipitated for up to 2 weeks after
			// buprenorphine or methadone (S2, S3). Applies to the long-acting list of §0.3. §0.3.
			clearDays: 14
		},
		depotBuprenorphine: {
			// Sublocade, Brixadi: terminal half-life 43-60 days (S40). Decision D1. §0.3.
			clearDays: 180
		}
	},
	vivitrol: {
		// Vivitrol blocks opioid receptors for about 28 days after an injection (S3). R08. §0.3.
		activeDays: 30
	},
	opioidHistory: {
		// R05 reports opioids stopped within this window (convenience). §0.3.
		lookbackDays: 365
	},
	kratom: {
		// R10 fires for kratom reported within this window (Decision D7). §0.3.
		lookbackDays: 90,
		// Kratom is on the long-acting list for washout: 14 days (Decision D7, S36). §0.3.
		washout: 'LA'
	},
	loperamide: {
		// More than this many mg per day fires R12 instead of R11. Maximum Rx daily dose 16 mg,
		// OTC maximum 8 mg (S37). §0.3.
		highDoseMgPerDay: 16
	},
	naltrexone: {
		// Compounded naltrexone at or below this daily dose is LDN (R34); above it, R08 (duplicate
		// naltrexone). RULEBOOK R08/R34: "compounded LDN at ≤10 mg"; standard oral dose ≥25 mg/day.
		ldnMaxMgPerDay: 10
	},
	alcohol: {
		// NIAAA heavy drinking (S42): more than these per day or per week fires R32. §0.3.
		// 'intersex' and 'prefer-not-to-say' use the lower (women's) limits: the conservative choice.
		heavy: {
			male: { perDay: 4, perWeek: 14 },
			female: { perDay: 3, perWeek: 7 }
		}
	},
	surgery: {
		// R33 fires for a procedure planned within this many days (Decision D9). §0.3.
		lookaheadDays: 56
	},
	steroid: {
		// A stopped systemic steroid course of at least minCourseDays that ended within
		// lookbackDays fires R25: HPA suppression is possible after about 3 weeks (S43). §0.3.
		minCourseDays: 21,
		lookbackDays: 90
	},
	biologic: {
		// A biologic given within this many days still counts for R21: rituximab and ocrelizumab are
		// given every 6 months. §0.3.
		lookbackDays: 180
	},
	age: {
		// Below this age, R18 fires: safety under 18 is not established (S4). Decision D3.
		adultYears: 18
	},
	// RULEBOOK §5: policy choices for the clinical lead, at their draft defaults. Where a decision is
	// a number it lives above (D1 washout.depotBuprenorphine, D7 kratom, D9 surgery) and is only
	// referenced here, so that there is one place to change it.
	decisions: {
		// D1: depot buprenorphine washout = washout.depotBuprenorphine.clearDays (180 d), plus
		// addiction-specialist input (R06 always fires for a current depot product). S40.
		D1: 'depot-buprenorphine-180-days',
		// D2: pregnancy, possible pregnancy or trying to conceive is a caution (R16). S2, S45.
		D2: { pregnancySeverity: 'caution' },
		// D3: minors are a contraindication: this is an adult service (R18). S4, S18.
		D3: { minorSeverity: 'contraindication' },
		// D4: transplant recipients are a contraindication (R20). S5, S7.
		D4: { transplantSeverity: 'contraindication' },
		// D5: type-2/allergy biologics are info (R24); IVIG is a caution (R21). Encoded by the catalog
		// classes: 'biologic-type2' feeds R24, IVIG is 'biologic' and feeds R21.
		D5: 'type2-info-ivig-caution',
		// D6: diphenoxylate/difenoxin (Lomotil, Motofen) and opium tincture are treated as opioids
		// (R01-R05). Encoded by the catalog class 'opioid-agonist'; the rules follow the class. S3.
		D6: 'antidiarrheal-opioids-are-opioids',
		// D7: kratom washout = kratom.washout (long-acting list, 14 days). S36.
		D7: 'kratom-long-acting-14-days',
		// D8: a missing last-dose date for an opioid is treated as within the washout (R02).
		D8: { missingLastDoseIsWithinWashout: true },
		// D9: surgery look-ahead = surgery.lookaheadDays (56 days).
		D9: 'surgery-lookahead-56-days',
		// D10: no rules for age ≥65, cannabis or active cancer treatment: no sourced LDN-specific
		// caution was found, and the clinician sees those answers anyway.
		D10: 'no-extra-rules'
	},
	// Engineering safety defaults that are not in the rulebook, awaiting the same sign-off.
	engine: {
		// E1: a medicine name the matcher cannot place (slang such as "fent" or "hydros", a typo
		// too far from any catalog name) could be an opioid. Such an intake is never 'eligible': it
		// goes to 'review' so that a clinician reads the name. RULEBOOK 0.4.6 only asks for a note;
		// the product's worst failure is calling a patient on daily opioids eligible.
		unrecognisedMedicationNeedsReview: true
	}
} as const;

export type Params = typeof params;
