// RULEBOOK §0.4 matching and the §4.1 micro-tests, plus misspellings, context forms, look-alikes and combinations.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalog, getEntry } from '../catalog';
import { boundedDamerauLevenshtein } from './distance';
import { isOpioid, matchMedication, type MedicationMatch } from './index';
import { normaliseName } from './normalise';
import { COMMON_NON_CATALOG, NON_DRUG } from './words';

const opioid = (m: MedicationMatch) => (m.entry ? isOpioid(m.entry) : false);

describe('RULEBOOK §4.1 matching micro-tests', () => {
	it.each([
		['oxycontin 20mg', 'oxycodone-er', 'opioid-agonist', 'LA'],
		['Oxy Contin', 'oxycodone-er', 'opioid-agonist', 'LA'],
		['oxycotin', 'oxycodone-er', 'opioid-agonist', 'LA'],
		['hydrocodon 10/325', 'acetaminophen-hydrocodone', 'opioid-agonist', 'SA'],
		['norco', 'acetaminophen-hydrocodone', 'opioid-agonist', 'SA'],
		['vicoden', 'acetaminophen-hydrocodone', 'opioid-agonist', 'SA'],
		['Tylenol 3', 'acetaminophen-codeine', 'opioid-agonist', 'SA'],
		['T3 with codeine', 'acetaminophen-codeine', 'opioid-agonist', 'SA'],
		['tylenol w/ codeine #4', 'acetaminophen-codeine', 'opioid-agonist', 'SA'],
		['Tylenol', 'acetaminophen', 'lookalike-no-flag', undefined],
		['Tylenol PM', 'acetaminophen', 'lookalike-no-flag', undefined],
		['tylenol arthritis', 'acetaminophen', 'lookalike-no-flag', undefined],
		['Robitussin AC', 'codeine-guaifenesin', 'opioid-agonist', 'SA'],
		['Robitussin DM', 'dextromethorphan', 'lookalike-no-flag', undefined],
		['promethazine with codeine', 'codeine-promethazine', 'opioid-agonist', 'SA'],
		['promethazine DM', 'dextromethorphan', 'lookalike-no-flag', undefined],
		['tramadal', 'tramadol', 'opioid-agonist', 'SA'],
		['ultram', 'tramadol', 'opioid-agonist', 'SA'],
		['trazodone', 'trazodone', 'lookalike-no-flag', undefined],
		['suboxen', 'buprenorphine-naloxone', 'opioid-partial-agonist', 'LA'],
		['subs', 'buprenorphine-naloxone', 'opioid-partial-agonist', 'LA'],
		['narcan', 'naloxone', 'opioid-reversal', undefined],
		['norco', 'acetaminophen-hydrocodone', 'opioid-agonist', 'SA'],
		['hydroxyzine', 'hydroxyzine', 'lookalike-no-flag', undefined],
		['hydroxychloroquine', 'hydroxychloroquine', 'immunomodulator', undefined],
		['methocarbamol', 'methocarbamol', 'lookalike-no-flag', undefined],
		['imodium ad', 'loperamide', 'opioid-peripheral', undefined],
		['humera', 'adalimumab', 'biologic', undefined],
		['enbril', 'etanercept', 'biologic', undefined],
		['remicaid', 'infliximab', 'biologic', undefined],
		['synthroyd', 'levothyroxine', 'thyroid-hormone', undefined],
		['levothyroxin', 'levothyroxine', 'thyroid-hormone', undefined],
		['armour', 'thyroid-desiccated', 'thyroid-hormone', undefined],
		['restasis', 'cyclosporine-ophthalmic', 'immunosuppressant', undefined],
		['neoral', 'cyclosporine-systemic', 'immunosuppressant', undefined]
	] as const)('%s → %s (%s %s)', (input, id, cls, washout) => {
		const m = matchMedication(input);
		expect(m.entry?.id).toBe(id);
		expect(m.entry?.classes).toContain(cls);
		expect(m.entry?.washout).toBe(washout);
		expect(m.status).toBe(cls === 'lookalike-no-flag' ? 'lookalike' : 'matched');
		expect(m.input).toBe(input);
	});

	it('marks Suboxone as an OUD product and Restasis as not systemic', () => {
		expect(matchMedication('suboxen').entry?.oud).toBe(true);
		expect(matchMedication('restasis').entry?.systemic).toBe(false);
		expect(matchMedication('neoral').entry?.systemic).toBe(true);
	});
});

