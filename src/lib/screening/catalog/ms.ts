// RULEBOOK §2.10 multiple sclerosis disease-modifying therapies ('ms-dmt', R26). Natalizumab lives in biologics.ts.
import { defineRows } from './define';

export const msTherapies = defineRows('2.10', [
	{
		id: 'interferon-beta-1a',
		generic: 'interferon beta-1a',
		brands: ['Avonex', 'Rebif'],
		aliases: ['interferon', 'beta interferon'],
		classes: ['ms-dmt']
	},
	{
		id: 'peginterferon-beta-1a',
		generic: 'peginterferon beta-1a',
		brands: ['Plegridy'],
		classes: ['ms-dmt']
	},
	{
		id: 'interferon-beta-1b',
		generic: 'interferon beta-1b',
		brands: ['Betaseron', 'Extavia'],
		classes: ['ms-dmt']
	},
	{
		id: 'glatiramer-acetate',
		generic: 'glatiramer acetate',
		brands: ['Copaxone', 'Glatopa'],
		aliases: ['copaxon', 'glatiramer'],
		classes: ['ms-dmt']
	},
	{
		id: 'teriflunomide',
		generic: 'teriflunomide',
		brands: ['Aubagio'],
		classes: ['ms-dmt']
	},
	{
		id: 'dimethyl-fumarate',
		generic: 'dimethyl fumarate',
		brands: ['Tecfidera'],
		aliases: ['tecfedera'],
		classes: ['ms-dmt']
	},
	{
		id: 'diroximel-fumarate',
		generic: 'diroximel fumarate',
		brands: ['Vumerity'],
		classes: ['ms-dmt']
	},
	{
		id: 'monomethyl-fumarate',
		generic: 'monomethyl fumarate',
		brands: ['Bafiertam'],
		classes: ['ms-dmt']
	},
	{
		id: 'fingolimod',
		generic: 'fingolimod',
		brands: ['Gilenya', 'Tascenso ODT'],
		classes: ['ms-dmt'],
		mechanism: 'S1P'
	},
	{
		id: 'siponimod',
		generic: 'siponimod',
		brands: ['Mayzent'],
		classes: ['ms-dmt'],
		mechanism: 'S1P'
	},
	{
		id: 'ozanimod',
		generic: 'ozanimod',
		brands: ['Zeposia'],
		classes: ['ms-dmt'],
		mechanism: 'S1P',
		note: 'Also approved for UC; R26 still applies.'
	},
	{
		id: 'ponesimod',
		generic: 'ponesimod',
		brands: ['Ponvory'],
		classes: ['ms-dmt'],
		mechanism: 'S1P'
	},
	{
		id: 'cladribine',
		generic: 'cladribine',
		brands: ['Mavenclad'],
		classes: ['ms-dmt'],
		note: 'Oral, pulsed.'
	},
	{
		id: 'ocrelizumab',
		generic: 'ocrelizumab',
		brands: ['Ocrevus', 'Ocrevus Zunovo'],
		aliases: ['ocrevous'],
		classes: ['biologic', 'ms-dmt'],
		mechanism: 'anti-CD20',
		tags: ['b-cell'],
		note: 'R21 + R26; every 6 months.'
	},
	{
		id: 'ofatumumab',
		generic: 'ofatumumab',
		brands: ['Kesimpta'],
		classes: ['biologic', 'ms-dmt'],
		mechanism: 'anti-CD20',
		tags: ['b-cell'],
		note: 'R21 + R26.'
	},
	{
		id: 'ublituximab',
		generic: 'ublituximab',
		brands: ['Briumvi'],
		classes: ['biologic', 'ms-dmt'],
		mechanism: 'anti-CD20',
		tags: ['b-cell'],
		note: 'R21 + R26.'
	},
	{
		id: 'alemtuzumab',
		generic: 'alemtuzumab',
		brands: ['Lemtrada'],
		classes: ['biologic', 'ms-dmt'],
		mechanism: 'anti-CD52',
		note: 'R21 + R26.'
	},
	{
		id: 'mitoxantrone',
		generic: 'mitoxantrone',
		classes: ['ms-dmt', 'immunosuppressant'],
		note: 'R23 + R26.'
	},
	{
		id: 'dalfampridine',
		generic: 'dalfampridine',
		brands: ['Ampyra'],
		classes: [],
		tags: ['no-flag', 'ms-symptomatic'],
		note: 'MS symptomatic (walking): no flag.'
	}
]);
