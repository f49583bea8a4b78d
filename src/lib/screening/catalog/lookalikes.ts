// RULEBOOK §2.13 look-alikes and non-opioids that never flag ('lookalike-no-flag'); checked before fuzzy matching.
import { defineRows } from './define';

export const lookalikes = defineRows('2.13', [
	{
		id: 'dextromethorphan',
		generic: 'dextromethorphan',
		brands: ['Delsym', 'Robitussin DM', 'Mucinex DM', 'NyQuil', 'DayQuil', 'promethazine DM'],
		aliases: ['DXM', 'dextromethorphan/promethazine'],
		classes: ['lookalike-no-flag'],
		confusedWith: ['codeine-guaifenesin', 'codeine-promethazine'],
		note: 'Non-opioid antitussive (NMDA antagonist/sigma-1). Not blocked in a way that matters (S46). Must not fire opioid rules.'
	},
	{
		id: 'trazodone',
		generic: 'trazodone',
		brands: ['Desyrel', 'Oleptro'],
		aliases: ['trazadone', 'trazodon'],
		classes: ['lookalike-no-flag'],
		confusedWith: ['tramadol'],
		note: 'Sounds like tramadol. A sleep aid or antidepressant.'
	},
	{
		id: 'hydroxyzine',
		generic: 'hydroxyzine',
		brands: ['Vistaril', 'Atarax'],
		aliases: ['hydroxizine', 'hydroxyzine hcl'],
		classes: ['lookalike-no-flag'],
		confusedWith: ['acetaminophen-hydrocodone'],
		note: 'Starts like "hydrocodone". An antihistamine.'
	},
	{
		id: 'hydrochlorothiazide',
		generic: 'hydrochlorothiazide',
		aliases: ['HCTZ', 'hydrochlorthiazide'],
		classes: ['lookalike-no-flag'],
		confusedWith: ['acetaminophen-hydrocodone'],
		note: 'Starts with "hydro". A diuretic.'
	},
	{
		id: 'oxybutynin',
		generic: 'oxybutynin',
		brands: ['Ditropan XL', 'Oxytrol'],
		aliases: ['oxybutinin', 'ditropan'],
		classes: ['lookalike-no-flag'],
		confusedWith: ['oxycodone'],
		note: 'Starts with "oxy". A bladder medication.'
	},
	{
		id: 'oxcarbazepine',
		generic: 'oxcarbazepine',
		brands: ['Trileptal', 'Oxtellar XR'],
		classes: ['lookalike-no-flag'],
		confusedWith: ['oxycodone'],
		note: 'Starts with "ox". An anticonvulsant.'
	},
	{
		id: 'methocarbamol',
		generic: 'methocarbamol',
		brands: ['Robaxin'],
		aliases: ['methocarbomol'],
		classes: ['lookalike-no-flag'],
		confusedWith: ['methadone'],
		note: 'Resembles "methadone". A muscle relaxant.'
	},
	{
		id: 'acetaminophen',
		generic: 'acetaminophen',
		brands: ['Tylenol', 'Tylenol Arthritis', 'Tylenol PM'],
		aliases: ['APAP', 'paracetamol', 'tylenol extra strength', 'acetaminophin'],
		classes: ['lookalike-no-flag'],
		confusedWith: ['acetaminophen-codeine'],
		note: 'Only "Tylenol with codeine"/#3/#4 is an opioid. Tylenol PM adds diphenhydramine.'
	},
	{
		id: 'acetaminophen-butalbital-caffeine',
		generic: 'acetaminophen / butalbital / caffeine',
		brands: ['Fioricet'],
		aliases: ['butalbital'],
		classes: ['lookalike-no-flag'],
		confusedWith: ['acetaminophen-butalbital-caffeine-codeine'],
		note: 'No opioid unless the name says "with codeine".'
	},
	{
		id: 'gabapentin',
		generic: 'gabapentin',
		brands: ['Neurontin', 'Gralise'],
		classes: ['lookalike-no-flag'],
		note: 'Not an opioid.'
	},
	{
		id: 'pregabalin',
		generic: 'pregabalin',
		brands: ['Lyrica'],
		classes: ['lookalike-no-flag'],
		note: 'Not an opioid.'
	},
	{
		id: 'cyclobenzaprine',
		generic: 'cyclobenzaprine',
		brands: ['Flexeril', 'Amrix'],
		classes: ['lookalike-no-flag'],
		note: 'Not an opioid. Flexeril is discontinued.'
	},
	{
		id: 'tizanidine',
		generic: 'tizanidine',
		brands: ['Zanaflex'],
		classes: ['lookalike-no-flag'],
		note: 'Not an opioid.'
	},
	{
		id: 'duloxetine',
		generic: 'duloxetine',
		brands: ['Cymbalta'],
		classes: ['lookalike-no-flag'],
		note: 'Not an opioid (fibromyalgia).'
	},
	{
		id: 'meloxicam',
		generic: 'meloxicam',
		brands: ['Mobic'],
		classes: ['lookalike-no-flag'],
		note: 'NSAID.'
	},
	{
		id: 'celecoxib',
		generic: 'celecoxib',
		brands: ['Celebrex'],
		classes: ['lookalike-no-flag'],
		confusedWith: ['celecoxib-tramadol'],
		note: 'NSAID. Only Seglentis (celecoxib / tramadol) is an opioid.'
	},
	{
		id: 'cannabidiol',
		generic: 'cannabidiol / cannabis',
		ingredients: ['cannabidiol'],
		brands: ['Epidiolex'],
		aliases: ['CBD', 'CBD oil', 'cannabis', 'marijuana', 'medical marijuana', 'THC', 'cannabidiol'],
		classes: ['lookalike-no-flag'],
		note: 'No rule (Decision D10). Record the answer.'
	}
]);
