// RULEBOOK §2.9 thyroid hormones ('thyroid-hormone', R27/R28) and antithyroid drugs ('antithyroid', R28).
import { defineRows } from './define';

export const thyroidDrugs = defineRows('2.9', [
	{
		id: 'levothyroxine',
		generic: 'levothyroxine',
		brands: [
			'Synthroid',
			'Levoxyl',
			'Unithroid',
			'Euthyrox',
			'Tirosint',
			'Tirosint-SOL',
			'Levo-T',
			'Thyquidity',
			'Ermeza'
		],
		aliases: [
			'levo',
			'LT4',
			'T4',
			'levothyroxin',
			'levothyroxene',
			'synthroyd',
			'levothyroxine sodium'
		],
		classes: ['thyroid-hormone'],
		tags: ['thyroid-t4']
	},
	{
		id: 'liothyronine',
		generic: 'liothyronine',
		brands: ['Cytomel', 'Triostat'],
		aliases: ['cytomel', 'liothyronin', 'T3 thyroid'],
		classes: ['thyroid-hormone'],
		tags: ['thyroid-t3'],
		note: '"T3" alone is ambiguous with "Tylenol #3": it is read as liothyronine only with thyroid context (mcg, Cytomel, thyroid); otherwise as Tylenol #3, with the ambiguity shown. Triostat is IV.'
	},
	{
		id: 'thyroid-desiccated',
		generic: 'thyroid, desiccated (porcine)',
		ingredients: ['thyroid, desiccated'],
		brands: ['Armour Thyroid', 'NP Thyroid', 'Nature-Throid', 'WP Thyroid', 'Westhroid', 'Adthyza'],
		aliases: ['NDT', 'armour', 'desiccated thyroid', 'natural desiccated thyroid', 'armor thyroid'],
		classes: ['thyroid-hormone'],
		tags: ['thyroid-ndt']
	},
	{
		id: 'liotrix',
		generic: 'liotrix',
		brands: ['Thyrolar'],
		classes: ['thyroid-hormone'],
		tags: ['thyroid-t4-t3'],
		note: 'Thyrolar is discontinued.'
	},
	{
		id: 'methimazole',
		generic: 'methimazole',
		brands: ['Tapazole'],
		aliases: ['methimazol'],
		classes: ['antithyroid'],
		note: "Graves': R28."
	},
	{
		id: 'propylthiouracil',
		generic: 'propylthiouracil',
		aliases: ['PTU'],
		classes: ['antithyroid'],
		note: 'R28.'
	}
]);