describe('misspellings from the rulebook notes', () => {
	it.each([
		['percoset', 'acetaminophen-oxycodone'],
		['perocet', 'acetaminophen-oxycodone'],
		['oxicodone', 'oxycodone'],
		['oxicontin', 'oxycodone-er'],
		['vicadin', 'acetaminophen-hydrocodone'],
		['norko', 'acetaminophen-hydrocodone'],
		['lortabs', 'acetaminophen-hydrocodone'],
		['codine', 'codeine'],
		['codiene', 'codeine'],
		['morphin', 'morphine'],
		['mscontin', 'morphine-er'],
		['dilauded', 'hydromorphone'],
		['hydromorphine', 'hydromorphone'],
		['fentanil', 'fentanyl-transdermal'],
		['methadon', 'methadone'],
		['metadone', 'methadone'],
		['pethidine', 'meperidine'],
		['nucinta', 'tapentadol'],
		['tramidol', 'tramadol'],
		['tramodol', 'tramadol'],
		['ultraset', 'acetaminophen-tramadol'],
		['soboxone', 'buprenorphine-naloxone'],
		['bupe', 'buprenorphine-sublingual'],
		['kratum', 'kratom'],
		['cratom', 'kratom'],
		['ketum', 'kratom'],
		['immodium', 'loperamide'],
		['vivatrol', 'naltrexone-er-injection'],
		['vivitral', 'naltrexone-er-injection'],
		['xeljans', 'tofacitinib'],
		['zeljanz', 'tofacitinib'],
		['rinvok', 'upadacitinib'],
		['methotrexat', 'methotrexate'],
		['azathioprin', 'azathioprine'],
		['tacrolimis', 'tacrolimus-systemic'],
		['plaquinil', 'hydroxychloroquine'],
		['mesalazine', 'mesalamine'],
		['prednizone', 'prednisone'],
		['predisone', 'prednisone'],
		['levothyroxene', 'levothyroxine'],
		['copaxon', 'glatiramer-acetate'],
		['tecfedera', 'dimethyl-fumarate']
	])('%s → %s', (input, id) => {
		expect(matchMedication(input).entry?.id).toBe(id);
	});

	it.each([
		['oxycontn', 'oxycodone-er', 1],
		['hydrocodne', 'acetaminophen-hydrocodone', 1],
		['tramadoll', 'tramadol', 1],
		['percocett', 'acetaminophen-oxycodone', 1],
		['suboxome', 'buprenorphine-naloxone', 1],
		['methadonne', 'methadone', 1],
		['gabapentn', 'gabapentin', 1],
		['levothroxine', 'levothyroxine', 1],
		['prednisome', 'prednisone', 1],
		['huimra', 'adalimumab', 1],
		['dupixnet', 'dupilumab', 1],
		['kratomm', 'kratom', 1]
	] as const)('fuzzy: %s → %s (distance %i)', (input, id, distance) => {
		const m = matchMedication(input);
		expect(m.entry?.id).toBe(id);
		expect(m.method).toBe('fuzzy');
		expect(m.explanation).toContain(`(fuzzy, distance ${distance})`);
	});
});

describe('fuzzy thresholds (RULEBOOK §0.4 step 3)', () => {
	it('allows 2 edits for names of 6+ letters, 1 for 4-5 letters, none below 4', () => {
		expect(matchMedication('oxycodne').entry?.id).toBe('oxycodone');
		expect(matchMedication('oxycdne').entry?.id).toBe('oxycodone');
		expect(matchMedication('oxcdne').status).toBe('unrecognised');
		expect(matchMedication('norcoo').entry?.id).toBe('acetaminophen-hydrocodone');
		expect(matchMedication('nrco').entry?.id).toBe('acetaminophen-hydrocodone');
		expect(matchMedication('nrc').status).toBe('unrecognised');
		expect(matchMedication('narcn').entry?.id).toBe('naloxone');
		expect(matchMedication('nacrn').status).toBe('unrecognised');
	});

	it('counts an adjacent transposition as one edit', () => {
		expect(matchMedication('tramadlo').entry?.id).toBe('tramadol');
		expect(matchMedication('norcp').entry?.id).toBe('acetaminophen-hydrocodone');
		expect(matchMedication('nroco').entry?.id).toBe('acetaminophen-hydrocodone');
	});
});

