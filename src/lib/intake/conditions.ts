// Condition ids offered on the conditions step. They are the ids of RULEBOOK section 3 and of the
// screening condition catalog (src/lib/screening/catalog/conditions.ts); conditions.spec.ts checks
// that the two lists agree. The intake keeps its own copy because these values are stored answers:
// the questionnaire, not the evidence catalog, decides what a patient can pick.

export const CONDITION_IDS = [
	'fibromyalgia',
	'crohns-disease',
	'crohns-pediatric',
	'ulcerative-colitis',
	'multiple-sclerosis',
	'rheumatoid-arthritis',
	'osteoarthritis',
	'psoriatic-arthritis-spondyloarthritis',
	'lupus',
	'sjogrens',
	'systemic-sclerosis',
	'dermatomyositis',
	'hashimotos',
	'graves',
	'crps',
	'diabetic-neuropathy',
	'small-fiber-neuropathy',
	'chronic-pain-general',
	'me-cfs',
	'long-covid',
	'lyme',
	'chronic-ebv',
	'mcas',
	'pots-dysautonomia',
	'sibo',
	'ibs',
	'celiac',
	'interstitial-cystitis',
	'endometriosis-pelvic-pain',
	'migraine-headache',
	'depression-adjunct',
	'anxiety-ptsd',
	'hailey-hailey',
	'lichen-planopilaris',
	'psoriasis',
	'chronic-pruritus',
	'alopecia-areata',
	'myasthenia-nmosd',
	'cancer-adjunct',
	'parkinsons',
	'autism',
	'hiv',
	'alcohol-use-disorder',
	'opioid-use-disorder'
] as const;

export type IntakeConditionId = (typeof CONDITION_IDS)[number];
