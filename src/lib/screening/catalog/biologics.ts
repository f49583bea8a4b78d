// RULEBOOK §2.5 biologics: class 'biologic' (R21) and type-2/allergy biologics, class 'biologic-type2' (R24).
import { defineRows } from './define';

export const biologics = defineRows('2.5', [
	{
		id: 'adalimumab',
		generic: 'adalimumab',
		brands: [
			'Humira',
			'Amjevita',
			'Cyltezo',
			'Hadlima',
			'Hulio',
			'Hyrimoz',
			'Idacio',
			'Yuflyma',
			'Yusimry',
			'Abrilada',
			'Simlandi'
		],
		aliases: ['humera', 'humira pen', 'humria'],
		classes: ['biologic'],
		mechanism: 'TNF',
		tags: ['tnf'],
		note: 'Biosimilars carry four-letter suffixes (adalimumab-atto, -adbm, ...).'
	},
	{
		id: 'etanercept',
		generic: 'etanercept',
		brands: ['Enbrel', 'Erelzi', 'Eticovo'],
		aliases: ['enbril'],
		classes: ['biologic'],
		mechanism: 'TNF',
		tags: ['tnf']
	},
	{
		id: 'infliximab',
		generic: 'infliximab',
		brands: ['Remicade', 'Inflectra', 'Renflexis', 'Avsola', 'Ixifi', 'Zymfentra'],
		aliases: ['remicaid'],
		classes: ['biologic'],
		mechanism: 'TNF',
		tags: ['tnf'],
		note: 'Infusion every 4-8 weeks; Zymfentra is subcutaneous.'
	},
	{
		id: 'certolizumab-pegol',
		generic: 'certolizumab pegol',
		brands: ['Cimzia'],
		aliases: ['certolizumab'],
		classes: ['biologic'],
		mechanism: 'TNF',
		tags: ['tnf']
	},
	{
		id: 'golimumab',
		generic: 'golimumab',
		brands: ['Simponi', 'Simponi Aria'],
		classes: ['biologic'],
		mechanism: 'TNF',
		tags: ['tnf']
	},
	{
		id: 'tocilizumab',
		generic: 'tocilizumab',
		brands: ['Actemra', 'Tofidence', 'Tyenne'],
		classes: ['biologic'],
		mechanism: 'IL-6R'
	},
	{
		id: 'sarilumab',
		generic: 'sarilumab',
		brands: ['Kevzara'],
		classes: ['biologic'],
		mechanism: 'IL-6R'
	},
	{
		id: 'anakinra',
		generic: 'anakinra',
		brands: ['Kineret'],
		classes: ['biologic'],
		mechanism: 'IL-1'
	},
	{
		id: 'canakinumab',
		generic: 'canakinumab',
		brands: ['Ilaris'],
		classes: ['biologic'],
		mechanism: 'IL-1β'
	},
	{
		id: 'rilonacept',
		generic: 'rilonacept',
		brands: ['Arcalyst'],
		classes: ['biologic'],
		mechanism: 'IL-1'
	},
	{
		id: 'secukinumab',
		generic: 'secukinumab',
		brands: ['Cosentyx'],
		classes: ['biologic'],
		mechanism: 'IL-17A'
	},
	{
		id: 'ixekizumab',
		generic: 'ixekizumab',
		brands: ['Taltz'],
		classes: ['biologic'],
		mechanism: 'IL-17A'
	},
	{
		id: 'brodalumab',
		generic: 'brodalumab',
		brands: ['Siliq'],
		classes: ['biologic'],
		mechanism: 'IL-17R'
	},
	{
		id: 'bimekizumab',
		generic: 'bimekizumab',
		brands: ['Bimzelx'],
		classes: ['biologic'],
		mechanism: 'IL-17A/F'
	},
	{
		id: 'ustekinumab',
		generic: 'ustekinumab',
		brands: [
			'Stelara',
			'Wezlana',
			'Selarsdi',
			'Pyzchiva',
			'Otulfi',
			'Imuldosa',
			'Yesintek',
			'Steqeyma'
		],
		classes: ['biologic'],
		mechanism: 'IL-12/23'
	},
	{
		id: 'guselkumab',
		generic: 'guselkumab',
		brands: ['Tremfya'],
		classes: ['biologic'],
		mechanism: 'IL-23'
	},
	{
		id: 'risankizumab',
		generic: 'risankizumab',
		brands: ['Skyrizi'],
		classes: ['biologic'],
		mechanism: 'IL-23'
	},
	{
		id: 'tildrakizumab',
		generic: 'tildrakizumab',
		brands: ['Ilumya'],
		classes: ['biologic'],
		mechanism: 'IL-23'
	},
	{
		id: 'mirikizumab',
		generic: 'mirikizumab',
		brands: ['Omvoh'],
		classes: ['biologic'],
		mechanism: 'IL-23',
		note: "Ulcerative colitis, Crohn's."
	},
	{
		id: 'abatacept',
		generic: 'abatacept',
		brands: ['Orencia'],
		classes: ['biologic'],
		mechanism: 'T-cell co-stimulation'
	},
	{
		id: 'rituximab',
		generic: 'rituximab',
		brands: ['Rituxan', 'Truxima', 'Ruxience', 'Riabni'],
		classes: ['biologic'],
		mechanism: 'anti-CD20',
		tags: ['b-cell'],
		note: 'Every 6 months: 180-day lookback.'
	},
	{
		id: 'belimumab',
		generic: 'belimumab',
		brands: ['Benlysta'],
		classes: ['biologic'],
		mechanism: 'BLyS',
		tags: ['b-cell'],
		note: 'Lupus.'
	},
	{
		id: 'anifrolumab',
		generic: 'anifrolumab',
		brands: ['Saphnelo'],
		classes: ['biologic'],
		mechanism: 'type I IFN receptor',
		note: 'Lupus.'
	},
	{
		id: 'vedolizumab',
		generic: 'vedolizumab',
		brands: ['Entyvio'],
		classes: ['biologic'],
		mechanism: 'integrin (gut-selective)'
	},
	{
		id: 'natalizumab',
		generic: 'natalizumab',
		brands: ['Tysabri', 'Tyruko'],
		classes: ['biologic', 'ms-dmt'],
		mechanism: 'integrin',
		note: 'Fires R21 and R26. Listed in both §2.5 and §2.10.',
		alsoIn: ['2.10']
	},
	{
		id: 'inebilizumab',
		generic: 'inebilizumab',
		brands: ['Uplizna'],
		classes: ['biologic'],
		mechanism: 'anti-CD19',
		tags: ['b-cell'],
		note: 'NMOSD.'
	},
	{
		id: 'satralizumab',
		generic: 'satralizumab',
		brands: ['Enspryng'],
		classes: ['biologic'],
		mechanism: 'IL-6R',
		note: 'NMOSD.'
	},
	{
		id: 'eculizumab',
		generic: 'eculizumab',
		brands: ['Soliris', 'Bkemv', 'Epysqli'],
		classes: ['biologic'],
		mechanism: 'complement C5',
		note: 'Myasthenia gravis, NMOSD.'
	},
	{
		id: 'ravulizumab',
		generic: 'ravulizumab',
		brands: ['Ultomiris'],
		classes: ['biologic'],
		mechanism: 'complement C5'
	},
	{
		id: 'efgartigimod-alfa',
		generic: 'efgartigimod alfa',
		brands: ['Vyvgart', 'Vyvgart Hytrulo'],
		aliases: ['efgartigimod'],
		classes: ['biologic'],
		mechanism: 'FcRn',
		note: 'Myasthenia gravis.'
	},
	{
		id: 'rozanolixizumab',
		generic: 'rozanolixizumab',
		brands: ['Rystiggo'],
		classes: ['biologic'],
		mechanism: 'FcRn'
	},
	{
		id: 'teprotumumab',
		generic: 'teprotumumab',
		brands: ['Tepezza'],
		classes: ['biologic'],
		mechanism: 'IGF-1R',
		note: 'Thyroid eye disease.'
	},
	{
		id: 'immune-globulin',
		generic: 'immune globulin (IVIG/SCIG)',
		ingredients: ['immune globulin'],
		brands: ['Gammagard', 'Privigen', 'Octagam', 'Gamunex-C', 'Hizentra'],
		aliases: [
			'IVIG',
			'SCIG',
			'IVIg',
			'immunoglobulin',
			'immune globulin',
			'intravenous immunoglobulin',
			'subcutaneous immunoglobulin',
			'gamunex'
		],
		classes: ['biologic'],
		mechanism: 'plasma-derived',
		tags: ['ivig'],
		note: 'Used in autoimmune neuropathy and small-fiber neuropathy. Decision D5: caution (R21).'
	},
	{
		id: 'belatacept',
		generic: 'belatacept',
		brands: ['Nulojix'],
		classes: ['biologic'],
		mechanism: 'transplant',
		tags: ['transplant'],
		note: 'Implies a transplant: check R20.'
	},
	{
		id: 'basiliximab',
		generic: 'basiliximab',
		brands: ['Simulect'],
		classes: ['biologic'],
		mechanism: 'transplant induction',
		tags: ['transplant']
	},
	{
		id: 'anti-thymocyte-globulin',
		generic: 'anti-thymocyte globulin',
		brands: ['Thymoglobulin', 'Atgam'],
		aliases: ['ATG', 'antithymocyte globulin'],
		classes: ['biologic'],
		mechanism: 'transplant',
		tags: ['transplant']
	},
	// Type-2/allergy biologics: R24 (info), not R21. Not broadly immunosuppressive (Decision D5).
	{
		id: 'dupilumab',
		generic: 'dupilumab',
		brands: ['Dupixent'],
		aliases: ['dupixant', 'dupixient'],
		classes: ['biologic-type2'],
		mechanism: 'IL-4Rα',
		note: 'Eczema, asthma.'
	},
	{
		id: 'tralokinumab',
		generic: 'tralokinumab',
		brands: ['Adbry'],
		classes: ['biologic-type2'],
		mechanism: 'IL-13'
	},
	{
		id: 'lebrikizumab',
		generic: 'lebrikizumab',
		brands: ['Ebglyss'],
		classes: ['biologic-type2'],
		mechanism: 'IL-13'
	},
	{
		id: 'nemolizumab',
		generic: 'nemolizumab',
		brands: ['Nemluvio'],
		classes: ['biologic-type2'],
		mechanism: 'IL-31R',
		note: 'Prurigo, eczema.'
	},
	{
		id: 'omalizumab',
		generic: 'omalizumab',
		brands: ['Xolair'],
		classes: ['biologic-type2'],
		mechanism: 'IgE'
	},
	{
		id: 'mepolizumab',
		generic: 'mepolizumab',
		brands: ['Nucala'],
		classes: ['biologic-type2'],
		mechanism: 'IL-5'
	},
	{
		id: 'benralizumab',
		generic: 'benralizumab',
		brands: ['Fasenra'],
		classes: ['biologic-type2'],
		mechanism: 'IL-5R'
	},
	{
		id: 'reslizumab',
		generic: 'reslizumab',
		brands: ['Cinqair'],
		classes: ['biologic-type2'],
		mechanism: 'IL-5'
	},
	{
		id: 'tezepelumab',
		generic: 'tezepelumab',
		brands: ['Tezspire'],
		classes: ['biologic-type2'],
		mechanism: 'TSLP'
	}
]);
