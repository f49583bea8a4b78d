// RULEBOOK §2.8 corticosteroids: 'corticosteroid-systemic' (R25) and 'corticosteroid-local' (no rule).
import { EYE, INHALED_OR_NASAL, INTRA_ARTICULAR, RECTAL, TOPICAL, defineRows } from './define';

export const corticosteroids = defineRows('2.8', [
	{
		id: 'prednisone',
		generic: 'prednisone',
		brands: ['Rayos', 'Deltasone'],
		aliases: ['pred', 'prednizone', 'predisone', 'prednisone taper', 'steroid taper', 'predinsone'],
		classes: ['corticosteroid-systemic'],
		note: 'Deltasone is discontinued.'
	},
	{
		id: 'prednisolone',
		generic: 'prednisolone',
		brands: ['Orapred ODT', 'Millipred', 'Pediapred'],
		aliases: ['orapred'],
		classes: ['corticosteroid-systemic'],
		note: 'Prednisolone eye drops (Pred Forte) are local: no flag.',
		variants: [{ when: EYE, id: 'prednisolone-ophthalmic' }]
	},
	{
		id: 'prednisolone-ophthalmic',
		generic: 'prednisolone (ophthalmic)',
		brands: ['Pred Forte'],
		aliases: ['pred forte eye drops'],
		classes: ['corticosteroid-local'],
		systemic: false,
		variantOf: 'prednisolone',
		note: 'No flag. Split off the prednisolone row ("prednisolone eye drops, Pred Forte, are local").'
	},
	{
		id: 'methylprednisolone',
		generic: 'methylprednisolone',
		brands: ['Medrol', 'Medrol Dosepak', 'Solu-Medrol', 'Depo-Medrol'],
		aliases: ['medrol dose pack', 'methylpred', 'methyl prednisolone', 'solumedrol', 'depomedrol'],
		classes: ['corticosteroid-systemic'],
		note: 'Depo-Medrol IM is systemic; intra-articular is local. Patients confuse "Medrol dose pack" with "Z-Pak" (azithromycin).',
		variants: [{ when: INTRA_ARTICULAR, id: 'methylprednisolone-intra-articular' }]
	},
	{
		id: 'methylprednisolone-intra-articular',
		generic: 'methylprednisolone (intra-articular)',
		classes: ['corticosteroid-local'],
		systemic: false,
		variantOf: 'methylprednisolone',
		note: 'A single joint injection: no flag (R25 excludes it). Split off the methylprednisolone row.'
	},
	{
		id: 'dexamethasone',
		generic: 'dexamethasone',
		brands: ['Hemady', 'TaperDex', 'Dxevo', 'Dexamethasone Intensol', 'Decadron'],
		aliases: ['decadron', 'dex', 'dexamethazone'],
		classes: ['corticosteroid-systemic'],
		note: 'Decadron is discontinued.'
	},
	{
		id: 'hydrocortisone-systemic',
		generic: 'hydrocortisone (systemic)',
		brands: ['Cortef', 'Solu-Cortef', 'Alkindi Sprinkle'],
		aliases: ['hydrocortisone', 'hydrocortizone'],
		classes: ['corticosteroid-systemic'],
		tags: ['adrenal-replacement'],
		note: 'Includes adrenal replacement. Never stop. Plain "hydrocortisone" maps here unless the text says cream, ointment or rectal.',
		variants: [{ when: [...TOPICAL, ...RECTAL], id: 'hydrocortisone-topical' }]
	},
	{
		id: 'cortisone-acetate',
		generic: 'cortisone acetate',
		aliases: ['cortisone'],
		classes: ['corticosteroid-systemic']
	},
	{
		id: 'budesonide-oral',
		generic: 'budesonide (oral/enteric)',
		brands: ['Entocort EC', 'Uceris', 'Ortikos', 'Tarpeyo', 'Eohilia'],
		aliases: ['budesonide', 'entocort', 'budesonide ec'],
		classes: ['corticosteroid-systemic'],
		note: 'Crohn\'s/UC/IgA nephropathy/EoE. Lower systemic exposure but counted. Plain "budesonide" maps here unless the text says inhaler or nasal.',
		variants: [{ when: INHALED_OR_NASAL, id: 'budesonide-inhaled' }]
	},
	{
		id: 'betamethasone-injectable',
		generic: 'betamethasone (injectable)',
		brands: ['Celestone Soluspan'],
		aliases: ['betamethasone', 'celestone'],
		classes: ['corticosteroid-systemic'],
		note: 'Betamethasone creams are not in the rulebook table; judge by route.'
	},
	{
		id: 'triamcinolone-injectable',
		generic: 'triamcinolone (injectable)',
		brands: ['Kenalog-10', 'Kenalog-40'],
		aliases: ['triamcinolone', 'kenalog', 'kenalog shot', 'triamcinolone acetonide'],
		classes: ['corticosteroid-systemic'],
		note: 'IM is systemic; judge by route. Plain "triamcinolone"/"Kenalog" maps here unless the text says cream, nasal or a joint injection.',
		variants: [
			{ when: INTRA_ARTICULAR, id: 'triamcinolone-intra-articular' },
			{ when: [...TOPICAL, ...INHALED_OR_NASAL, 'paste', 'dental'], id: 'triamcinolone-local' }
		]
	},
	{
		id: 'triamcinolone-intra-articular',
		generic: 'triamcinolone (intra-articular)',
		brands: ['Zilretta'],
		classes: ['corticosteroid-local'],
		systemic: false,
		variantOf: 'triamcinolone-injectable',
		note: 'Intra-articular = local: no flag. Split off the triamcinolone (injectable) row, which lists Zilretta.'
	},
	{
		id: 'deflazacort',
		generic: 'deflazacort',
		brands: ['Emflaza'],
		classes: ['corticosteroid-systemic']
	},
	{
		id: 'fludrocortisone',
		generic: 'fludrocortisone',
		brands: ['Florinef'],
		classes: [],
		tags: ['no-flag', 'mineralocorticoid'],
		note: "Mineralocorticoid: no flag. POTS/Addison's; note only. Florinef is discontinued."
	},
	{
		id: 'fluticasone',
		generic: 'fluticasone (inhaled/nasal)',
		brands: ['Flonase', 'Flovent', 'Arnuity Ellipta', 'Xhance', 'Advair', 'Breo', 'Trelegy'],
		aliases: ['fluticasone', 'flonase nasal spray', 'flovent inhaler', 'fluticasone propionate'],
		classes: ['corticosteroid-local'],
		systemic: false,
		note: 'No flag. Also in Advair, Breo and Trelegy.'
	},
	{
		id: 'budesonide-inhaled',
		generic: 'budesonide (inhaled/nasal)',
		brands: ['Pulmicort', 'Rhinocort', 'Symbicort', 'Breztri'],
		aliases: ['pulmicort respules', 'budesonide inhaler'],
		classes: ['corticosteroid-local'],
		systemic: false,
		note: 'No flag. Also in Symbicort and Breztri.'
	},
	{
		id: 'mometasone',
		generic: 'mometasone',
		brands: ['Nasonex', 'Asmanex', 'Dulera', 'Elocon'],
		classes: ['corticosteroid-local'],
		systemic: false,
		note: 'No flag. Also in Dulera; Elocon is the skin form.'
	},
	{
		id: 'beclomethasone',
		generic: 'beclomethasone',
		brands: ['Qvar', 'Beconase AQ'],
		aliases: ['beconase'],
		classes: ['corticosteroid-local'],
		systemic: false,
		note: 'No flag.'
	},
	{
		id: 'ciclesonide',
		generic: 'ciclesonide',
		brands: ['Alvesco', 'Omnaris', 'Zetonna'],
		classes: ['corticosteroid-local'],
		systemic: false,
		note: 'No flag.'
	},
	{
		id: 'triamcinolone-local',
		generic: 'triamcinolone (nasal/topical)',
		brands: ['Nasacort', 'Kenalog cream'],
		aliases: ['triamcinolone cream', 'triamcinolone acetonide cream'],
		classes: ['corticosteroid-local'],
		systemic: false,
		note: 'No flag.'
	},
	{
		id: 'clobetasol',
		generic: 'clobetasol (topical)',
		brands: ['Temovate', 'Clobex', 'Impoyz'],
		aliases: ['clobetasol', 'clobetasol propionate'],
		classes: ['corticosteroid-local'],
		systemic: false,
		note: 'No flag.'
	},
	{
		id: 'hydrocortisone-topical',
		generic: 'hydrocortisone (topical)',
		brands: ['Cortizone-10', 'Anusol-HC'],
		aliases: ['hydrocortisone cream'],
		classes: ['corticosteroid-local'],
		systemic: false,
		note: 'No flag.'
	}
]);
