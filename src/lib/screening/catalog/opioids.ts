// RULEBOOK §2.1 opioid agonists, §2.2 partial agonists and mixed agonist-antagonists, §2.3 peripheral opioids.
import { EXTENDED_RELEASE, INJECTION, PATCH, defineRows } from './define';

const ER = EXTENDED_RELEASE;

/** §2.1: class opioid-agonist. Washout SA or LA per the §0.3 long-acting list. */
export const opioidAgonists = defineRows('2.1', [
	{
		id: 'oxycodone',
		generic: 'oxycodone',
		brands: ['Roxicodone', 'Oxaydo', 'RoxyBond'],
		aliases: ['oxy', 'oxycodon', 'oxicodone', 'oxy IR', 'oxycodone IR', 'oxycodone hydrochloride'],
		classes: ['opioid-agonist'],
		washout: 'SA',
		variants: [{ when: ER, id: 'oxycodone-er' }]
	},
	{
		id: 'oxycodone-er',
		generic: 'oxycodone (extended-release)',
		brands: ['OxyContin', 'Xtampza ER'],
		aliases: ['oxycontin', 'oxy contin', 'oxicontin', 'oxycotin', 'xtampza'],
		classes: ['opioid-agonist'],
		washout: 'LA'
	},
	{
		id: 'acetaminophen-oxycodone',
		generic: 'acetaminophen / oxycodone',
		brands: ['Percocet', 'Endocet', 'Nalocet', 'Primlev', 'Prolate', 'Roxicet'],
		aliases: ['percoset', 'perocet', 'perc', 'percs', 'oxycodone-APAP', 'oxycodone/acetaminophen'],
		classes: ['opioid-agonist'],
		washout: 'SA',
		note: 'Roxicet is discontinued but still typed by patients.'
	},
	{
		id: 'aspirin-oxycodone',
		generic: 'aspirin / oxycodone',
		brands: ['Percodan'],
		classes: ['opioid-agonist'],
		washout: 'SA'
	},
	{
		id: 'ibuprofen-oxycodone',
		generic: 'ibuprofen / oxycodone',
		brands: ['Combunox'],
		classes: ['opioid-agonist'],
		washout: 'SA',
		note: 'Combunox is discontinued.'
	},
	{
		id: 'hydrocodone-er',
		generic: 'hydrocodone (extended-release)',
		brands: ['Hysingla ER', 'Zohydro ER'],
		aliases: ['hysingla', 'zohydro'],
		classes: ['opioid-agonist'],
		washout: 'LA'
	},
	{
		id: 'acetaminophen-hydrocodone',
		generic: 'acetaminophen / hydrocodone',
		brands: ['Vicodin', 'Norco', 'Lortab', 'Lorcet', 'Xodol', 'Verdrocet'],
		aliases: [
			'hydrocodone',
			'hydrocodon',
			'hydrocodone/APAP',
			'hydrocodone-acetaminophen',
			'vicoden',
			'vicadin',
			'norko',
			'lortabs'
		],
		classes: ['opioid-agonist'],
		washout: 'SA',
		note: 'Vicodin is discontinued. Do not confuse "Norco" with "Narcan". Plain "hydrocodone" maps here (single-ingredient hydrocodone is sold only as extended-release).',
		variants: [{ when: ER, id: 'hydrocodone-er' }]
	},
	{
		id: 'hydrocodone-ibuprofen',
		generic: 'hydrocodone / ibuprofen',
		brands: ['Vicoprofen', 'Reprexain', 'Ibudone'],
		classes: ['opioid-agonist'],
		washout: 'SA',
		note: 'Vicoprofen is discontinued.'
	},
	{
		id: 'homatropine-hydrocodone',
		generic: 'homatropine / hydrocodone',
		brands: ['Hycodan', 'Hydromet'],
		aliases: ['hycodan syrup'],
		classes: ['opioid-agonist'],
		washout: 'SA',
		tags: ['cough'],
		note: 'Cough syrup.'
	},
	{
		id: 'chlorpheniramine-hydrocodone',
		generic: 'chlorpheniramine / hydrocodone',
		brands: ['Tussionex', 'TussiCaps'],
		classes: ['opioid-agonist'],
		washout: 'SA',
		tags: ['cough'],
		note: '12-hour extended-release cough suspension.'
	},
	{
		id: 'acetaminophen-benzhydrocodone',
		generic: 'acetaminophen / benzhydrocodone',
		brands: ['Apadaz'],
		classes: ['opioid-agonist'],
		washout: 'SA'
	},
	{
		id: 'codeine',
		generic: 'codeine',
		brands: ['codeine sulfate'],
		aliases: ['codine', 'codiene'],
		classes: ['opioid-agonist'],
		washout: 'SA'
	},
	{
		id: 'acetaminophen-codeine',
		generic: 'acetaminophen / codeine',
		brands: ['Tylenol with Codeine', 'Tylenol with Codeine #3', 'Tylenol with Codeine #4'],
		aliases: [
			'Tylenol #3',
			'Tylenol 3',
			'Tylenol #4',
			'Tylenol no. 3',
			'T3',
			'T#3',
			'tylenol w/ codeine',
			'APAP/codeine',
			'acetaminophen with codeine'
		],
		classes: ['opioid-agonist'],
		washout: 'SA',
		note: 'Plain "Tylenol" is not this product. "T3" alone is ambiguous with liothyronine (T3 thyroid hormone): it is read as Tylenol #3 unless the text has thyroid context (mcg, Cytomel, thyroid).'
	},
	{
		id: 'codeine-guaifenesin',
		generic: 'codeine / guaifenesin',
		brands: ['Cheratussin AC', 'Virtussin AC', 'Robitussin AC'],
		aliases: ['guaifenesin with codeine'],
		classes: ['opioid-agonist'],
		washout: 'SA',
		tags: ['cough'],
		note: 'Cough syrup. Robitussin AC is discontinued. "Robitussin DM" is dextromethorphan (look-alike, no flag).'
	},
	{
		id: 'codeine-promethazine',
		generic: 'codeine / promethazine',
		brands: ['Phenergan with Codeine', 'promethazine VC with codeine'],
		aliases: ['promethazine with codeine', 'promethazine w/ codeine', 'lean', 'purple drank'],
		classes: ['opioid-agonist'],
		washout: 'SA',
		tags: ['cough'],
		note: 'Phenergan with Codeine is discontinued. "Promethazine DM" is not an opioid.'
	},
	{
		id: 'chlorpheniramine-codeine',
		generic: 'chlorpheniramine / codeine',
		brands: ['Tuzistra XR', 'Tuxarin ER'],
		classes: ['opioid-agonist'],
		washout: 'SA',
		tags: ['cough']
	},
	{
		id: 'acetaminophen-butalbital-caffeine-codeine',
		generic: 'acetaminophen / butalbital / caffeine / codeine',
		brands: ['Fioricet with Codeine'],
		classes: ['opioid-agonist'],
		washout: 'SA',
		note: 'Headache. Plain Fioricet has no opioid (butalbital only).'
	},
	{
		id: 'aspirin-butalbital-caffeine-codeine',
		generic: 'aspirin / butalbital / caffeine / codeine',
		brands: ['Fiorinal with Codeine', 'Ascomp with Codeine'],
		classes: ['opioid-agonist'],
		washout: 'SA'
	},
	{
		id: 'aspirin-carisoprodol-codeine',
		generic: 'aspirin / carisoprodol / codeine',
		aliases: ['Soma compound with codeine'],
		classes: ['opioid-agonist'],
		washout: 'SA'
	},
	{
		id: 'acetaminophen-caffeine-dihydrocodeine',
		generic: 'acetaminophen / caffeine / dihydrocodeine',
		brands: ['Trezix', 'Panlor'],
		aliases: ['dihydrocodeine'],
		classes: ['opioid-agonist'],
		washout: 'SA',
		note: 'Panlor is discontinued.'
	},
	{
		id: 'aspirin-caffeine-dihydrocodeine',
		generic: 'aspirin / caffeine / dihydrocodeine',
		brands: ['Synalgos-DC'],
		classes: ['opioid-agonist'],
		washout: 'SA',
		variantOf: 'acetaminophen-caffeine-dihydrocodeine',
		note: 'Listed in the notes of the acetaminophen / caffeine / dihydrocodeine row.'
	},
	{
		id: 'morphine',
		generic: 'morphine (immediate-release)',
		brands: ['MSIR', 'Roxanol'],
		aliases: ['morphine', 'morphin', 'MS IR', 'morphine sulfate'],
		classes: ['opioid-agonist'],
		washout: 'SA',
		note: 'Roxanol is discontinued.',
		variants: [{ when: ER, id: 'morphine-er' }]
	},
	{
		id: 'morphine-er',
		generic: 'morphine (extended-release)',
		brands: ['MS Contin', 'Kadian', 'Arymo ER', 'MorphaBond ER'],
		aliases: ['ms contin', 'mscontin', 'arymo', 'morphabond'],
		classes: ['opioid-agonist'],
		washout: 'LA',
		note: 'Arymo ER and MorphaBond ER are discontinued.'
	},
	{
		id: 'hydromorphone',
		generic: 'hydromorphone',
		brands: ['Dilaudid'],
		aliases: ['dilaudid', 'dilauded', 'hydromorphine'],
		classes: ['opioid-agonist'],
		washout: 'SA',
		variants: [{ when: ER, id: 'hydromorphone-er' }]
	},
	{
		id: 'hydromorphone-er',
		generic: 'hydromorphone (extended-release)',
		brands: ['Exalgo'],
		classes: ['opioid-agonist'],
		washout: 'LA',
		note: 'Exalgo is discontinued.'
	},
	{
		id: 'oxymorphone',
		generic: 'oxymorphone',
		brands: ['Opana'],
		classes: ['opioid-agonist'],
		washout: 'SA',
		note: 'Opana ER was withdrawn in 2017; the ER form is long-acting.',
		variants: [{ when: ER, id: 'oxymorphone-er' }]
	},
	{
		id: 'oxymorphone-er',
		generic: 'oxymorphone (extended-release)',
		brands: ['Opana ER'],
		classes: ['opioid-agonist'],
		washout: 'LA',
		variantOf: 'oxymorphone',
		note: 'Withdrawn 2017. Split off the oxymorphone row ("SA (ER: LA)").'
	},
	{
		id: 'fentanyl-transdermal',
		generic: 'fentanyl (transdermal)',
		brands: ['Duragesic'],
		aliases: ['fentanyl', 'fentanyl patch', 'fentanil', 'fentanyl transdermal system'],
		classes: ['opioid-agonist'],
		washout: 'LA',
		note: 'Plain "fentanyl" maps here (the long-acting form: the longer washout is the safer default).',
		variants: [
			{
				when: [
					'street',
					'illicit',
					'pressed',
					'counterfeit',
					'fake',
					'powder',
					'blues',
					'm30',
					'smoked',
					'smoking',
					'snorted',
					'snorting'
				],
				id: 'fentanyl-illicit'
			},
			{
				when: [
					'lozenge',
					'lozenges',
					'lollipop',
					'buccal',
					'sublingual',
					'transmucosal',
					'nasal',
					'spray'
				],
				id: 'fentanyl-transmucosal'
			}
		]
	},
	{
		id: 'fentanyl-transmucosal',
		generic: 'fentanyl (transmucosal/nasal)',
		brands: ['Actiq', 'Fentora', 'Subsys', 'Abstral', 'Lazanda'],
		classes: ['opioid-agonist'],
		washout: 'SA',
		note: 'Cancer breakthrough pain. Several brands are discontinued.'
	},
	{
		id: 'fentanyl-illicit',
		generic: 'fentanyl (illicit)',
		aliases: ['street fentanyl', 'illicit fentanyl', 'M30', 'blues'],
		classes: ['opioid-agonist'],
		washout: 'SA',
		tags: ['illicit'],
		note: 'Also fires R07 (non-prescribed). Chronic use may need a longer washout: clinician judgement.'
	},
	{
		id: 'heroin',
		generic: 'heroin',
		aliases: ['diacetylmorphine', 'dope', 'H', 'smack'],
		classes: ['opioid-agonist'],
		washout: 'SA',
		tags: ['illicit'],
		note: 'Illicit. Also fires R07.'
	},
	{
		id: 'methadone',
		generic: 'methadone',
		brands: ['Dolophine', 'Methadose', 'Diskets'],
		aliases: ['methadon', 'metadone'],
		classes: ['opioid-agonist'],
		washout: 'LA',
		tags: ['methadone'],
		note: 'If from an opioid treatment program or taken "for addiction", R06 fires too.'
	},
	{
		id: 'meperidine',
		generic: 'meperidine',
		brands: ['Demerol'],
		aliases: ['pethidine'],
		classes: ['opioid-agonist'],
		washout: 'SA'
	},
	{
		id: 'levorphanol',
		generic: 'levorphanol',
		classes: ['opioid-agonist'],
		washout: 'LA',
		note: 'Long half-life.'
	},
	{
		id: 'tapentadol',
		generic: 'tapentadol',
		brands: ['Nucynta'],
		aliases: ['nucinta'],
		classes: ['opioid-agonist'],
		washout: 'SA',
		variants: [{ when: ER, id: 'tapentadol-er' }]
	},
	{
		id: 'tapentadol-er',
		generic: 'tapentadol (extended-release)',
		brands: ['Nucynta ER'],
		classes: ['opioid-agonist'],
		washout: 'LA'
	},
	{
		id: 'tramadol',
		generic: 'tramadol',
		brands: ['Ultram', 'Qdolo'],
		aliases: ['tramadal', 'tramidol', 'tramodol', 'ultram'],
		classes: ['opioid-agonist'],
		washout: 'SA',
		note: 'Look-alike: trazodone is NOT tramadol. The label names tramadol in the opioid-free requirement.',
		variants: [{ when: ER, id: 'tramadol-er' }]
	},
	{
		id: 'tramadol-er',
		generic: 'tramadol (extended-release)',
		brands: ['ConZip', 'Ultram ER', 'Ryzolt'],
		classes: ['opioid-agonist'],
		washout: 'LA',
		note: 'Ultram ER and Ryzolt are discontinued.'
	},
	{
		id: 'acetaminophen-tramadol',
		generic: 'acetaminophen / tramadol',
		brands: ['Ultracet'],
		aliases: ['ultraset'],
		classes: ['opioid-agonist'],
		washout: 'SA'
	},
	{
		id: 'celecoxib-tramadol',
		generic: 'celecoxib / tramadol',
		brands: ['Seglentis'],
		classes: ['opioid-agonist'],
		washout: 'SA',
		note: 'Plain celecoxib (Celebrex) is an NSAID look-alike with no flag.'
	},
	{
		id: 'opium-tincture',
		generic: 'opium tincture',
		aliases: ['laudanum', 'tincture of opium', 'opium'],
		classes: ['opioid-agonist'],
		washout: 'SA',
		tags: ['antidiarrheal'],
		note: 'Antidiarrheal; 10 mg/mL morphine equivalent. Decision D6: treated as an opioid.'
	},
	{
		id: 'paregoric',
		generic: 'paregoric (camphorated opium tincture)',
		ingredients: ['opium'],
		aliases: ['paregoric', 'camphorated opium tincture'],
		classes: ['opioid-agonist'],
		washout: 'SA',
		tags: ['antidiarrheal'],
		note: 'Antidiarrheal. Decision D6: treated as an opioid.'
	},
	{
		id: 'atropine-diphenoxylate',
		generic: 'atropine / diphenoxylate',
		brands: ['Lomotil'],
		aliases: ['diphenoxylate', 'lomitil'],
		classes: ['opioid-agonist'],
		washout: 'SA',
		tags: ['antidiarrheal'],
		note: 'Antidiarrheal (Schedule V). The label lists opioid antidiarrheals as blocked. Decision D6.'
	},
	{
		id: 'atropine-difenoxin',
		generic: 'atropine / difenoxin',
		brands: ['Motofen'],
		aliases: ['difenoxin'],
		classes: ['opioid-agonist'],
		washout: 'SA',
		tags: ['antidiarrheal'],
		note: 'Antidiarrheal. Decision D6.'
	},
	{
		id: 'oliceridine',
		generic: 'oliceridine',
		brands: ['Olinvyk'],
		classes: ['opioid-agonist'],
		washout: 'SA',
		tags: ['hospital'],
		note: 'IV, hospital only. Relevant to peri-procedure history.'
	},
	{
		id: 'sufentanil-sublingual',
		generic: 'sufentanil (sublingual)',
		brands: ['Dsuvia'],
		aliases: ['sufentanil'],
		classes: ['opioid-agonist'],
		washout: 'SA',
		tags: ['hospital'],
		note: 'Hospital/procedural.'
	}
]);

