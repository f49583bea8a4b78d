// RULEBOOK §2.7 conventional immunosuppressants and DMARDs ('immunosuppressant', R23) and immunomodulators (R24).
import { EYE, TOPICAL, defineRows } from './define';

export const immunosuppressants = defineRows('2.7', [
	{
		id: 'methotrexate',
		generic: 'methotrexate',
		brands: ['Trexall', 'Otrexup', 'Rasuvo', 'RediTrex', 'Xatmep', 'Jylamvo'],
		aliases: ['MTX', 'methotrexat', 'metho', 'methotrexte'],
		classes: ['immunosuppressant'],
		note: 'Usually weekly: the frequency "weekly" still counts as current.'
	},
	{
		id: 'leflunomide',
		generic: 'leflunomide',
		brands: ['Arava'],
		classes: ['immunosuppressant']
	},
	{
		id: 'azathioprine',
		generic: 'azathioprine',
		brands: ['Imuran', 'Azasan'],
		aliases: ['imuran', 'azathioprin'],
		classes: ['immunosuppressant']
	},
	{
		id: 'mercaptopurine',
		generic: 'mercaptopurine',
		brands: ['Purixan'],
		aliases: ['6MP', '6-MP', '6-mercaptopurine'],
		classes: ['immunosuppressant']
	},
	{
		id: 'mycophenolate-mofetil',
		generic: 'mycophenolate mofetil',
		brands: ['CellCept'],
		aliases: ['cellcept', 'MMF', 'mycophenolate'],
		classes: ['immunosuppressant'],
		tags: ['transplant-capable']
	},
	{
		id: 'mycophenolic-acid',
		generic: 'mycophenolic acid',
		brands: ['Myfortic'],
		classes: ['immunosuppressant'],
		tags: ['transplant-capable']
	},
	{
		id: 'cyclosporine-systemic',
		generic: 'cyclosporine (systemic)',
		brands: ['Neoral', 'Sandimmune', 'Gengraf'],
		aliases: ['cyclosporine', 'ciclosporin', 'cyclosporin'],
		classes: ['immunosuppressant'],
		tags: ['transplant-capable', 'calcineurin-inhibitor'],
		note: 'Plain "cyclosporine" maps here unless the text says eye drops.',
		variants: [{ when: EYE, id: 'cyclosporine-ophthalmic' }]
	},
	{
		id: 'cyclosporine-ophthalmic',
		generic: 'cyclosporine (ophthalmic)',
		brands: ['Restasis', 'Cequa', 'Vevye'],
		aliases: ['restasis eye drops'],
		classes: ['immunosuppressant'],
		systemic: false,
		note: 'Topical: no flag. Dry-eye drops. R23/R20 must not fire.'
	},
	{
		id: 'tacrolimus-systemic',
		generic: 'tacrolimus (systemic)',
		brands: ['Prograf', 'Envarsus XR', 'Astagraf XL'],
		aliases: ['tacrolimus', 'prograf', 'tacrolimis', 'envarsus', 'astagraf'],
		classes: ['immunosuppressant'],
		tags: ['transplant-capable', 'calcineurin-inhibitor'],
		variants: [{ when: TOPICAL, id: 'tacrolimus-topical' }]
	},
	{
		id: 'tacrolimus-topical',
		generic: 'tacrolimus (topical)',
		brands: ['Protopic'],
		classes: ['immunosuppressant'],
		systemic: false,
		note: 'Topical: no flag. Eczema ointment.'
	},
	{
		id: 'pimecrolimus-topical',
		generic: 'pimecrolimus (topical)',
		brands: ['Elidel'],
		aliases: ['pimecrolimus'],
		classes: ['immunosuppressant'],
		systemic: false,
		note: 'Topical: no flag.'
	},
	{
		id: 'sirolimus',
		generic: 'sirolimus',
		brands: ['Rapamune'],
		aliases: ['rapamycin'],
		classes: ['immunosuppressant'],
		tags: ['transplant', 'mtor-inhibitor'],
		variants: [{ when: TOPICAL, id: 'sirolimus-topical' }]
	},
	{
		id: 'sirolimus-topical',
		generic: 'sirolimus (topical gel)',
		brands: ['Hyftor'],
		classes: ['immunosuppressant'],
		systemic: false,
		variantOf: 'sirolimus',
		note: 'Topical: no flag. Split off the sirolimus row ("also topical Hyftor (no flag)").'
	},
	{
		id: 'everolimus',
		generic: 'everolimus',
		brands: ['Zortress', 'Afinitor'],
		classes: ['immunosuppressant'],
		tags: ['transplant', 'mtor-inhibitor'],
		note: 'Zortress is the transplant brand. Afinitor is an oncology context; clinician review.'
	},
	{
		id: 'cyclophosphamide',
		generic: 'cyclophosphamide',
		brands: ['Cytoxan'],
		classes: ['immunosuppressant'],
		note: 'Lupus nephritis, vasculitis. Cytoxan is discontinued.'
	},
	{
		id: 'voclosporin',
		generic: 'voclosporin',
		brands: ['Lupkynis'],
		classes: ['immunosuppressant'],
		tags: ['calcineurin-inhibitor'],
		note: 'Lupus nephritis (calcineurin inhibitor, no transplant).'
	},
	{
		id: 'etrasimod',
		generic: 'etrasimod',
		brands: ['Velsipity'],
		classes: ['immunosuppressant'],
		mechanism: 'S1P modulator',
		note: 'Ulcerative colitis.'
	},
	{
		id: 'hydroxychloroquine',
		generic: 'hydroxychloroquine',
		brands: ['Plaquenil'],
		aliases: ['HCQ', 'plaquinil', 'hydroxychloroquin'],
		classes: ['immunomodulator'],
		note: 'Look-alike risk with "hydrocodone" in fuzzy matching: exact match first.'
	},
	{
		id: 'sulfasalazine',
		generic: 'sulfasalazine',
		brands: ['Azulfidine', 'Azulfidine EN-tabs'],
		classes: ['immunomodulator']
	},
	{
		id: 'mesalamine',
		generic: 'mesalamine',
		brands: [
			'Lialda',
			'Asacol HD',
			'Apriso',
			'Pentasa',
			'Delzicol',
			'Canasa',
			'Rowasa',
			'sfRowasa'
		],
		aliases: ['mesalazine', 'asacol', '5-ASA'],
		classes: ['immunomodulator'],
		mechanism: '5-ASA'
	},
	{
		id: 'balsalazide',
		generic: 'balsalazide',
		brands: ['Colazal'],
		classes: ['immunomodulator'],
		mechanism: '5-ASA'
	},
	{
		id: 'olsalazine',
		generic: 'olsalazine',
		brands: ['Dipentum'],
		classes: ['immunomodulator'],
		mechanism: '5-ASA'
	},
	{
		id: 'apremilast',
		generic: 'apremilast',
		brands: ['Otezla'],
		classes: ['immunomodulator'],
		mechanism: 'PDE4 inhibitor (small molecule)',
		note: "Psoriasis, Behçet's."
	}
]);
