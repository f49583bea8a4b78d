// Catalog integrity against RULEBOOK §2 and the §2.12 counts; every catalog name resolves to its own entry.
import { describe, expect, it } from 'vitest';
import { matchMedication } from '../match';
import { lookupProblems } from '../match/lookup';
import {
	RULEBOOK_ROW_COUNTS,
	catalog,
	catalogById,
	classKey,
	getEntry,
	medicationClasses,
	type CatalogEntry
} from '.';

const rows = catalog.filter((e) => !e.variantOf);
const variants = catalog.filter((e) => e.variantOf);
const isOpioidClass = (e: CatalogEntry) =>
	e.classes.includes('opioid-agonist') || e.classes.includes('opioid-partial-agonist');

describe('catalog counts (RULEBOOK §2.12)', () => {
	it('has 208 table rows and 207 unique entries (natalizumab is in 2.5 and 2.10)', () => {
		expect(rows.reduce((n, e) => n + e.sections.length, 0)).toBe(208);
		expect(rows).toHaveLength(207);
		expect(getEntry('natalizumab')?.sections).toEqual(['2.5', '2.10']);
	});

	it('has 190 flag-relevant entries and 17 look-alikes', () => {
		const lookalikes = rows.filter((e) => e.classes.includes('lookalike-no-flag'));
		expect(lookalikes).toHaveLength(17);
		expect(rows.length - lookalikes.length).toBe(190);
	});

	it.each(Object.entries(RULEBOOK_ROW_COUNTS))('section %s has %i rows', (section, count) => {
		expect(rows.filter((e) => e.sections.includes(section as never))).toHaveLength(count);
	});

	it('matches the grouped counts of §2.12', () => {
		const inSections = (...s: string[]) =>
			rows.filter((e) => e.sections.some((x) => s.includes(x))).length;
		expect(inSections('2.1', '2.2')).toBe(54);
		expect(inSections('2.4')).toBe(11);
		expect(inSections('2.5')).toBe(45);
		expect(inSections('2.10')).toBe(20);
	});

	it('carries about 380 US brand names, biosimilars and discontinued brands included', () => {
		const brands = catalog.reduce((n, e) => n + e.brands.length, 0);
		expect(brands).toBeGreaterThanOrEqual(370);
		expect(brands).toBeLessThanOrEqual(400);
		for (const b of ['Simlandi', 'Yesintek', 'Tyruko', 'Bkemv', 'Roxicet', 'Vicodin', 'Exalgo']) {
			expect(
				catalog.some((e) => e.brands.includes(b)),
				b
			).toBe(true);
		}
	});
});

