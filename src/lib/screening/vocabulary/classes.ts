// The classes of the medicine vocabulary: the WHO ATC classification (Anatomical Therapeutic
// Chemical), at its third level (pharmacological subgroup, 'C10A') or second where a lay phrase names
// only a therapeutic group ('C02' antihypertensives), plus two project classes for what ATC does not
// classify (dietary supplements and other substances). Each class states the engine classes of
// RULEBOOK §2.0 that its catalog members carry and a rule reads: `reads`. The RULEBOOK catalog stays
// the authority for those: a vocabulary name in such a class must resolve to a catalog entry
// (vocabulary.spec.ts), unless the class is `partial` (N07B holds naltrexone, which a rule reads, and
// varenicline, which none does) or the row asks which medicine is meant.
import type { MedicationClass } from '../catalog';

export interface VocabularyClass {
	/** ATC code ('C10A') or a project code ('X-SUPP'). */
	code: string;
	/** The class name as the source gives it. */
	name: string;
	source: string;
	/** RULEBOOK §2.0 classes of this class's catalog members that a rule reads; empty: no rule reads it. */
	reads: readonly MedicationClass[];
	/** Set when only some members are rule-read (those the catalog lists). */
	partial?: boolean;
}

const ATC = 'WHO Collaborating Centre for Drug Statistics Methodology, ATC/DDD Index 2025';
const PROJECT = 'project class: not classified in ATC';

