// RULEBOOK §2.11 label-interaction drugs ('label-interaction', R35).
import { defineRows } from './define';

export const labelInteractions = defineRows('2.11', [
	{
		id: 'thioridazine',
		generic: 'thioridazine',
		brands: ['Mellaril'],
		classes: ['label-interaction'],
		note: 'Lethargy/somnolence reported with naltrexone (S2). Mellaril is discontinued.'
	},
	{
		id: 'disulfiram',
		generic: 'disulfiram',
		brands: ['Antabuse'],
		aliases: ['antabuse'],
		classes: ['label-interaction'],
		note: 'Two potentially hepatotoxic drugs (S2).'
	}
]);
