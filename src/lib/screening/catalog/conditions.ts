// RULEBOOK §3 condition catalog: 44 conditions patients seeking LDN commonly report, with the evidence for LDN.
// For evidence display and patient education only: a condition alone never fires a rule except those named in
// `rules` (RULEBOOK §1.1).

/** RULEBOOK §3 evidence grades. */
export type EvidenceGrade = 'rct' | 'pilot-open' | 'obs' | 'case' | 'none-found';

export const evidenceGrades: Readonly<Record<EvidenceGrade, string>> = {
	rct: 'RCT: at least one randomised controlled trial',
	'pilot-open': 'Pilot/open: uncontrolled or very small trials',
	obs: 'Obs: registry or retrospective data',
	case: 'Case: case reports or series only',
	'none-found': 'None found: no clinical study was located (practice or anecdote only)'
};

export interface Condition {
	id: string;
	/** Plain patient-facing name (English; the wizard may translate by id). */
	name: string;
	/** Other words patients use, from the rulebook's "patient wording / aliases" column. */
	aliases: readonly string[];
	/** One-line evidence note for the clinician. */
	evidence: string;
	grade: EvidenceGrade;
	/** Source ids of RULEBOOK §6 ('S12'). */
	sources: readonly string[];
	/** Rule numbers this condition relates to ('R29'); empty for "none". */
	rules: readonly string[];
	/** The rulebook's wording when a rule applies only in some cases ("R26 if on a DMT"). */
	rulesNote?: string;
	/** RULEBOOK §0.5: the seed article claims something the sources do not support. */
	seedClaimUnverified?: boolean;
}

const R = (from: number, to: number): string[] =>
	Array.from({ length: to - from + 1 }, (_, i) => `R${String(from + i).padStart(2, '0')}`);