describe('look-alikes never match an opioid', () => {
	it.each([
		['trazodone', 'trazodone'],
		['trazadone', 'trazodone'],
		['trazodon', 'trazodone'],
		['Desyrel', 'trazodone'],
		['hydroxyzine', 'hydroxyzine'],
		['hydroxizine', 'hydroxyzine'],
		['hydroxyzine hcl 25 mg', 'hydroxyzine'],
		['hydrochlorothiazide', 'hydrochlorothiazide'],
		['HCTZ', 'hydrochlorothiazide'],
		['oxybutynin', 'oxybutynin'],
		['oxybutinin', 'oxybutynin'],
		['oxybutin', 'oxybutynin'],
		['Ditropan XL', 'oxybutynin'],
		['oxcarbazepine', 'oxcarbazepine'],
		['methocarbamol', 'methocarbamol'],
		['methocarbomol', 'methocarbamol'],
		['Robaxin', 'methocarbamol'],
		['celecoxib', 'celecoxib'],
		['Celebrex', 'celecoxib'],
		['Fioricet', 'acetaminophen-butalbital-caffeine'],
		['Delsym', 'dextromethorphan'],
		['Mucinex DM', 'dextromethorphan'],
		['gabapentin', 'gabapentin'],
		['Lyrica', 'pregabalin'],
		['Flexeril', 'cyclobenzaprine'],
		['tizanidine', 'tizanidine'],
		['Cymbalta', 'duloxetine'],
		['meloxicam', 'meloxicam'],
		['CBD oil', 'cannabidiol']
	])('%s is %s, not an opioid', (input, id) => {
		const m = matchMedication(input);
		expect(m.entry?.id).toBe(id);
		expect(m.status).toBe('lookalike');
		expect(opioid(m)).toBe(false);
	});

	it.each([
		['hydroxychloroquine', 'hydroxychloroquine'],
		['hydroxychloroquin', 'hydroxychloroquine'],
		['Plaquenil', 'hydroxychloroquine']
	])('%s is hydroxychloroquine, never hydrocodone', (input, id) => {
		const m = matchMedication(input);
		expect(m.entry?.id).toBe(id);
		expect(opioid(m)).toBe(false);
	});

	it('tells Narcan from Norco', () => {
		expect(matchMedication('narcan').entry?.id).toBe('naloxone');
		expect(matchMedication('Narcan nasal spray').entry?.id).toBe('naloxone');
		expect(matchMedication('norco').entry?.id).toBe('acetaminophen-hydrocodone');
		expect(opioid(matchMedication('narcan'))).toBe(false);
		expect(matchMedication('narcan').entry?.tags).toContain('naloxone-kit');
	});

	it('tells celecoxib from Seglentis (celecoxib / tramadol)', () => {
		expect(matchMedication('celecoxib 200mg').status).toBe('lookalike');
		expect(matchMedication('Seglentis').entry?.id).toBe('celecoxib-tramadol');
		expect(matchMedication('celecoxib/tramadol').entry?.id).toBe('celecoxib-tramadol');
	});

	it('lets a look-alike win a fuzzy tie', () => {
		// 'oxybutin' is 2 edits from oxybutynin (look-alike) and from 'oxycotin' (OxyContin).
		expect(matchMedication('oxybutin').entry?.id).toBe('oxybutynin');
	});

	it('names the drug a look-alike is confused with', () => {
		expect(matchMedication('trazodone').explanation).toContain('not tramadol');
		expect(matchMedication('methocarbamol').explanation).toContain('not methadone');
	});
});