const rows: readonly (readonly [string, string, string])[] = [
	['A02A', 'Antacids', ''],
	['A02B', 'Drugs for peptic ulcer and gastro-oesophageal reflux disease (GORD)', ''],
	['A03A', 'Drugs for functional gastrointestinal disorders', ''],
	['A03B', 'Belladonna and derivatives, plain', ''],
	['A03F', 'Propulsives', ''],
	['A04A', 'Antiemetics and antinauseants', ''],
	['A05A', 'Bile therapy', ''],
	['A06A', 'Drugs for constipation', ''],
	['A07A', 'Intestinal antiinfectives', ''],
	['A07B', 'Intestinal adsorbents', ''],
	['A07D', 'Antipropulsives', 'opioid-peripheral opioid-agonist'],
	['A07E', 'Intestinal antiinflammatory agents', 'immunomodulator corticosteroid-systemic'],
	['A09A', 'Digestives, incl. enzymes', ''],
	['A10A', 'Insulins and analogues', ''],
	['A10B', 'Blood glucose lowering drugs, excl. insulins', ''],
	['A11B', 'Multivitamins, plain', ''],
	['A11C', 'Vitamin A and D, incl. combinations of the two', ''],
	['A11D', 'Vitamin B1, plain and in combination with vitamin B6 and B12', ''],
	['A11E', 'Vitamin B-complex, incl. combinations', ''],
	['A11G', 'Ascorbic acid (vitamin C), incl. combinations', ''],
	['A11H', 'Other plain vitamin preparations', ''],
	['A12A', 'Calcium', ''],
	['A12B', 'Potassium', ''],
	['A12C', 'Other mineral supplements', ''],
	['B01A', 'Antithrombotic agents', ''],
	['B02B', 'Vitamin K and other hemostatics', ''],
	['B03A', 'Iron preparations', ''],
	['B03B', 'Vitamin B12 and folic acid', ''],
	['C01A', 'Cardiac glycosides', ''],
	['C01B', 'Antiarrhythmics, class I and III', ''],
	['C01C', 'Cardiac stimulants excl. cardiac glycosides', ''],
	['C01D', 'Vasodilators used in cardiac diseases', ''],
	['C01E', 'Other cardiac preparations', ''],
	['C02', 'Antihypertensives', ''],
	['C02A', 'Antiadrenergic agents, centrally acting', ''],
	['C02C', 'Antiadrenergic agents, peripherally acting', ''],
	['C02D', 'Arteriolar smooth muscle, agents acting on', ''],
	['C03', 'Diuretics', ''],
	['C03A', 'Low-ceiling diuretics, thiazides', ''],
	['C03B', 'Low-ceiling diuretics, excl. thiazides', ''],
	['C03C', 'High-ceiling diuretics', ''],
	['C03D', 'Aldosterone antagonists and other potassium-sparing agents', ''],
	['C07A', 'Beta blocking agents', ''],
	['C07C', 'Beta blocking agents and other diuretics', ''],
	['C08C', 'Selective calcium channel blockers with mainly vascular effects', ''],
	['C08D', 'Selective calcium channel blockers with direct cardiac effects', ''],
	['C09A', 'ACE inhibitors, plain', ''],
	['C09B', 'ACE inhibitors, combinations', ''],
	['C09C', 'Angiotensin II receptor blockers (ARBs), plain', ''],
	['C09D', 'Angiotensin II receptor blockers (ARBs), combinations', ''],
	['C10A', 'Lipid modifying agents, plain', ''],
	['C10B', 'Lipid modifying agents, combinations', ''],
	['D01A', 'Antifungals for topical use', ''],
	['D01B', 'Antifungals for systemic use', ''],
	['D02A', 'Emollients and protectives', ''],
	['D05A', 'Antipsoriatics for topical use', ''],
	['D06A', 'Antibiotics for topical use', ''],
	['D10A', 'Anti-acne preparations for topical use', ''],
	['D10B', 'Anti-acne preparations for systemic use', ''],
	['D11A', 'Other dermatological preparations', ''],
	['G02B', 'Contraceptives for topical use', ''],
	['G03A', 'Hormonal contraceptives for systemic use', ''],
	['G03B', 'Androgens', ''],
	['G03C', 'Estrogens', ''],
	['G03D', 'Progestogens', ''],
	['G03X', 'Other sex hormones and modulators of the genital system', ''],
	['G04B', 'Urologicals', ''],
	['G04C', 'Drugs used in benign prostatic hypertrophy', ''],
	['H02', 'Corticosteroids for systemic use', 'corticosteroid-systemic'],
	['H02A', 'Corticosteroids for systemic use, plain', 'corticosteroid-systemic'],
	['H03A', 'Thyroid preparations', 'thyroid-hormone'],
	['H03B', 'Antithyroid preparations', 'antithyroid'],
	['H03C', 'Iodine therapy', ''],
	['H04A', 'Glycogenolytic hormones', ''],
	['H05A', 'Parathyroid hormones and analogues', ''],
	['J01', 'Antibacterials for systemic use', ''],
	['J01A', 'Tetracyclines', ''],
	['J01C', 'Beta-lactam antibacterials, penicillins', ''],
	['J01D', 'Other beta-lactam antibacterials', ''],
	['J01E', 'Sulfonamides and trimethoprim', ''],
	['J01F', 'Macrolides, lincosamides and streptogramins', ''],
	['J01M', 'Quinolone antibacterials', ''],
	['J01X', 'Other antibacterials', ''],
	['J02A', 'Antimycotics for systemic use', ''],
	['J04A', 'Drugs for treatment of tuberculosis', ''],
	['J05A', 'Direct acting antivirals', ''],
	['L01E', 'Protein kinase inhibitors', ''],
	['L01F', 'Monoclonal antibodies and antibody drug conjugates', 'biologic'],
	['L01X', 'Other antineoplastic agents', ''],
	['L02B', 'Hormone antagonists and related agents', ''],
	['L04A', 'Immunosuppressants', 'biologic jak-inhibitor immunosuppressant ms-dmt'],
	['M01A', 'Antiinflammatory and antirheumatic products, non-steroids', ''],
	['M02A', 'Topical products for joint and muscular pain', ''],
	['M03', 'Muscle relaxants', ''],
	['M03A', 'Muscle relaxants, peripherally acting agents', ''],
	['M03B', 'Muscle relaxants, centrally acting agents', ''],
	['M04A', 'Antigout preparations', ''],
	['M05B', 'Drugs affecting bone structure and mineralization', ''],
	['N01A', 'Anesthetics, general', ''],
	['N01B', 'Anesthetics, local', ''],
	['N02', 'Analgesics', 'opioid-agonist opioid-partial-agonist'],
	['N02A', 'Opioids', 'opioid-agonist opioid-partial-agonist'],
	['N02B', 'Other analgesics and antipyretics', ''],
	['N02C', 'Antimigraine preparations', ''],
	['N03A', 'Antiepileptics', ''],
	['N04A', 'Anticholinergic agents', ''],
	['N04B', 'Dopaminergic agents', ''],
	['N05A', 'Antipsychotics', 'label-interaction'],
	['N05B', 'Anxiolytics', ''],
	['N05C', 'Hypnotics and sedatives', ''],
	['N06A', 'Antidepressants', ''],
	['N06B', 'Psychostimulants, agents used for ADHD and nootropics', ''],
	['N06D', 'Anti-dementia drugs', ''],
	['N07A', 'Parasympathomimetics', ''],
	[
		'N07B',
		'Drugs used in addictive disorders',
		'opioid-agonist opioid-partial-agonist naltrexone-product label-interaction'
	],
	['N07C', 'Antivertigo preparations', ''],
	['N07X', 'Other nervous system drugs', ''],
	['P01A', 'Agents against amoebiasis and other protozoal diseases', ''],
	['P01B', 'Antimalarials', 'immunomodulator'],
	['P02C', 'Antinematodal agents', ''],
	['R01A', 'Decongestants and other nasal preparations for topical use', ''],
	['R01B', 'Nasal decongestants for systemic use', ''],
	['R03', 'Drugs for obstructive airway diseases', ''],
	['R03A', 'Adrenergics, inhalants', ''],
	['R03B', 'Other drugs for obstructive airway diseases, inhalants', ''],
	['R03D', 'Other systemic drugs for obstructive airway diseases', ''],
	['R05', 'Cough and cold preparations', 'opioid-agonist'],
	['R05C', 'Expectorants, excl. combinations with cough suppressants', ''],
	['R05D', 'Cough suppressants, excl. combinations with expectorants', 'opioid-agonist'],
	['R06A', 'Antihistamines for systemic use', ''],
	['S01E', 'Antiglaucoma preparations and miotics', ''],
	['S01G', 'Decongestants and antiallergics', ''],
	['S01X', 'Other ophthalmologicals', ''],
	['V03A', 'All other therapeutic products', '']
];

/** Classes whose rule-read members are only those the catalog lists. */
const PARTIAL = new Set(['A07D', 'A07E', 'N02', 'N05A', 'N07B', 'R05', 'R05D', 'L01F', 'P01B']);

export const vocabularyClasses: readonly VocabularyClass[] = [
	...rows.map(([code, name, reads]): VocabularyClass => ({
		code,
		name,
		source: ATC,
		reads: reads === '' ? [] : (reads.split(' ') as MedicationClass[]),
		...(PARTIAL.has(code) && { partial: true })
	})),
	{
		code: 'X-SUPP',
		name: 'Dietary supplements, herbals and foods',
		source: `${PROJECT} (US dietary supplements, DSHEA 1994)`,
		reads: []
	},
	{ code: 'X-OTHER', name: 'Other substances', source: PROJECT, reads: [] }
];

export const vocabularyClassByCode: ReadonlyMap<string, VocabularyClass> = new Map(
	vocabularyClasses.map((c) => [c.code, c])
);