export const conditions = [
	{
		id: 'fibromyalgia',
		name: 'Fibromyalgia',
		aliases: ['fibro'],
		evidence:
			'Mixed RCTs. Pilot (n=10): >30% symptom reduction. Crossover RCT (n=31): pain reduced 28.8% vs 18.0% on placebo. FINAL RCT (n=99, 6 mg): not superior to placebo.',
		grade: 'rct',
		sources: ['S14', 'S12', 'S15', 'S13'],
		rules: []
	},
	{
		id: 'crohns-disease',
		name: "Crohn's disease",
		aliases: ['crohns', 'crohn disease'],
		evidence:
			'RCT (n=40): 88% vs 40% clinical response, 78% endoscopic response. Pilot (n=17): 89% response, 67% remission. Cochrane 2018: only 2 RCTs (46 participants); the evidence base is small.',
		grade: 'rct',
		sources: ['S17', 'S16', 'S19'],
		rules: []
	},
	{
		id: 'crohns-pediatric',
		name: "Crohn's disease in a child or teen",
		aliases: ['pediatric crohns'],
		evidence:
			'Pilot RCT (n=14, ages 8-17, 0.1 mg/kg): well tolerated; 25% remission, 67% improved.',
		grade: 'rct',
		sources: ['S18'],
		rules: ['R18']
	},
	{
		id: 'ulcerative-colitis',
		name: 'Ulcerative colitis',
		aliases: ['UC', 'IBD', 'inflammatory bowel disease'],
		evidence:
			"Open-label cohort of therapy-refractory IBD (n=47, Crohn's + UC): 74.5% clinical improvement, 25.5% remission. No UC RCT found.",
		grade: 'pilot-open',
		sources: ['S20'],
		rules: []
	},
	{
		id: 'multiple-sclerosis',
		name: 'Multiple sclerosis (MS)',
		aliases: ['MS', 'relapsing MS', 'progressive MS'],
		evidence:
			'Two small RCTs. Crossover (n=80): mental-health QoL improved. A second RCT (n=96): no QoL difference. Norway registry: no change in MS drug use.',
		grade: 'rct',
		sources: ['S21', 'S22', 'S23'],
		rules: ['R26'],
		rulesNote: 'R26 if on a DMT'
	},
	{
		id: 'rheumatoid-arthritis',
		name: 'Rheumatoid arthritis',
		aliases: ['RA'],
		evidence:
			'Obs (Norway, n=360): persistent LDN users had 13% fewer total DDDs of rheumatic medicines, fewer analgesics, and fewer DMARD users. No RA RCT. The seed\'s "lower ESR" comes from a fibromyalgia study.',
		grade: 'obs',
		sources: ['S23'],
		rules: R(21, 25),
		rulesNote: 'R21-R25 per medications'
	},
	{
		id: 'osteoarthritis',
		name: 'Osteoarthritis',
		aliases: ['arthritis pain', 'OA'],
		evidence:
			'VA pilot crossover RCT (n=23, OA plus inflammatory arthritis): no difference vs placebo.',
		grade: 'rct',
		sources: ['S33'],
		rules: []
	},
	{
		id: 'psoriatic-arthritis-spondyloarthritis',
		name: 'Psoriatic arthritis or ankylosing spondylitis',
		aliases: ['psoriatic arthritis', 'PsA', 'ankylosing spondylitis', 'AS', 'spondyloarthritis'],
		evidence: 'None found. Patients are often on biologics or JAK inhibitors.',
		grade: 'none-found',
		sources: [],
		rules: ['R21', 'R22'],
		rulesNote: 'R21/R22 per medications'
	},
	{
		id: 'lupus',
		name: 'Lupus',
		aliases: ['SLE', 'systemic lupus erythematosus'],
		evidence: 'None found in this search. The seed\'s "small-scale lupus studies" is unverified.',
		grade: 'none-found',
		sources: [],
		rules: ['R23', 'R24'],
		rulesNote: 'R23/R24 per medications',
		seedClaimUnverified: true
	},
	{
		id: 'sjogrens',
		name: "Sjögren's disease",
		aliases: ['sjogrens', 'dry eyes and mouth'],
		evidence: 'Case reports (3 patients). A 2023 rheumatology review calls the data limited.',
		grade: 'case',
		sources: ['S31', 'S32'],
		rules: []
	},
	{
		id: 'systemic-sclerosis',
		name: 'Scleroderma (systemic sclerosis)',
		aliases: ['scleroderma', 'systemic sclerosis', 'SSc'],
		evidence: 'Case series for pruritus.',
		grade: 'case',
		sources: ['S32', 'S30'],
		rules: []
	},
	{
		id: 'dermatomyositis',
		name: 'Dermatomyositis',
		aliases: [],
		evidence: 'Case reports for pruritus.',
		grade: 'case',
		sources: ['S32', 'S30'],
		rules: []
	},
	{
		id: 'hashimotos',
		name: "Hashimoto's (autoimmune thyroiditis)",
		aliases: [
			'hashimotos',
			'autoimmune thyroiditis',
			'hypothyroidism with positive TPO antibodies'
		],
		evidence:
			'None found as trials. Practice reports say LDN may lower the replacement dose, sometimes quickly.',
		grade: 'none-found',
		sources: ['S5', 'S6'],
		rules: ['R27', 'R28']
	},
	{
		id: 'graves',
		name: "Graves' disease (overactive thyroid)",
		aliases: ['graves', 'hyperthyroidism', 'overactive thyroid'],
		evidence: 'None found; anecdotal.',
		grade: 'none-found',
		sources: ['S6'],
		rules: ['R28']
	},
	{
		id: 'crps',
		name: 'Complex regional pain syndrome (CRPS)',
		aliases: ['CRPS', 'RSD', 'reflex sympathetic dystrophy'],
		evidence: 'Case reports (2 patients). A small RCT is registered (NCT06306157).',
		grade: 'case',
		sources: ['S24'],
		rules: []
	},
	{
		id: 'diabetic-neuropathy',
		name: 'Painful diabetic neuropathy',
		aliases: ['diabetic nerve pain'],
		evidence:
			'Crossover RCT vs amitriptyline (n=67): similar pain relief, fewer adverse events (8 vs 52).',
		grade: 'rct',
		sources: ['S25'],
		rules: []
	},
	{
		id: 'small-fiber-neuropathy',
		name: 'Small fiber neuropathy',
		aliases: ['SFN', 'neuropathic pain', 'small fibre neuropathy'],
		evidence: 'None specific found. Centralized-pain scoping review only.',
		grade: 'none-found',
		sources: ['S35'],
		rules: ['R21'],
		rulesNote: 'R21 if on IVIG'
	},
	{
		id: 'chronic-pain-general',
		name: 'Chronic pain',
		aliases: ['back pain', 'centralized pain', 'chronic back pain'],
		evidence:
			'Reviews are mixed. A 2024 systematic review of 7 RCTs (n=406) found no overall efficacy. Scoping and narrative reviews call it promising but low quality.',
		grade: 'rct',
		sources: ['S34', 'S35', 'S11', 'S8'],
		rules: R(1, 5),
		rulesNote: 'R01-R05 (opioid use common)'
	},
	{
		id: 'me-cfs',
		name: 'ME/CFS (chronic fatigue syndrome)',
		aliases: [
			'ME/CFS',
			'chronic fatigue syndrome',
			'CFS',
			'myalgic encephalomyelitis',
			'chronic fatigue'
		],
		evidence:
			'Obs retrospective (Finland): 73.9% reported a positive response; mild early adverse effects (insomnia, nausea).',
		grade: 'obs',
		sources: ['S29'],
		rules: ['R29']
	},
	{
		id: 'long-covid',
		name: 'Long COVID',
		aliases: ['post-COVID', 'post-COVID fatigue', 'long haul COVID'],
		evidence:
			'Pilots: pre-post study (n=52, 1→2 mg) reported improvement; LDN+NAD+ (n=36) 52% responders. An RCT is registered (NCT05430152).',
		grade: 'pilot-open',
		sources: ['S27', 'S28', 'S48'],
		rules: ['R29']
	},
	{
		id: 'lyme',
		name: 'Lyme disease or another tick-borne illness',
		aliases: ['Lyme', 'post-treatment Lyme', 'chronic Lyme', 'tick-borne illness'],
		evidence: 'None found. Seed and clinic experience only ("bloom").',
		grade: 'none-found',
		sources: ['S1'],
		rules: ['R29']
	},
	{
		id: 'chronic-ebv',
		name: 'Chronic Epstein-Barr virus (EBV)',
		aliases: ['chronic EBV', 'EBV', 'reactivated mono'],
		evidence: 'None found. Seed only.',
		grade: 'none-found',
		sources: ['S1'],
		rules: ['R29']
	},
	{
		id: 'mcas',
		name: 'Mast cell activation syndrome (MCAS)',
		aliases: ['MCAS'],
		evidence: 'None found; anecdotal.',
		grade: 'none-found',
		sources: [],
		rules: []
	},
	{
		id: 'pots-dysautonomia',
		name: 'POTS or dysautonomia',
		aliases: ['POTS', 'dysautonomia', 'postural orthostatic tachycardia syndrome'],
		evidence: 'None found; often co-occurs with ME/CFS or long COVID.',
		grade: 'none-found',
		sources: [],
		rules: ['R29'],
		rulesNote: 'R29 if ME/CFS'
	},
	{
		id: 'sibo',
		name: 'Small intestinal bacterial overgrowth (SIBO)',
		aliases: ['SIBO'],
		evidence:
			'None found. Prokinetic rationale from practitioner talks only. The seed claim is unverified.',
		grade: 'none-found',
		sources: [],
		rules: [],
		seedClaimUnverified: true
	},
	{
		id: 'ibs',
		name: 'Irritable bowel syndrome (IBS)',
		aliases: ['IBS', 'IBS-D'],
		evidence:
			'A small open-label pilot is often cited (Kariv 2006) but was not verified in this search.',
		grade: 'none-found',
		sources: [],
		rules: ['R11'],
		rulesNote: 'R11 if on loperamide/eluxadoline'
	},
	{
		id: 'celiac',
		name: 'Celiac disease',
		aliases: ['coeliac disease'],
		evidence: 'None found.',
		grade: 'none-found',
		sources: [],
		rules: []
	},
	{
		id: 'interstitial-cystitis',
		name: 'Interstitial cystitis (bladder pain)',
		aliases: ['IC', 'bladder pain syndrome'],
		evidence: 'None found; listed by compounding pharmacies only.',
		grade: 'none-found',
		sources: [],
		rules: []
	},
	{
		id: 'endometriosis-pelvic-pain',
		name: 'Endometriosis or chronic pelvic pain',
		aliases: ['endometriosis', 'chronic pelvic pain'],
		evidence: 'None found.',
		grade: 'none-found',
		sources: [],
		rules: ['R16'],
		rulesNote: 'R16 if trying to conceive'
	},
	{
		id: 'migraine-headache',
		name: 'Migraine or chronic headache',
		aliases: ['migraine', 'chronic headache', 'headaches'],
		evidence:
			'None found. These patients often use butorphanol, Fioricet with codeine or Tylenol #3 PRN.',
		grade: 'none-found',
		sources: [],
		rules: ['R02', 'R04']
	},
	{
		id: 'depression-adjunct',
		name: 'Depression (add-on treatment)',
		aliases: ['depression', 'MDD'],
		evidence:
			'Pilot RCT (n=12, 1 mg twice daily added to dopaminergic antidepressants): MADRS improved, primary HAM-D not significant.',
		grade: 'rct',
		sources: ['S26'],
		rules: ['R31'],
		rulesNote: 'R31 if high-risk'
	},
	{
		id: 'anxiety-ptsd',
		name: 'Anxiety or PTSD',
		aliases: ['anxiety', 'PTSD'],
		evidence: 'None found. Vivid dreams may aggravate nightmares.',
		grade: 'none-found',
		sources: ['S13'],
		rules: ['R30', 'R31']
	},
	{
		id: 'hailey-hailey',
		name: 'Hailey-Hailey disease',
		aliases: ['familial benign pemphigus'],
		evidence:
			'Case series. Reviews describe LDN as effective in several reports, with relapses in some patients.',
		grade: 'case',
		sources: ['S30'],
		rules: []
	},
	{
		id: 'lichen-planopilaris',
		name: 'Lichen planopilaris (scarring hair loss)',
		aliases: ['LPP', 'scarring alopecia'],
		evidence: 'Case series; the systematic review rates LDN as promising.',
		grade: 'case',
		sources: ['S30'],
		rules: []
	},
	{
		id: 'psoriasis',
		name: 'Psoriasis',
		aliases: [],
		evidence: 'Case reports.',
		grade: 'case',
		sources: ['S30'],
		rules: ['R21', 'R22', 'R24'],
		rulesNote: 'R21/R22/R24 per medications'
	},
	{
		id: 'chronic-pruritus',
		name: 'Chronic itch (eczema, prurigo)',
		aliases: ['chronic itch', 'pruritus', 'eczema', 'atopic dermatitis', 'prurigo nodularis'],
		evidence:
			'Naltrexone (mostly standard dose) reduces pruritus in several conditions. LDN data are limited.',
		grade: 'case',
		sources: ['S30'],
		rules: ['R24'],
		rulesNote: 'R24 if on a type-2 biologic'
	},
	{
		id: 'alopecia-areata',
		name: 'Alopecia areata',
		aliases: ['patchy hair loss'],
		evidence: 'None found. Patients may be on JAK inhibitors (Litfulo, Olumiant, Leqselvi).',
		grade: 'none-found',
		sources: [],
		rules: ['R22']
	},
	{
		id: 'myasthenia-nmosd',
		name: 'Myasthenia gravis or NMOSD',
		aliases: ['myasthenia gravis', 'MG', 'NMOSD', 'neuromyelitis optica'],
		evidence:
			'None found. Patients are often on complement or FcRn biologics or immunosuppressants.',
		grade: 'none-found',
		sources: [],
		rules: ['R21', 'R23']
	},
	{
		id: 'cancer-adjunct',
		name: 'Cancer (add-on)',
		aliases: ['cancer'],
		evidence:
			'Preclinical work and case reports only. Reviews list it as a possible area, unproven.',
		grade: 'case',
		sources: ['S9'],
		rules: [],
		rulesNote: 'clinician review'
	},
	{
		id: 'parkinsons',
		name: "Parkinson's disease",
		aliases: ['parkinsons'],
		evidence: 'None found.',
		grade: 'none-found',
		sources: [],
		rules: []
	},
	{
		id: 'autism',
		name: 'Autism (child)',
		aliases: ['ASD', 'autism spectrum disorder'],
		evidence: 'None verified. Historical use.',
		grade: 'none-found',
		sources: [],
		rules: ['R18']
	},
	{
		id: 'hiv',
		name: 'HIV',
		aliases: [],
		evidence: 'Historical use (Bihari). Not verified in this search.',
		grade: 'none-found',
		sources: [],
		rules: []
	},
	{
		id: 'alcohol-use-disorder',
		name: 'Alcohol use disorder (drinking problem)',
		aliases: ['AUD', 'drinking problem', 'alcoholism'],
		evidence: 'FDA indication for 50 mg naltrexone, not for LDN.',
		grade: 'none-found',
		sources: ['S2'],
		rules: ['R08', 'R32'],
		rulesNote:
			'R32 reads a current alcohol use disorder only: the intake asks now or in the past (conditions.alcoholUseDisorderStatus), and one in remission does not fire it unless drinking is above the limits.'
	},
	{
		id: 'opioid-use-disorder',
		name: 'Opioid use disorder (opioid addiction)',
		aliases: ['OUD', 'opioid addiction'],
		evidence: 'FDA indication for 50 mg naltrexone and Vivitrol after detox, not for LDN.',
		grade: 'none-found',
		sources: ['S2', 'S3'],
		rules: ['R06', 'R07'],
		rulesNote:
			'R07 fires on any history, now or in the past (in remission); conditions.opioidUseDisorderStatus is shown to the clinician.'
	}
] as const satisfies readonly Condition[];

export type ConditionId = (typeof conditions)[number]['id'];

export const conditionIds: readonly ConditionId[] = conditions.map((c) => c.id);

export const conditionById: ReadonlyMap<ConditionId, Condition> = new Map(
	conditions.map((c) => [c.id, c as Condition])
);