describe('context tokens (RULEBOOK §0.4 step 4)', () => {
	it.each([
		['Tylenol', 'acetaminophen'],
		['Tylenol #3', 'acetaminophen-codeine'],
		['Tylenol no. 3', 'acetaminophen-codeine'],
		['tylenol #4', 'acetaminophen-codeine'],
		['T#3', 'acetaminophen-codeine'],
		['tylenol with codeine', 'acetaminophen-codeine'],
		['tylenol 325mg', 'acetaminophen'],
		['tylenol 500 mg 2 tabs', 'acetaminophen'],
		['tylenol 3 times a day', 'acetaminophen'],
		['Robitussin AC', 'codeine-guaifenesin'],
		['Robitussin DM', 'dextromethorphan'],
		['promethazine with codeine', 'codeine-promethazine'],
		['promethazine w/ codeine syrup', 'codeine-promethazine'],
		['promethazine DM', 'dextromethorphan'],
		['Fioricet', 'acetaminophen-butalbital-caffeine'],
		['Fioricet with codeine', 'acetaminophen-butalbital-caffeine-codeine']
	])('%s → %s', (input, id) => {
		expect(matchMedication(input).entry?.id).toBe(id);
	});

	it('reads a bare T3 as Tylenol #3 and says it could be liothyronine', () => {
		const m = matchMedication('T3');
		expect(m.entry?.id).toBe('acetaminophen-codeine');
		expect(m.method).toBe('context');
		expect(m.ambiguousWith?.id).toBe('liothyronine');
		expect(m.explanation).toContain('liothyronine');
		expect(matchMedication('T3 with codeine').ambiguousWith?.id).toBe('liothyronine');
	});

	it('reads T3 as liothyronine with thyroid context', () => {
		for (const input of ['T3 5 mcg', 'T3 25mcg', 'T3 (Cytomel)', 'T3 thyroid']) {
			const m = matchMedication(input);
			expect(m.entry?.id, input).toBe('liothyronine');
			expect(m.ambiguousWith, input).toBeUndefined();
		}
		expect(matchMedication('T4').entry?.id).toBe('levothyroxine');
	});

	it.each([
		['Restasis', 'cyclosporine-ophthalmic', false],
		['cyclosporine eye drops', 'cyclosporine-ophthalmic', false],
		['Neoral', 'cyclosporine-systemic', true],
		['Sandimmune', 'cyclosporine-systemic', true],
		['cyclosporine 100mg', 'cyclosporine-systemic', true],
		['Protopic', 'tacrolimus-topical', false],
		['tacrolimus ointment 0.1%', 'tacrolimus-topical', false],
		['Prograf', 'tacrolimus-systemic', true],
		['tacrolimus 1 mg', 'tacrolimus-systemic', true],
		['Elidel cream', 'pimecrolimus-topical', false],
		['Opzelura', 'ruxolitinib-topical', false],
		['ruxolitinib cream', 'ruxolitinib-topical', false],
		['Jakafi', 'ruxolitinib-oral', true],
		['Flonase', 'fluticasone', false],
		['fluticasone nasal spray', 'fluticasone', false],
		['Symbicort', 'budesonide-inhaled', false],
		['budesonide inhaler', 'budesonide-inhaled', false],
		['Entocort EC', 'budesonide-oral', true],
		['budesonide 9mg', 'budesonide-oral', true],
		['hydrocortisone cream 1%', 'hydrocortisone-topical', false],
		['Cortef', 'hydrocortisone-systemic', true],
		['hydrocortisone 10 mg', 'hydrocortisone-systemic', true],
		['Kenalog-40 injection', 'triamcinolone-injectable', true],
		['triamcinolone cream', 'triamcinolone-local', false],
		['Nasacort', 'triamcinolone-local', false],
		['kenalog injection in knee', 'triamcinolone-intra-articular', false],
		['Zilretta', 'triamcinolone-intra-articular', false],
		['methylprednisolone intra-articular', 'methylprednisolone-intra-articular', false],
		['Medrol dose pack', 'methylprednisolone', true],
		['methylprednisolone for joint pain', 'methylprednisolone', true],
		['Pred Forte', 'prednisolone-ophthalmic', false],
		['prednisolone eye drops', 'prednisolone-ophthalmic', false],
		['prednisolone 15mg/5ml', 'prednisolone', true],
		['Hyftor', 'sirolimus-topical', false],
		['Rapamune', 'sirolimus', true]
	] as const)('%s → %s (systemic: %s)', (input, id, systemic) => {
		const m = matchMedication(input);
		expect(m.entry?.id).toBe(id);
		expect(m.entry?.systemic).toBe(systemic);
	});

	it.each([
		['oxycodone', 'oxycodone', 'SA'],
		['oxycodone ER', 'oxycodone-er', 'LA'],
		['oxycodone hcl 10 mg extended release tablet', 'oxycodone-er', 'LA'],
		['oxy IR', 'oxycodone', 'SA'],
		['morphine', 'morphine', 'SA'],
		['morphine sulfate ER 30mg', 'morphine-er', 'LA'],
		['MS Contin', 'morphine-er', 'LA'],
		['hydrocodone', 'acetaminophen-hydrocodone', 'SA'],
		['hydrocodone ER', 'hydrocodone-er', 'LA'],
		['Hysingla', 'hydrocodone-er', 'LA'],
		['Nucynta', 'tapentadol', 'SA'],
		['Nucynta ER', 'tapentadol-er', 'LA'],
		['Ultram', 'tramadol', 'SA'],
		['Ultram ER', 'tramadol-er', 'LA'],
		['tramadol XR', 'tramadol-er', 'LA'],
		['Opana', 'oxymorphone', 'SA'],
		['Opana ER', 'oxymorphone-er', 'LA'],
		['Exalgo', 'hydromorphone-er', 'LA'],
		['fentanyl', 'fentanyl-transdermal', 'LA'],
		['fentanyl patch 25 mcg/hr', 'fentanyl-transdermal', 'LA'],
		['Actiq', 'fentanyl-transmucosal', 'SA'],
		['fentanyl lozenge', 'fentanyl-transmucosal', 'SA'],
		['street fentanyl', 'fentanyl-illicit', 'SA'],
		['fentanyl pressed pills', 'fentanyl-illicit', 'SA'],
		['M30', 'fentanyl-illicit', 'SA'],
		['buprenorphine', 'buprenorphine-sublingual', 'LA'],
		['buprenorphine patch', 'buprenorphine-transdermal', 'LA'],
		['Butrans', 'buprenorphine-transdermal', 'LA'],
		['Belbuca', 'buprenorphine-buccal', 'LA'],
		['buprenorphine monthly injection', 'buprenorphine-er-injection', 'DEPOT'],
		['Sublocade', 'buprenorphine-er-injection', 'DEPOT'],
		['Brixadi', 'buprenorphine-er-injection', 'DEPOT'],
		['Buprenex', 'buprenorphine-injection', 'LA'],
		['methadone 80mg', 'methadone', 'LA'],
		['kratom', 'kratom', 'LA'],
		['7-OH', 'kratom', 'LA']
	] as const)('%s → %s (%s)', (input, id, washout) => {
		const m = matchMedication(input);
		expect(m.entry?.id).toBe(id);
		expect(m.entry?.washout).toBe(washout);
	});

	it.each([
		['naltrexone 50 mg', 'naltrexone-oral'],
		['naltrexone', 'naltrexone-oral'],
		['ReVia', 'naltrexone-oral'],
		['naltrexone 4.5mg', 'naltrexone-ldn'],
		['naltrexone 1.5 mg capsules', 'naltrexone-ldn'],
		['LDN 3mg', 'naltrexone-ldn'],
		['low dose naltrexone', 'naltrexone-ldn'],
		['compounded naltrexone', 'naltrexone-ldn'],
		['naltrexone compounded', 'naltrexone-ldn'],
		['Vivitrol', 'naltrexone-er-injection'],
		['naltrexone monthly shot', 'naltrexone-er-injection'],
		['Contrave', 'bupropion-naltrexone'],
		['naltrexone/bupropion', 'bupropion-naltrexone'],
		['Lybalvi', 'olanzapine-samidorphan'],
		['Relistor', 'methylnaltrexone'],
		['Movantik', 'naloxegol']
	])('%s → %s', (input, id) => {
		expect(matchMedication(input).entry?.id).toBe(id);
	});

	it('uses the route the patient chose to pick the form', () => {
		expect(matchMedication('cyclosporine', { route: 'eye' }).entry?.id).toBe(
			'cyclosporine-ophthalmic'
		);
		expect(matchMedication('tacrolimus', { route: 'skin' }).entry?.id).toBe('tacrolimus-topical');
		expect(matchMedication('hydrocortisone', { route: 'skin' }).entry?.id).toBe(
			'hydrocortisone-topical'
		);
		expect(matchMedication('budesonide', { route: 'inhaled' }).entry?.id).toBe(
			'budesonide-inhaled'
		);
		expect(matchMedication('triamcinolone', { route: 'nasal' }).entry?.id).toBe(
			'triamcinolone-local'
		);
		expect(matchMedication('buprenorphine', { route: 'patch' }).entry?.id).toBe(
			'buprenorphine-transdermal'
		);
		expect(matchMedication('buprenorphine', { route: 'injection' }).entry?.id).toBe(
			'buprenorphine-er-injection'
		);
		expect(matchMedication('naltrexone', { route: 'injection' }).entry?.id).toBe(
			'naltrexone-er-injection'
		);
		expect(matchMedication('fentanyl', { route: 'nasal' }).entry?.id).toBe('fentanyl-transmucosal');
		expect(matchMedication('prednisone', { route: 'mouth' }).entry?.id).toBe('prednisone');
		expect(matchMedication('cyclosporine', { route: 'mouth' }).entry?.id).toBe(
			'cyclosporine-systemic'
		);
	});
});

