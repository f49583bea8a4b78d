// RULEBOOK §2.4 naltrexone products and other opioid antagonists (R08, R09, R34; reversal agents: note only).
import { EXTENDED_RELEASE, INJECTION, defineRows } from './define';

/** Compounded LDN is at most this many mg a day (R34); above it, naltrexone is a duplicate (R08 at ≥25). */
export const LOW_DOSE_NALTREXONE_MAX_MG = 10;

export const antagonists = defineRows('2.4', [
	{
		id: 'naltrexone-oral',
		generic: 'naltrexone (standard-dose oral)',
		brands: ['ReVia', 'Depade'],
		aliases: ['naltrexone', 'naltraxone', 'naltrexon'],
		classes: ['naltrexone-product'],
		tags: ['naltrexone', 'naltrexone-oral'],
		note: 'R08 if ≥25 mg/day. AUD/OUD indication. ReVia and Depade are discontinued; generic 50 mg. Plain "naltrexone" maps here unless the text says low-dose, compounded or a strength ≤10 mg (then LDN).',
		variants: [
			{
				when: [...INJECTION, ...EXTENDED_RELEASE, 'monthly', 'depot'],
				id: 'naltrexone-er-injection'
			},
			{ when: ['ldn', 'low', 'lowdose', 'compounded', 'microdose'], id: 'naltrexone-ldn' }
		]
	},
	{
		id: 'naltrexone-er-injection',
		generic: 'naltrexone (extended-release injectable)',
		brands: ['Vivitrol'],
		aliases: ['vivatrol', 'vivitral', 'vivitrol shot'],
		classes: ['naltrexone-product'],
		tags: ['naltrexone', 'vivitrol'],
		note: 'R08 if the last injection was <30 days ago. Blocks opioids for about 28 days (S3).'
	},
	{
		id: 'bupropion-naltrexone',
		generic: 'bupropion / naltrexone',
		brands: ['Contrave'],
		aliases: ['contrave', 'contrav', 'naltrexone/bupropion'],
		classes: ['naltrexone-product'],
		tags: ['naltrexone', 'contrave'],
		note: 'Weight management; 8 mg naltrexone per tablet, up to 32 mg/day (S39). R08.'
	},
	{
		id: 'naltrexone-ldn',
		generic: 'naltrexone (compounded low-dose)',
		ingredients: ['naltrexone'],
		aliases: [
			'LDN',
			'low dose naltrexone',
			'low-dose naltrexone',
			'compounded naltrexone',
			'naltrexone low dose',
			'low dose naltraxone'
		],
		classes: ['naltrexone-product'],
		tags: ['naltrexone', 'ldn'],
		note: 'R34. Compounded capsules, liquid or sublingual. Check for slow-release forms and calcium-carbonate filler.'
	},
	{
		id: 'olanzapine-samidorphan',
		generic: 'olanzapine / samidorphan',
		brands: ['Lybalvi'],
		aliases: ['samidorphan'],
		classes: ['opioid-antagonist-other'],
		tags: ['samidorphan'],
		note: 'R09. The label contraindicates it with opioids and requires a delay of 7/14 days after short- or long-acting opioids (S38).'
	},
	{
		id: 'methylnaltrexone',
		generic: 'methylnaltrexone',
		brands: ['Relistor'],
		classes: ['pamora'],
		note: 'R09; implies opioid therapy.'
	},
	{
		id: 'naloxegol',
		generic: 'naloxegol',
		brands: ['Movantik'],
		classes: ['pamora'],
		note: 'R09.'
	},
	{
		id: 'naldemedine',
		generic: 'naldemedine',
		brands: ['Symproic'],
		classes: ['pamora'],
		note: 'R09.'
	},
	{
		id: 'alvimopan',
		generic: 'alvimopan',
		brands: ['Entereg'],
		classes: ['pamora'],
		note: 'R09 (hospital, after bowel surgery).'
	},
	{
		id: 'naloxone',
		generic: 'naloxone',
		brands: ['Narcan', 'Kloxxado', 'Zimhi', 'RiVive'],
		aliases: ['narcan nasal spray', 'naloxone kit', 'nalaxone'],
		classes: ['opioid-reversal'],
		tags: ['naloxone-kit'],
		note: 'No rule. A rescue kit is appropriate. Ask why the patient has one (own opioid use? household?). "Narcan" is not "Norco".'
	},
	{
		id: 'nalmefene',
		generic: 'nalmefene',
		brands: ['Opvee', 'Zurnai'],
		classes: ['opioid-reversal'],
		tags: ['naloxone-kit'],
		note: 'No rule, as for naloxone: ask why the patient has a rescue kit.'
	}
]);