describe('catalog integrity', () => {
	it('has unique, stable kebab-case ids', () => {
		const ids = catalog.map((e) => e.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
	});

	it('builds its lookup tables without a collision or an empty name', () => {
		expect(lookupProblems).toEqual([]);
	});

	it('uses only the classes of the class key (§2.0)', () => {
		for (const e of catalog) {
			for (const c of e.classes) expect(medicationClasses, e.id).toContain(c);
		}
		expect(Object.keys(classKey)).toHaveLength(19);
	});

	it('gives a washout tag to every opioid and to opioids only', () => {
		for (const e of catalog) {
			if (isOpioidClass(e)) expect(e.washout, e.id).toBeDefined();
			else expect(e.washout, e.id).toBeUndefined();
			if (e.washout) {
				const allowed = e.classes.flatMap((c) => classKey[c].washouts);
				expect(allowed, e.id).toContain(e.washout);
			}
		}
	});

	it('tags the long-acting list of §0.3 as LA (depot buprenorphine as DEPOT)', () => {
		const longActing = [
			'methadone',
			'levorphanol',
			'oxycodone-er',
			'hydrocodone-er',
			'morphine-er',
			'tapentadol-er',
			'tramadol-er',
			'hydromorphone-er',
			'oxymorphone-er',
			'fentanyl-transdermal',
			'buprenorphine-transdermal',
			'buprenorphine-buccal',
			'buprenorphine-naloxone',
			'buprenorphine-sublingual',
			'buprenorphine-injection',
			'kratom'
		];
		for (const id of longActing) expect(getEntry(id)?.washout, id).toBe('LA');
		expect(getEntry('buprenorphine-er-injection')?.washout).toBe('DEPOT');
		const buprenorphine = catalog.filter((e) => e.ingredients.includes('buprenorphine'));
		for (const e of buprenorphine) expect(['LA', 'DEPOT'], e.id).toContain(e.washout);
		const shortActing = catalog.filter((e) => e.washout === 'SA').map((e) => e.id);
		for (const id of longActing) expect(shortActing).not.toContain(id);
	});

	it('marks the OUD products (R06) and only those', () => {
		const oud = catalog.filter((e) => e.oud).map((e) => e.id);
		expect(oud.sort()).toEqual([
			'buprenorphine-er-injection',
			'buprenorphine-naloxone',
			'buprenorphine-sublingual'
		]);
	});

	it('has the tags the rules read', () => {
		const tagged = (tag: string) => catalog.filter((e) => e.tags?.includes(tag)).map((e) => e.id);
		expect(tagged('vivitrol')).toEqual(['naltrexone-er-injection']);
		expect(tagged('contrave')).toEqual(['bupropion-naltrexone']);
		expect(tagged('ldn')).toEqual(['naltrexone-ldn']);
		expect(tagged('loperamide')).toEqual(['loperamide', 'loperamide-simethicone']);
		expect(tagged('eluxadoline')).toEqual(['eluxadoline']);
		expect(tagged('kratom')).toEqual(['kratom']);
		expect(tagged('ivig')).toEqual(['immune-globulin']);
		expect(tagged('naloxone-kit')).toEqual(['naloxone', 'nalmefene']);
		expect(tagged('illicit')).toEqual(['fentanyl-illicit', 'heroin']);
		expect(tagged('methadone')).toEqual(['methadone']);
		expect(tagged('depot-buprenorphine')).toEqual(['buprenorphine-er-injection']);
		expect(tagged('thyroid-t4')).toEqual(['levothyroxine']);
		expect(tagged('naltrexone')).toHaveLength(4);
		expect(tagged('b-cell')).toEqual(
			expect.arrayContaining(['rituximab', 'ocrelizumab', 'ofatumumab', 'ublituximab'])
		);
	});

	it('marks topical, eye, nasal, inhaled and joint forms as not systemic', () => {
		const local = catalog.filter((e) => !e.systemic).map((e) => e.id);
		expect(local).toEqual(
			expect.arrayContaining([
				'ruxolitinib-topical',
				'cyclosporine-ophthalmic',
				'tacrolimus-topical',
				'pimecrolimus-topical',
				'sirolimus-topical',
				'prednisolone-ophthalmic',
				'triamcinolone-intra-articular',
				'fluticasone',
				'budesonide-inhaled',
				'triamcinolone-local',
				'hydrocortisone-topical'
			])
		);
		for (const e of catalog.filter((x) => x.classes.includes('corticosteroid-local'))) {
			expect(e.systemic, e.id).toBe(false);
		}
		for (const e of catalog.filter((x) => x.classes.includes('corticosteroid-systemic'))) {
			expect(e.systemic, e.id).toBe(true);
		}
	});

	it('classes the biologic MS therapies as both biologic and ms-dmt', () => {
		for (const id of ['natalizumab', 'ocrelizumab', 'ofatumumab', 'ublituximab', 'alemtuzumab']) {
			expect(getEntry(id)?.classes, id).toEqual(['biologic', 'ms-dmt']);
		}
		expect(getEntry('mitoxantrone')?.classes).toEqual(['ms-dmt', 'immunosuppressant']);
	});

	it('keeps no-flag rows catalogued with no class', () => {
		expect(getEntry('fludrocortisone')?.classes).toEqual([]);
		expect(getEntry('dalfampridine')?.classes).toEqual([]);
	});

	it('writes generics in RxNorm style: lower case, combination ingredients in alphabetical order', () => {
		for (const e of catalog) {
			const base = e.generic.replace(/\s*\([^)]*\)/g, '');
			expect(base, e.id).toBe(base.toLowerCase());
			if (e.ingredients.length > 1) {
				expect([...e.ingredients].sort(), e.id).toEqual(e.ingredients);
				expect(base, e.id).toBe(e.ingredients.join(' / '));
			}
		}
	});

	it('links variants, variant parents and look-alike confusions to existing entries', () => {
		for (const e of catalog) {
			for (const v of e.variants ?? [])
				expect(catalogById.has(v.id), `${e.id} → ${v.id}`).toBe(true);
			for (const id of e.confusedWith ?? []) expect(catalogById.has(id), id).toBe(true);
		}
		for (const v of variants) {
			expect(catalogById.has(v.variantOf!), v.id).toBe(true);
			expect(v.sections).toEqual([]);
		}
	});
});

describe('every catalog name resolves back to its own entry', () => {
	const names = catalog.flatMap((e) =>
		[e.generic, ...e.brands, ...e.aliases].map((name) => [name, e.id] as const)
	);

	it.each(names)('%s → %s', (name, id) => {
		const match = matchMedication(name);
		expect(match.entry?.id).toBe(id);
		expect(['exact', 'brand', 'alias', 'context']).toContain(match.method);
	});
});