describe('combination products map to every ingredient', () => {
	it.each([
		['Percocet', 'acetaminophen-oxycodone', ['acetaminophen', 'oxycodone']],
		['oxycodone/acetaminophen 5/325', 'acetaminophen-oxycodone', ['acetaminophen', 'oxycodone']],
		['oxycodone and tylenol', 'acetaminophen-oxycodone', ['acetaminophen', 'oxycodone']],
		['acetaminophen-oxycodone', 'acetaminophen-oxycodone', ['acetaminophen', 'oxycodone']],
		['hydrocodone/APAP 10/325', 'acetaminophen-hydrocodone', ['acetaminophen', 'hydrocodone']],
		[
			'hydrocodone bitartrate and acetaminophen',
			'acetaminophen-hydrocodone',
			['acetaminophen', 'hydrocodone']
		],
		['hydrocodone-ibuprofen', 'hydrocodone-ibuprofen', ['hydrocodone', 'ibuprofen']],
		['oxycodone aspirin', 'aspirin-oxycodone', ['aspirin', 'oxycodone']],
		['guaifenesin with codeine', 'codeine-guaifenesin', ['codeine', 'guaifenesin']],
		['codeine promethazine', 'codeine-promethazine', ['codeine', 'promethazine']],
		['APAP/codeine', 'acetaminophen-codeine', ['acetaminophen', 'codeine']],
		['tramadol/acetaminophen', 'acetaminophen-tramadol', ['acetaminophen', 'tramadol']],
		['buprenorphine/naloxone 8/2 film', 'buprenorphine-naloxone', ['buprenorphine', 'naloxone']],
		[
			'butalbital acetaminophen caffeine codeine',
			'acetaminophen-butalbital-caffeine-codeine',
			['acetaminophen', 'butalbital', 'caffeine', 'codeine']
		],
		['diphenoxylate atropine', 'atropine-diphenoxylate', ['atropine', 'diphenoxylate']],
		['Lomotil', 'atropine-diphenoxylate', ['atropine', 'diphenoxylate']],
		['bupropion naltrexone', 'bupropion-naltrexone', ['bupropion', 'naltrexone']],
		['tylenol with kodeine', 'acetaminophen-codeine', ['acetaminophen', 'codeine']]
	] as const)('%s → %s', (input, id, ingredients) => {
		const m = matchMedication(input);
		expect(m.entry?.id).toBe(id);
		expect(m.entry?.ingredients).toEqual(ingredients);
	});

	it('keeps the most safety-relevant name when the ingredients make no product', () => {
		const m = matchMedication('gabapentin, tramadol');
		expect(m.entry?.id).toBe('tramadol');
		expect(m.explanation).toContain('also names gabapentin');
		expect(matchMedication('oxycontin and oxycodone').entry?.id).toBe('oxycodone-er');
		expect(matchMedication('prednisone and Restasis').entry?.id).toBe('prednisone');
	});
});