/** §2.2: class opioid-partial-agonist. Buprenorphine is long-acting; depot buprenorphine is DEPOT (180 d). */
export const opioidPartialAgonists = defineRows('2.2', [
	{
		id: 'buprenorphine-naloxone',
		generic: 'buprenorphine / naloxone',
		brands: ['Suboxone', 'Zubsolv', 'Bunavail'],
		aliases: ['suboxen', 'soboxone', 'suboxin', 'subs', 'the strips', 'bup/nal'],
		classes: ['opioid-partial-agonist'],
		washout: 'LA',
		oud: true,
		tags: ['buprenorphine'],
		note: 'Fires R01 and R06. Bunavail is discontinued.'
	},
	{
		id: 'buprenorphine-sublingual',
		generic: 'buprenorphine (sublingual)',
		brands: ['Subutex'],
		aliases: ['buprenorphine', 'subutex', 'bupe', 'buprenorphin', 'buprenorphene'],
		classes: ['opioid-partial-agonist'],
		washout: 'LA',
		oud: true,
		tags: ['buprenorphine'],
		note: 'Subutex is discontinued; generic sublingual tablets. Plain "buprenorphine" maps here.',
		variants: [
			{ when: PATCH, id: 'buprenorphine-transdermal' },
			{ when: ['buccal', 'cheek'], id: 'buprenorphine-buccal' },
			{ when: ['iv', 'intravenous', 'hospital'], id: 'buprenorphine-injection' },
			{
				when: [...INJECTION, ...EXTENDED_RELEASE, 'monthly', 'weekly', 'depot'],
				id: 'buprenorphine-er-injection'
			}
		]
	},
	{
		id: 'buprenorphine-er-injection',
		generic: 'buprenorphine (extended-release injection)',
		brands: ['Sublocade', 'Brixadi'],
		aliases: ['sublocade shot', 'buprenorphine depot'],
		classes: ['opioid-partial-agonist'],
		washout: 'DEPOT',
		oud: true,
		tags: ['buprenorphine', 'depot-buprenorphine'],
		note: 'Sublocade monthly, Brixadi weekly or monthly. Half-life 43-60 days (S40). Washout 180 d (Decision D1).'
	},
	{
		id: 'buprenorphine-transdermal',
		generic: 'buprenorphine (transdermal)',
		brands: ['Butrans'],
		aliases: ['buprenorphine patch'],
		classes: ['opioid-partial-agonist'],
		washout: 'LA',
		tags: ['buprenorphine'],
		note: 'Pain indication: R01, not R06.'
	},
	{
		id: 'buprenorphine-buccal',
		generic: 'buprenorphine (buccal)',
		brands: ['Belbuca'],
		classes: ['opioid-partial-agonist'],
		washout: 'LA',
		tags: ['buprenorphine'],
		note: 'Pain indication.'
	},
	{
		id: 'buprenorphine-injection',
		generic: 'buprenorphine (injection, IV/IM)',
		brands: ['Buprenex'],
		classes: ['opioid-partial-agonist'],
		washout: 'LA',
		tags: ['buprenorphine', 'hospital'],
		note: 'Hospital pain use. A patient\'s "buprenorphine injection" is read as depot buprenorphine (Sublocade/Brixadi), the safer default.'
	},
	{
		id: 'butorphanol',
		generic: 'butorphanol',
		brands: ['Stadol'],
		aliases: ['butorphanol nasal spray'],
		classes: ['opioid-partial-agonist'],
		washout: 'SA',
		note: 'Generic nasal spray; Stadol is discontinued. Often used for migraine; patients may not call it an opioid.'
	},
	{
		id: 'nalbuphine',
		generic: 'nalbuphine',
		brands: ['Nubain'],
		classes: ['opioid-partial-agonist'],
		washout: 'SA',
		note: 'Generic injection; Nubain is discontinued.'
	},
	{
		id: 'naloxone-pentazocine',
		generic: 'naloxone / pentazocine',
		brands: ['Talwin NX'],
		aliases: ['pentazocine', 'talwin'],
		classes: ['opioid-partial-agonist'],
		washout: 'SA',
		note: 'Talwin NX is discontinued.'
	},
	{
		id: 'kratom',
		generic: 'kratom',
		ingredients: ['kratom'],
		aliases: [
			'Mitragyna speciosa',
			'mitragynine',
			'7-hydroxymitragynine',
			'7OH',
			'7-OH',
			'kratum',
			'cratom',
			'ketum',
			'kratom tea',
			'kratom shot',
			'kratom extract'
		],
		classes: ['opioid-partial-agonist'],
		washout: 'LA',
		tags: ['kratom'],
		note: 'Sold as powder, capsules, "shots"/extracts and "7-OH" tablets. Long-acting list (Decision D7). Also fires R10.'
	}
]);

/** §2.3: class opioid-peripheral, no washout (R11/R12). */
export const peripheralOpioids = defineRows('2.3', [
	{
		id: 'loperamide',
		generic: 'loperamide',
		brands: ['Imodium', 'Imodium A-D', 'Diamode'],
		aliases: ['immodium', 'imodium ad', 'imodium a d', 'loperamid'],
		classes: ['opioid-peripheral'],
		tags: ['loperamide'],
		note: 'At >16 mg/day, R12 fires instead of R11.'
	},
	{
		id: 'loperamide-simethicone',
		generic: 'loperamide / simethicone',
		brands: ['Imodium Multi-Symptom Relief'],
		classes: ['opioid-peripheral'],
		tags: ['loperamide']
	},
	{
		id: 'eluxadoline',
		generic: 'eluxadoline',
		brands: ['Viberzi'],
		classes: ['opioid-peripheral'],
		tags: ['eluxadoline'],
		note: 'IBS-D. Mixed mu agonist/delta antagonist with low systemic exposure. No LDN data.'
	}
]);
