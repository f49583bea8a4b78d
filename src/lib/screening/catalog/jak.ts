// RULEBOOK §2.6 JAK/TYK2 inhibitors: small molecules, class 'jak-inhibitor' (R22, systemic only).
import { TOPICAL, defineRows } from './define';

export const jakInhibitors = defineRows('2.6', [
	{
		id: 'tofacitinib',
		generic: 'tofacitinib',
		brands: ['Xeljanz', 'Xeljanz XR', 'Xeljanz oral solution'],
		aliases: ['xeljans', 'zeljanz'],
		classes: ['jak-inhibitor']
	},
	{
		id: 'baricitinib',
		generic: 'baricitinib',
		brands: ['Olumiant'],
		classes: ['jak-inhibitor'],
		note: 'RA, alopecia areata.'
	},
	{
		id: 'upadacitinib',
		generic: 'upadacitinib',
		brands: ['Rinvoq', 'Rinvoq LQ'],
		aliases: ['rinvok'],
		classes: ['jak-inhibitor']
	},
	{
		id: 'abrocitinib',
		generic: 'abrocitinib',
		brands: ['Cibinqo'],
		classes: ['jak-inhibitor'],
		note: 'Atopic dermatitis.'
	},
	{
		id: 'ritlecitinib',
		generic: 'ritlecitinib',
		brands: ['Litfulo'],
		classes: ['jak-inhibitor'],
		note: 'Alopecia areata.'
	},
	{
		id: 'deuruxolitinib',
		generic: 'deuruxolitinib',
		brands: ['Leqselvi'],
		classes: ['jak-inhibitor'],
		note: 'Alopecia areata.'
	},
	{
		id: 'deucravacitinib',
		generic: 'deucravacitinib',
		brands: ['Sotyktu'],
		classes: ['jak-inhibitor'],
		mechanism: 'TYK2',
		note: 'Psoriasis.'
	},
	{
		id: 'ruxolitinib-oral',
		generic: 'ruxolitinib (oral)',
		brands: ['Jakafi'],
		aliases: ['ruxolitinib'],
		classes: ['jak-inhibitor'],
		note: 'Myelofibrosis, GVHD (GVHD implies a transplant: check R20).',
		variants: [{ when: TOPICAL, id: 'ruxolitinib-topical' }]
	},
	{
		id: 'ruxolitinib-topical',
		generic: 'ruxolitinib (topical cream)',
		brands: ['Opzelura'],
		aliases: ['opzelura cream'],
		classes: ['jak-inhibitor'],
		systemic: false,
		note: 'Topical: no flag. Vitiligo/eczema. R22 must not fire.'
	}
]);