describe('names inside longer text', () => {
	it.each([
		['oxycontin 20mg twice a day', 'oxycodone-er'],
		['I take Norco 10/325 every 6 hours as needed', 'acetaminophen-hydrocodone'],
		['percocet 10/325 q6h prn back pain', 'acetaminophen-oxycodone'],
		['tramadol 50 mg as needed for pain', 'tramadol'],
		['Humira pen every 2 weeks', 'adalimumab'],
		['methotrexate 15mg weekly', 'methotrexate'],
		['levothyroxine 88 mcg every morning', 'levothyroxine'],
		['Synthroid 100mcg daily', 'levothyroxine'],
		['prednisone taper from my doctor', 'prednisone'],
		['Suboxone 8mg/2mg film daily', 'buprenorphine-naloxone'],
		['kratom capsules most days', 'kratom'],
		['imodium 2mg x4 a day', 'loperamide'],
		['Ocrevus infusion every 6 months', 'ocrelizumab'],
		['IVIG monthly infusions', 'immune-globulin'],
		['adalimumab-atto (Amjevita)', 'adalimumab'],
		['armour thyroid 60mg', 'thyroid-desiccated'],
		['Oxycodone HCl 5 mg tab', 'oxycodone'],
		['OXYCONTIN®', 'oxycodone-er'],
		['  Norco  ', 'acetaminophen-hydrocodone']
	])('%s → %s', (input, id) => {
		expect(matchMedication(input).entry?.id).toBe(id);
	});

	it('matches street words only as the whole name', () => {
		expect(matchMedication('lean').entry?.id).toBe('codeine-promethazine');
		expect(matchMedication('lean protein shake').status).not.toBe('matched');
		expect(matchMedication('lean protein shake').entry?.id).not.toBe('codeine-promethazine');
		expect(matchMedication('H').entry?.id).toBe('heroin');
		expect(matchMedication('vitamin B6 and H').entry?.id).not.toBe('heroin');
	});
});

