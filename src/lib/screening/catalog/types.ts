// Types for the medication catalog (RULEBOOK §2) and its class key (§2.0).

/** The engine classes of RULEBOOK §2.0. An entry usually has one; an empty list means "catalogued, no rule". */
export type MedicationClass =
	| 'opioid-agonist'
	| 'opioid-partial-agonist'
	| 'opioid-peripheral'
	| 'naltrexone-product'
	| 'opioid-antagonist-other'
	| 'pamora'
	| 'opioid-reversal'
	| 'biologic'
	| 'biologic-type2'
	| 'jak-inhibitor'
	| 'immunosuppressant'
	| 'immunomodulator'
	| 'corticosteroid-systemic'
	| 'corticosteroid-local'
	| 'thyroid-hormone'
	| 'antithyroid'
	| 'ms-dmt'
	| 'label-interaction'
	| 'lookalike-no-flag';

/** Opioid washout tag (§0.3 long-acting list, §2.0): short-acting, long-acting (14 d), depot (180 d). */
export type Washout = 'SA' | 'LA' | 'DEPOT';

/** A rulebook section of §2 that lists a row. */
export type CatalogSection =
	'2.1' | '2.2' | '2.3' | '2.4' | '2.5' | '2.6' | '2.7' | '2.8' | '2.9' | '2.10' | '2.11' | '2.13';

/**
 * Another entry this one becomes when a context word appears in the medication text (or the route the
 * patient chose): "tacrolimus ointment" is the topical entry, "oxycodone ER" the extended-release one.
 * Words are compared with the normalised tokens and with adjacent pairs of tokens joined ("knee" +
 * "injection" → "kneeinjection"). The first variant whose words match wins.
 */
export interface CatalogVariant {
	when: readonly string[];
	id: string;
}

/** One row of RULEBOOK §2 (or a form a row's notes split off; see `variantOf`). */
export interface CatalogEntry {
	/** Stable kebab-case id, e.g. 'oxycodone-er', 'acetaminophen-hydrocodone'. Stored data: never rename. */
	id: string;
	/** RxNorm style: lower case, combinations in alphabetical order joined by " / "; form in brackets. */
	generic: string;
	ingredients: readonly string[];
	/** US brand names as written in the rulebook, biosimilars and discontinued "(disc.)" brands included. */
	brands: readonly string[];
	/** Other names patients type: abbreviations, slang and the misspellings of the rulebook notes. */
	aliases: readonly string[];
	classes: readonly MedicationClass[];
	/** Opioid classes only. */
	washout?: Washout;
	/** False for topical, eye, nasal, inhaled and intra-articular forms. */
	systemic: boolean;
	/** A medication for opioid use disorder (Suboxone, Sublocade, ...): feeds R06. */
	oud?: boolean;
	/** Markers the rules read: 'vivitrol', 'contrave', 'ldn', 'loperamide', 'kratom', 'ivig', ... */
	tags?: readonly string[];
	/** Target or mechanism as the rulebook gives it, e.g. 'TNF', 'IL-17A', 'anti-CD20'. */
	mechanism?: string;
	/** Clinician note from the rulebook. */
	note?: string;
	/** Rulebook sections listing this row (natalizumab is in both 2.5 and 2.10). Empty for variants. */
	sections: readonly CatalogSection[];
	/** Set on a form split off a rulebook row's notes (Opana ER, Pred Forte eye drops, ...). */
	variantOf?: string;
	variants?: readonly CatalogVariant[];
	/** Look-alikes only: ids of the flag-relevant entries this one is confused with. */
	confusedWith?: readonly string[];
	/**
	 * Set on the entries the medicine vocabulary adds for medicines outside the RULEBOOK catalog
	 * (src/lib/screening/vocabulary): their class (WHO ATC) and whether the name asks which medicine
	 * is meant ("pain pill"). Such an entry has no engine class, so no rule reads it.
	 */
	vocabulary?: { class: string; className: string; ask?: boolean };
}
