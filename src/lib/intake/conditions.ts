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

/**
 * The conditions step shows its options in these groups (each condition in exactly one, as a
 * patient would look for it), sorted by name in the patient's language. Labels:
 * `intake_condition_group_<id>`.
 */
export const CONDITION_GROUPS = [
	{
		id: 'pain',
		options: [
			'fibromyalgia',
			'chronic-pain-general',
			'crps',
			'osteoarthritis',
			'migraine-headache',
			'interstitial-cystitis',
			'endometriosis-pelvic-pain'
		]
	},
	{
		id: 'autoimmune',
		options: [
			'rheumatoid-arthritis',
			'psoriatic-arthritis-spondyloarthritis',
			'lupus',
			'sjogrens',
			'systemic-sclerosis',
			'dermatomyositis',
			'hashimotos',
			'graves'
		]
	},
	{
		id: 'gut',
		options: ['crohns-disease', 'crohns-pediatric', 'ulcerative-colitis', 'ibs', 'sibo', 'celiac']
	},
	{
		id: 'nerves',
		options: [
			'multiple-sclerosis',
			'myasthenia-nmosd',
			'diabetic-neuropathy',
			'small-fiber-neuropathy',
			'parkinsons',
			'autism'
		]
	},
	{
		id: 'fatigue',
		options: ['me-cfs', 'long-covid', 'lyme', 'chronic-ebv', 'mcas', 'pots-dysautonomia', 'hiv']
	},
	{
		id: 'skin',
		options: [
			'psoriasis',
			'hailey-hailey',
			'lichen-planopilaris',
			'chronic-pruritus',
			'alopecia-areata'
		]
	},
	{
		id: 'mental',
		options: ['depression-adjunct', 'anxiety-ptsd', 'alcohol-use-disorder', 'opioid-use-disorder']
	},
	{ id: 'other', options: ['cancer-adjunct'] }
] as const satisfies readonly { id: string; options: readonly IntakeConditionId[] }[];