describe('unrecognised and empty names', () => {
	it.each([[''], ['   '], ['none'], ['None'], ['n/a'], ['N/A'], ['nothing'], ['no meds'], ['-']])(
		'%j is empty',
		(input) => {
			const m = matchMedication(input);
			expect(m.status).toBe('empty');
			expect(m.drugLike).toBe(false);
			expect(m.entry).toBeUndefined();
		}
	);

	it('treats a strength with no name as empty', () => {
		expect(matchMedication('20mg').status).toBe('empty');
	});

	it.each([['daily'], ['not sure'], ['same as above']])('%s is not drug-like', (input) => {
		const m = matchMedication(input);
		expect(m.status).toBe('unrecognised');
		expect(m.drugLike).toBe(false);
	});

	it.each([
		['vitamin D3 5000 IU', 'A11C'],
		['fish oil', 'C10A'],
		['magnesium glycinate', 'A12C'],
		['multivitamin', 'A11B'],
		['probiotic', 'X-SUPP'],
		['turmeric', 'X-SUPP'],
		['B12', 'B03B'],
		['lisinopril 10 mg', 'C09A'],
		['Protonix', 'A02B'],
		['blood pressure pill', 'C02']
	])('%s is recognised from the vocabulary (%s), and no rule reads it', (input, atc) => {
		const m = matchMedication(input);
		expect(m.status).toBe('recognised');
		expect(m.entry?.vocabulary?.class).toBe(atc);
		expect(m.entry?.classes).toEqual([]);
	});

	it.each([['xyzzoline 10mg'], ['zorblatex']])('%s is drug-like and unrecognised', (input) => {
		const m = matchMedication(input);
		expect(m.status).toBe('unrecognised');
		expect(m.drugLike).toBe(true);
		expect(m.method).toBe('none');
	});

	it('never fuzzy-matches a common medicine outside the catalog', () => {
		for (const name of COMMON_NON_CATALOG) {
			const m = matchMedication(name);
			expect(m.method === 'fuzzy', name).toBe(false);
			expect(m.status === 'matched' && m.entry && isOpioid(m.entry), name).toBe(false);
		}
	});

	it('never fuzzy-matches a vitamin, supplement or food word', () => {
		for (const word of NON_DRUG) {
			const m = matchMedication(word);
			expect(m.method === 'fuzzy', word).toBe(false);
		}
		expect(matchMedication('iodine').status).toBe('recognised');
		expect(matchMedication('vitamin').status).toBe('recognised');
	});
});

describe('explanations', () => {
	it.each([
		[
			'hydrocodne',
			"matched 'hydrocodne' → hydrocodone (fuzzy, distance 1) = acetaminophen / hydrocodone"
		],
		['oxycodone', "matched 'oxycodone' → oxycodone (generic name)"],
		['Norco', "matched 'norco' → Norco (brand) = acetaminophen / hydrocodone"],
		['vicoden', "matched 'vicoden' → acetaminophen / hydrocodone (alias 'vicoden')"],
		[
			'oxycontn',
			"matched 'oxycontn' → OxyContin (fuzzy, distance 1) = oxycodone (extended-release)"
		],
		['Kenalog-40', "matched 'kenalog' → Kenalog-40 (brand) = triamcinolone (injectable)"]
	])('%s: %s', (input, explanation) => {
		expect(matchMedication(input).explanation).toBe(explanation);
	});

	it('explains context and strength choices', () => {
		expect(matchMedication('Nucynta ER').explanation).toContain(
			"context 'er' → tapentadol (extended-release)"
		);
		expect(matchMedication('naltrexone 4.5mg').explanation).toContain('strength 4.5 mg');
		expect(matchMedication('Tylenol #3').explanation).toContain("read '#3' after Tylenol");
		expect(matchMedication('oxycodone and tylenol').explanation).toBe(
			"matched ingredients 'oxycodone' + 'tylenol' → acetaminophen / oxycodone"
		);
	});

	it('reports the method', () => {
		expect(matchMedication('oxycodone').method).toBe('exact');
		expect(matchMedication('Percocet').method).toBe('brand');
		expect(matchMedication('percoset').method).toBe('alias');
		expect(matchMedication('Tylenol 3').method).toBe('context');
		expect(matchMedication('tacrolimus ointment').method).toBe('context');
		expect(matchMedication('percocett').method).toBe('fuzzy');
		expect(matchMedication('xyzzoline').method).toBe('none');
	});
});

