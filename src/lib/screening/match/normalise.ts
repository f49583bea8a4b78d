// RULEBOOK §0.4 step 1: normalise a typed medication name. Lower-case it, map "w/" to "with", read
// "Tylenol #3"/"no. 3"/"3" and "T3" as Tylenol with codeine, strip strengths, units, salts and dose
// forms, and keep the dose-form and route words aside as context for choosing a form.
import { CONNECTORS, FILLER, FORM_WORDS, NAMED_ALPHANUMERICS, SALTS } from './words';

const SALT = 1;
const CONNECTOR = 2;
const FILL = 3;
const FORM = 4;
/** One lookup per token: what kind of word it is (absent: a name word). */
const WORD_KIND = new Map<string, number>();
for (const [words, kind] of [
	[FORM_WORDS, FORM],
	[FILLER, FILL],
	[CONNECTORS, CONNECTOR],
	[SALTS, SALT]
] as const) {
	for (const word of words) WORD_KIND.set(word, kind);
}

export interface NormalisedName {
	/** The name as it will be shown: "tylenol with codeine 3", "oxycontin". */
	display: string;
	/** Name tokens without connectors, forms or filler; catalog keys are these tokens joined. */
	tokens: string[];
	/** Every token except filler and connectors, in order: the context words ("er", "cream", "eye"). */
	contextWords: string[];
	/** How a bare "T3" was read: Tylenol #3 (the default) or, with thyroid context, liothyronine. */
	t3?: 'codeine' | 'thyroid';
	/** "Tylenol 3", "Tylenol #4", "Tylenol no. 3" were read as Tylenol with codeine #3/#4. */
	tylenolNumber?: '3' | '4';
	/** No name words were left, so the tokens are the form or filler words ("monthly shot"). */
	fallback: boolean;
}

