// Short citations for the sources the rules cite (RULEBOOK §6 has the full list with confidence).
import type { Source } from './types';

const citations = {
	S1: 'Kim YH, Direct Integrative Care, "Boosting or Balancing? Unpacking LDN\'s Impact on Immunity" (clinic seed article)',
	S2: 'FDA label, naltrexone hydrochloride tablets USP 50 mg (DailyMed): contraindications, warnings, interactions',
	S3: 'Vivitrol (naltrexone extended-release injectable) prescribing information',
	S4: 'MPR naltrexone monograph (label summary): age <18, renal, depression, interactions',
	S5: 'ldninfo.org / lowdosenaltrexone.org "precautions" (via mirror)',
	S6: 'LDN Research Trust: Dickson S, "Can LDN restore thyroid function?"; Schwartzman I, Hashimoto\'s prescribing (2019)',
	S7: 'Kim YH, "LDN in Solid Organ Transplant Recipients on Chronic Immunosuppression" (clinical note)',
	S13: 'Younger J et al., AAPM 2012 abstract (fibromyalgia), as reported by MPR: vivid dreams 37% vs 13%',
	S16: "Smith JP et al., Am J Gastroenterol 2007;102:820-828 (Crohn's pilot, n=17)",
	S18: "Smith JP et al., J Clin Gastroenterol 2013;47(4):339-345 (pediatric Crohn's)",
	S21: 'Cree BAC et al., Ann Neurol 2010;68:145-150 (MS crossover, n=80)',
	S22: 'Sharafaddinzadeh N et al., Mult Scler 2010;16:964-969 (MS, n=96)',
	S27: "O'Kelly B et al., Brain Behav Immun Health 2022;24:100485 (long COVID, n=52)",
	S28: 'Isman A et al., Brain Behav Immun Health 2024;36:100733 (LDN + NAD+, n=36)',
	S29: 'Polo O, Pesonen P, Tuominen E, ME/CFS retrospective (Fatigue 2019)',
	S36: 'Jarka C, Gregoire K, Ment Health Clin 2023;13(3):155-158 (kratom; naltrexone-precipitated withdrawal)',
	S37: 'FDA Drug Safety Communications on loperamide, 7 Jun 2016 and 30 Jan 2018',
	S38: 'Lybalvi (olanzapine/samidorphan) prescribing information',
	S39: 'Contrave (naltrexone/bupropion) monograph, Medscape',
	S40: 'Sublocade terminal half-life 43-60 days (drugs.com citing the PI)',
	S41: 'Perioperative LDN guidance (LDN Direct; JUCM urgent-care review): low-confidence practice guidance',
	S42: 'NIAAA heavy-drinking thresholds (Rethinking Drinking)',
	S43: 'Corticosteroid labeling: adrenocortical insufficiency after too-rapid withdrawal',
	S44: 'LactMed summary for naltrexone',
	S45: 'EU SmPC naltrexone (pregnancy, breastfeeding); ReVia pregnancy text',
	S47: 'Loperamide pharmacology: P-gp efflux keeps it out of the CNS',
	S48: 'LDN trial eligibility criteria: NCT05430152, NCT04270877 (FINAL)',
	S49: "NCT00715117 (pediatric Crohn's LDN trial): immunosuppressants and anti-TNF stopped 4 weeks before",
	S51: 'Bertolotti M et al., J Hepatol 1997;27:505-511 (naltrexone in cirrhosis)',
	S52: 'Kohan L et al., Reg Anesth Pain Med 2021;46:840-859 (perioperative buprenorphine guidance)'
} as const;

export type SourceId = keyof typeof citations;

/**
 * The sources with the given ids, in the order given. Frozen: every flag of a rule shares its list
 * (screen() copies nothing per flag), so no caller can change what the next screening cites.
 */
export function sources(...ids: SourceId[]): readonly Source[] {
	return Object.freeze(ids.map((id) => Object.freeze({ id, citation: citations[id] })));
}