describe('normaliseName (RULEBOOK §0.4 step 1)', () => {
	it.each([
		['OxyContin 20mg', 'oxycontin'],
		['hydrocodon 10/325', 'hydrocodon'],
		['Oxycodone ER tab', 'oxycodone'],
		['Suboxone film', 'suboxone'],
		['fentanyl patch 25 mcg/hr', 'fentanyl'],
		['  Norco   10 / 325  ', 'norco'],
		['tylenol w/ codeine', 'tylenol with codeine'],
		['Tylenol #3', 'tylenol with codeine 3'],
		['Tylenol no. 3', 'tylenol with codeine 3'],
		['tylenol 3', 'tylenol with codeine 3'],
		['T3', 'tylenol with codeine 3'],
		['Tylenol 325 mg', 'tylenol'],
		['Sjögren', 'sjogren'],
		['levothyroxine 88 µg', 'levothyroxine'],
		['7-OH', '7oh'],
		['6-MP', '6mp'],
		['interferon beta-1a', 'interferon beta 1a']
	])('%s → %s', (input, display) => {
		expect(normaliseName(input).display).toBe(display);
	});

	it('keeps dose forms, routes and release words as context', () => {
		expect(normaliseName('oxycodone ER 10 mg tablet').contextWords).toEqual([
			'oxycodone',
			'er',
			'tablet'
		]);
		expect(normaliseName('oxycodone ER 10 mg tablet').tokens).toEqual(['oxycodone']);
	});
});

describe('boundedDamerauLevenshtein', () => {
	function reference(a: string, b: string): number {
		const d = Array.from({ length: a.length + 1 }, (_, i) =>
			Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0))
		);
		for (let i = 1; i <= a.length; i++) {
			for (let j = 1; j <= b.length; j++) {
				const cost = a[i - 1] === b[j - 1] ? 0 : 1;
				let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
				if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
					v = Math.min(v, d[i - 2]![j - 2]! + 1);
				}
				d[i]![j] = v;
			}
		}
		return d[a.length]![b.length]!;
	}

	it('agrees with the full optimal-string-alignment table up to the bound', () => {
		const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 10 });
		fc.assert(
			fc.property(word, word, fc.integer({ min: 0, max: 3 }), (a, b, max) => {
				const exact = reference(a, b);
				expect(boundedDamerauLevenshtein(a, b, max)).toBe(exact <= max ? exact : max + 1);
			}),
			{ numRuns: 2000 }
		);
	});

	it('counts the edits of the rulebook examples', () => {
		expect(boundedDamerauLevenshtein('hydrocodon', 'hydrocodone', 2)).toBe(1);
		expect(boundedDamerauLevenshtein('tramadol', 'tramadlo', 2)).toBe(1);
		expect(boundedDamerauLevenshtein('trazodone', 'tramadol', 2)).toBe(3);
		expect(boundedDamerauLevenshtein('narcan', 'norco', 2)).toBe(3);
	});
});

describe('isOpioid', () => {
	it('is true for agonists and partial agonists (kratom included) only', () => {
		const opioids = catalog.filter(isOpioid).map((e) => e.id);
		expect(opioids).toContain('kratom');
		expect(opioids).toContain('buprenorphine-naloxone');
		expect(opioids).not.toContain('loperamide');
		expect(opioids).not.toContain('naloxone');
		expect(opioids).not.toContain('naltrexone-ldn');
		expect(isOpioid(getEntry('eluxadoline')!)).toBe(false);
		expect(opioids).toHaveLength(56);
	});
});

describe('speed', () => {
	it('matches a name in a few microseconds', () => {
		const names = [
			'OxyContin 20mg',
			'levothyroxine 88 mcg',
			'Humira',
			'prednisone 5 mg',
			'gabapentin 300mg',
			'vitamin D3',
			'Tylenol #3',
			'methotrexate weekly'
		];
		for (let i = 0; i < 2000; i++) for (const n of names) matchMedication(n);
		const rounds = 5000;
		const start = performance.now();
		for (let i = 0; i < rounds; i++) for (const n of names) matchMedication(n);
		const perName = ((performance.now() - start) * 1000) / (rounds * names.length);
		// The target is a few µs; the bound is loose so that a busy test machine does not fail it.
		expect(perName).toBeLessThan(25);
	});
});