const WITHOUT = /\bw\/o\b/g;
const WITH = /\bw\s*\//g;
const JOINED_NUMBERS = /\b([567])[\s-]+(oh|mp|asa)\b/g;
const IMODIUM_AD = /\ba-d\b/g;
const WATER_PILL = /\bwater\s+pills?\b/g;
const POSSESSIVE = /['’]s\b/g;
const T_NUMBER = /\bt(?:\s*#\s*([34])|[\s-]?(3))(?![\d.])/;
const THYROID_CONTEXT =
	/mcg|\bug\b|thyroid|cytomel|liothyronine|hashimoto|armou?r|levothyroxine|synthroid|\bt4\b|hormone|\bndt\b/;
const TYLENOL_NUMBER =
	/\btylenol\s*(?:with\s*codeine\s*)?(?:#|no\.?|number)?\s*([34])(?![\d.]|\s*(?:x|times|hours?|hrs?|per)\b)/;
const REPEATED_CODEINE = /(codeine [34] )\s*with\s+codeine\b/;

/** A cheap test before the T3 regular expression: "t3", "t 3", "t-3", "t#3", "t #3". */
function mayBeT3(s: string): boolean {
	return (
		s.includes('t3') ||
		s.includes('t#') ||
		s.includes('t 3') ||
		s.includes('t-3') ||
		s.includes('t #')
	);
}

export function normaliseName(text: string): NormalisedName {
	let s = text.toLowerCase();
	let digits = false;
	let nonAscii = false;
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if (c >= 48 && c <= 57) digits = true;
		else if (c > 126) nonAscii = true;
	}
	if (nonAscii) {
		s = s
			.replace(/[µμ]/g, 'mc')
			.normalize('NFKD')
			.replace(/[\u0300-\u036f]/g, '');
	}
	if (s.includes('w/')) s = s.replace(WITHOUT, ' without ').replace(WITH, ' with ');
	// A possessive is the word itself: "Tylenol's", "Disney's" (never a separate letter 's').
	if (s.includes("'s") || s.includes('’s')) s = s.replace(POSSESSIVE, '');
	if (digits && (s.includes('oh') || s.includes('mp') || s.includes('asa'))) {
		s = s.replace(JOINED_NUMBERS, '$1$2');
	}
	if (s.includes('a-d')) s = s.replace(IMODIUM_AD, 'ad');
	// "water pill" is a diuretic; without this, dropping the form word would leave plain "water".
	if (s.includes('water')) s = s.replace(WATER_PILL, 'diuretic');

	let t3: NormalisedName['t3'];
	let tylenolNumber: NormalisedName['tylenolNumber'];
	if (digits && (s.includes('3') || s.includes('4'))) {
		if (mayBeT3(s) && T_NUMBER.test(s)) {
			if (THYROID_CONTEXT.test(s)) {
				t3 = 'thyroid';
				s = s.replace(T_NUMBER, (m, hash?: string) => (hash === '4' ? m : 'liothyronine'));
			} else {
				t3 = 'codeine';
				s = s.replace(T_NUMBER, (_m, hash?: string, bare?: string) => ` tylenol #${hash ?? bare} `);
			}
		}
		if (s.includes('tylenol')) {
			const m = TYLENOL_NUMBER.exec(s);
			if (m) {
				tylenolNumber = m[1] as '3' | '4';
				s = s.replace(TYLENOL_NUMBER, ' tylenol with codeine $1 ').replace(REPEATED_CODEINE, '$1');
			}
		}
	}

	const display: string[] = [];
	const tokens: string[] = [];
	const contextWords: string[] = [];
	let forms: string[] | undefined;
	let fillers: string[] | undefined;
	let connector: string | undefined;

	// Tokens are runs of a-z and 0-9; everything else separates them.
	const end = s.length;
	let at = 0;
	while (at < end) {
		let c = s.charCodeAt(at);
		while (at < end && !((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) c = s.charCodeAt(++at);
		if (at >= end) break;
		const from = at;
		let tokenHasDigit = false;
		while (at < end && ((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) {
			if (c <= 57) tokenHasDigit = true;
			c = s.charCodeAt(++at);
		}
		const tok = s.slice(from, at);
		if (tokenHasDigit && !NAMED_ALPHANUMERICS.has(tok)) {
			// A strength, count or schedule ("20mg", "10/325", "q12h"); the 3 of "Tylenol with codeine 3" stays shown.
			if (tylenolNumber === tok && display[display.length - 1] === 'codeine') display.push(tok);
			continue;
		}
		const kind = WORD_KIND.get(tok);
		if (kind === SALT) continue;
		if (kind === CONNECTOR) {
			if (display.length > 0) connector = tok === 'and' ? 'and' : 'with';
			continue;
		}
		if (kind === FILL) {
			(fillers ??= []).push(tok);
			continue;
		}
		contextWords.push(tok);
		if (kind === FORM) {
			(forms ??= []).push(tok);
			continue;
		}
		if (connector) display.push(connector);
		connector = undefined;
		display.push(tok);
		tokens.push(tok);
	}

	let fallback = false;
	if (tokens.length === 0) {
		const rest = forms ?? fillers;
		if (rest) {
			fallback = true;
			tokens.push(...rest);
			display.push(...rest);
		}
	}

	const result: NormalisedName = {
		display: display.length === 1 ? display[0]! : display.join(' '),
		tokens,
		contextWords,
		fallback
	};
	if (t3) result.t3 = t3;
	if (tylenolNumber) result.tylenolNumber = tylenolNumber;
	return result;
}

/** The context words of a name as a set, with each adjacent pair joined ("knee" + "injection" → "kneeinjection"). */
export function contextSet(name: NormalisedName): Set<string> {
	const words = name.contextWords;
	const set = new Set(words);
	for (let i = 1; i < words.length; i++) set.add(words[i - 1]! + words[i]!);
	return set;
}

/** The lookup key of a name: its tokens joined without spaces ("Oxy Contin" and "OxyContin" agree). */
export function nameKey(text: string): string {
	return normaliseName(text).tokens.join('');
}
