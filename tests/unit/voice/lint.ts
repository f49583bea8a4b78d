// The message lint behind docs/patient-voice.md: the rules of the voice guide that a machine can
// check, applied to one message of a patient-facing catalog. Each finding names the rule it breaks.
// Why regexes and not a dictionary: the catalogs are small (about 440 keys a language) and the
// phrases that hurt a patient are few and known (issue 18's review); a rule that fires wrongly is
// fixed by rewording the rule, never by an exception list for one key.
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

export type Locale = 'en' | 'es';
/** A catalog message: a string, or (Paraglide plurals) variants whose `match` maps selectors to texts. */
export type Message =
	string | { declarations?: string[]; selectors?: string[]; match: Record<string, string> }[];

/** Reading level limits (docs/patient-voice.md §4). Per key: Flesch-Kincaid grade at most 8;
 * INFLESZ at least 40 (below is "muy difícil": a single short Spanish sentence with two long words
 * scores in the 40s, so 55 per key would punish plain texts). Per catalog (the mean over keys):
 * grade at most 6, INFLESZ at least 65 ("bastante fácil"). */
export const MAX_GRADE_EN = 8;
export const MIN_INFLESZ_ES = 40;
export const MAX_MEAN_GRADE_EN = 6;
export const MIN_MEAN_INFLESZ_ES = 65;
/** Readability formulas mean nothing on a label of a few words (a condition's name), so they are
 * applied to texts of at least this many words. */
export const MIN_WORDS_FOR_READABILITY = 10;

type Rule = { readonly rule: string; readonly pattern: RegExp };

/** Verdicts and medicine advice a patient text must never give (guide §1, §2). */
const UNSAFE: Record<Locale, Rule[]> = {
	en: [
		{ rule: 'medicine advice', pattern: /\bstop (taking|using)\b/i },
		{ rule: 'medicine advice', pattern: /\bdo(n'?t| not) (take|use) (it|this|your|any)\b/i },
		{
			rule: 'medicine advice',
			pattern: /\b(break|wait(ing)? time) of (about )?\w+ (days?|weeks?)\b/i
		},
		{ rule: 'medicine advice', pattern: /\bkeep following the notes\b/i },
		{ rule: 'verdict', pattern: /\b(don'?t|do not) work together\b/i },
		{ rule: 'verdict', pattern: /\b(not |in)eligible\b|\beligib/i },
		{ rule: 'verdict', pattern: /\b(cannot|can'?t|can not) (take|use|start|have|get) (LDN|it)\b/i },
		{ rule: 'verdict', pattern: /\bcontraindicat/i },
		{ rule: 'verdict', pattern: /\bbefore LDN could be considered\b/i },
		{ rule: 'verdict', pattern: /\bset up for adults\b/i },
		{ rule: 'verdict', pattern: /\b(doesn'?t|does not|won'?t|will not) stop you from\b/i },
		{ rule: 'verdict', pattern: /\byou can start LDN\b|\bisn'?t (right|safe) for you\b/i }
	],
	es: [
		{ rule: 'medicine advice', pattern: /\bdej[ea]n? de (tomar|usar)\b/i },
		{
			rule: 'medicine advice',
			pattern: /\bsuspend[ae]\b|\bno (tome|use) (este|esta|su|ningún)\b/i
		},
		{ rule: 'medicine advice', pattern: /\bpausa de\b/i },
		{ rule: 'medicine advice', pattern: /\bsiga las notas\b/i },
		{ rule: 'verdict', pattern: /\bno se pued(e|en) combinar\b|\bno funcionan juntos\b/i },
		{ rule: 'verdict', pattern: /\belegib|\bno (es|será) (apto|apta|candidat)/i },
		{ rule: 'verdict', pattern: /\bno (puede|podrá) (tomar|usar|empezar|recibir)\b/i },
		{ rule: 'verdict', pattern: /\bcontraindica/i },
		{ rule: 'verdict', pattern: /\bantes de considerar la LDN\b/i },
		{ rule: 'verdict', pattern: /\bpensado para adultos\b/i },
		{ rule: 'verdict', pattern: /\bno (le )?impide\b/i }
	]
};

/** Waiting times: the clinician's call and different for every medicine (methadone, depot
 * buprenorphine), so a note (a screening message) never names one (guide §2). */
const NOTE_ONLY: Record<Locale, Rule[]> = {
	en: [
		{ rule: 'medicine advice', pattern: /\b(a|one|two|three|four|\d+) (days?|weeks?|months?)\b/i }
	],
	es: [
		{
			rule: 'medicine advice',
			pattern: /\b(un|una|dos|tres|cuatro|\d+) (días?|semanas?|mes(es)?)\b/i
		}
	]
};

/** British spellings and terms in a US product (guide §5). */
const BRITISH: Rule[] = [
	{ rule: 'British English', pattern: /\btick(s|ed|ing)?\b(?!-borne)/i },
	{ rule: 'British English', pattern: /\b\w+is(e|ed|es|ing|ation)\b/i },
	{ rule: 'British English', pattern: /\b(colo|favo|behavio|hono|labo|humo)ur/i },
	{
		rule: 'British English',
		pattern: /\b(centre|litre|metre|programme|licence|cheque|enrol)s?\b/i
	},
	{ rule: 'British English', pattern: /\bfill(s|ed|ing)? in\b/i },
	{ rule: 'British English', pattern: /\b(whilst|amongst|mum|GP|paracetamol|postcode|surname)\b/i },
	{ rule: 'British English', pattern: /\bmobile (phone|number)\b/i },
	{ rule: 'British English', pattern: /\b(diarrhoea|oestrogen|anaemia|analyse|analysed)\b/i },
	{ rule: 'grammar', pattern: /\bdoes any of (these|them)\b/i }
];
// Words ending in -ise/-ised that are American too.
const BRITISH_EXCEPTIONS =
	/\b(otherwise|advise[ds]?|advising|advertis\w*|exercise[ds]?|exercising|precise|concise|surprise[ds]?|promise[ds]?|premise[ds]?|franchise|expertise|wise|noise[ds]?|raise[ds]?|raising|praise[ds]?|revise[ds]?|supervise[ds]?|supervising|comprise[ds]?|compromise[ds]?|devise[ds]?|enterprise|merchandise|disguise[ds]?|cruise[ds]?|bruise[ds]?|poise[ds]?|rise[ds]?|rising|arise[ds]?|arising|treatise|chemise|vise|guise|anise|demise|paradise|excise[ds]?|incise[ds]?|circumcise[ds]?|improvise[ds]?|televise[ds]?|despise[ds]?|apprise[ds]?)\b/gi;

/** One word per thing (guide §7), and the Spanish slips the review found (guide §6). */
const GLOSSARY: Record<Locale, Rule[]> = {
	en: [
		{ rule: 'glossary: clinician', pattern: /\b(provider|practitioner)s?\b/i },
		{ rule: 'glossary: form', pattern: /\bquestionnaires?\b/i },
		// "Street drugs" is the one use of "drug" a patient text may need.
		{ rule: 'glossary: medicine', pattern: /(?<!\bstreet )\bdrugs?\b/i },
		{ rule: 'glossary: visit', pattern: /\b(appointment|consultation)s?\b/i },
		{ rule: 'glossary: blood test', pattern: /\blabs?\b(?! tests?\b)|\blaborator(y|ies)\b/i },
		{ rule: 'glossary: text message', pattern: /\bSMS\b/i }
	],
	es: [
		{
			rule: 'glossary: profesional de la salud',
			pattern: /\bprofesional(es)? clínic|\bproveedor|\bclínicos?\b/i
		},
		{ rule: 'glossary: medicamento', pattern: /\bfármacos?\b/i },
		{
			rule: 'glossary: medicamento',
			pattern: /\bdrogas?\b(?! (ilegales|callejeras|de la calle))/i
		},
		{ rule: 'glossary: consulta', pattern: /\bcitas?\b/i },
		{ rule: 'glossary: análisis de sangre', pattern: /\blaboratorios?\b/i },
		{ rule: 'glossary: mensaje de texto', pattern: /\bSMS\b/i },
		{ rule: 'glossary: formulario', pattern: /\bcuestionarios?\b/i },
		{ rule: 'glossary: programar', pattern: /\breserv(ar|e|a)\b/i },
		{ rule: 'glossary: EM is ME/CFS', pattern: /esclerosis múltiple \(EM\)/i },
		{ rule: 'gendered', pattern: /\b(no estoy|está|esté) segur[oa]\b|\bes alérgic[oa]\b/i },
		{
			rule: 'calque',
			pattern: /\bse aplica a (usted|mí)\b|\bfecha real\b|\bpiel más tranquila\b/i
		},
		{ rule: 'calque', pattern: /\balterad[oa]s\b/i }
	]
};

/** Texts that take it as settled that LDN will be started (guide §1): "when you start LDN". The
 * clinician decides; write "if LDN is started" / "si se empieza la LDN". */
const ASSUMES_LDN: Record<Locale, Rule[]> = {
	en: [
		{
			rule: 'assumes LDN',
			pattern:
				/\b(when|once|after|as soon as) (you|they|we) (start|begin|take|try|are on|go on)( taking)? (the )?LDN\b/i
		},
		{
			rule: 'assumes LDN',
			pattern: /\b(you|we) will (start|begin|take|try|be on|be taking) (taking )?LDN\b/i
		},
		{ rule: 'assumes LDN', pattern: /\bwhen LDN (starts|begins|is started)\b/i },
		{
			rule: 'assumes LDN',
			pattern:
				/\byour (first (dose|days?|weeks?|months?) (of|on) LDN|LDN (treatment|prescription|start))\b/i
		}
	],
	es: [
		{
			rule: 'assumes LDN',
			pattern:
				/\b(cuando|una vez que|después de que|en cuanto|apenas) (usted )?(empiece|comience|inicie|tome|pruebe|esté tomando) (a tomar )?(la )?LDN\b/i
		},
		{
			rule: 'assumes LDN',
			pattern: /\bal (empezar|comenzar|iniciar|tomar) (a tomar )?(la )?LDN\b/i
		},
		{
			rule: 'assumes LDN',
			pattern: /\b(empezará|comenzará|iniciará|tomará|probará) (a tomar )?(la )?LDN\b/i
		},
		{ rule: 'assumes LDN', pattern: /\bcuando se (empiece|inicie|comience) (la )?LDN\b/i },
		{
			rule: 'assumes LDN',
			pattern:
				/\bsu (primera dosis|primera semana|primer mes|tratamiento|receta) (de|con) (la )?LDN\b/i
		}
	]
};

/** Usted, never tú (guide §6): tú pronouns and verb forms. JavaScript's \b ignores accented letters,
 * so words are delimited by letters (\p{L}) instead. */
const word = (alternatives: string) => new RegExp(`(?<!\\p{L})(${alternatives})(?!\\p{L})`, 'iu');
const USTED: Rule[] = [
	{ rule: 'usted: tú pronoun', pattern: word('tú|tu|tus|te|ti|contigo|tuy[oa]s?') },
	{
		rule: 'usted: tú verb',
		pattern: word(
			'tienes|puedes|quieres|debes|necesitas|estás|eres|sabes|haces|vas|has|tomas|usas|sientes|' +
				'vives|recibes|escribes|eliges|marcas|llenas|cambias|olvides|hables|dejes|tengas|puedas|' +
				'quieras|estés|seas|sepas|hagas|vayas|tomes|uses|cambies|reenvíes|compartas|' +
				'avísanos|cuéntanos|dinos|llámanos|escríbenos|dime|cuéntame'
		)
	},
	{
		// Tú preterites ("tomaste", "recibiste"); the listed words only look like one.
		rule: 'usted: tú verb',
		pattern:
			/(?<!\p{L})(?!(?:ex|in|con|re|per|as|des|subs)iste(?!\p{L})|(?:tr|ch|alp)iste(?!\p{L})|(?:contr|desg|b|g)aste(?!\p{L}))\p{L}{2,}(aste|iste)(?!\p{L})/iu
	},
	{
		// Tú imperatives where a sentence starts ("Escribe su nombre"); usted says "Escriba".
		rule: 'usted: tú imperative',
		pattern:
			/(?:^|[.!?:¡¿]\s*|\n)(Escribe|Marca|Elige|Revisa|Vuelve|Cambia|Llena|Envía|Llama|Abre|Pulsa|Haz|Pon|Di|Ven|Mira|Lee|Responde|Agrega|Añade|Quita|Deja|Espera|Intenta|Guarda|Sigue|Continúa|Ingresa|Selecciona|Completa|Asegúrate|Recuerda)(?!\p{L})/u
	}
];

/** A count placed before a noun in a plain string: "{days} days" must be a Paraglide plural. */
const COUNTED =
	/\{\w+\} (days?|weeks?|months?|years?|hours?|minutes?|drinks?|items?|times?|días?|semanas?|mes(es)?|años?|horas?|minutos?|bebidas?|veces|vez)\b/i;

/** Every text a message can show. */
export function textsOf(message: Message): string[] {
	return typeof message === 'string'
		? [message]
		: message.flatMap((variant) => Object.values(variant.match));
}

/** Sentences of a text: split at . ! ? and line breaks; at least one. */
function sentencesOf(text: string): number {
	return Math.max(1, text.split(/[.!?]+(?=\s|$)|\n+/).filter((s) => /\p{L}/u.test(s)).length);
}

/** Words: runs of letters (with inner apostrophes or hyphens) or digits. */
function wordsOf(text: string): string[] {
	return text.match(/[\p{L}\d]+(?:['’-][\p{L}\d]+)*/gu) ?? [];
}

/** Placeholders and URLs read as one short word, so "{med}" does not count as a sentence break. */
function readable(text: string): string {
	return text.replace(/\{\w+\}/g, 'it').replace(/https?:\/\/\S+/g, 'link');
}

/** Spanish syllables of one word: vowel nuclei, where two vowels form one syllable unless both are
 * strong (a, e, o, or an accented í/ú: hiatus). Digits count as one syllable. */
export function spanishSyllables(word: string): number {
	const w = word.toLowerCase().replace(/y$/, 'i');
	if (/^\d+$/.test(w)) return 1;
	let count = 0;
	let previous = '';
	for (const c of w) {
		const vowel = /[aeiouáéíóúü]/.test(c);
		if (vowel) {
			const strong = /[aeoáéóíú]/.test(c);
			const previousStrong = /[aeoáéóíú]/.test(previous);
			const previousVowel = /[aeiouáéíóúü]/.test(previous);
			if (!previousVowel || (strong && previousStrong)) count++;
		}
		previous = c;
	}
	return Math.max(1, count);
}

/** Flesch-Kincaid grade of an English text. */
export function gradeEn(text: string): number {
	const clean = readable(text);
	const words = wordsOf(clean);
	return fleschKincaid({
		sentence: sentencesOf(clean),
		word: words.length,
		syllable: words.reduce((sum, w) => sum + Math.max(1, syllable(w)), 0)
	});
}

/** INFLESZ (Szigriszt-Pazos) of a Spanish text: 206.835 - 62.3 × syllables/words - words/sentences. */
export function inflesz(text: string): number {
	const clean = readable(text);
	const words = wordsOf(clean);
	const syllables = words.reduce((sum, w) => sum + spanishSyllables(w), 0);
	return 206.835 - (62.3 * syllables) / words.length - words.length / sentencesOf(clean);
}

/** The reading level of a text long enough to measure (grade in English, INFLESZ in Spanish). */
export function readingLevel(text: string, locale: Locale): number | undefined {
	if (wordsOf(readable(text)).length < MIN_WORDS_FOR_READABILITY) return undefined;
	return locale === 'en' ? gradeEn(text) : inflesz(text);
}

/** What is wrong with one message, as "rule: detail" lines; empty when it follows the guide. */
export function lintMessage(key: string, message: Message, locale: Locale): string[] {
	const findings: string[] = [];
	if (typeof message !== 'string') {
		const selectors = message.flatMap((v) => Object.keys(v.match));
		const plural = message.some((v) => v.declarations?.some((d) => /: plural\b/.test(d)));
		if (plural && !selectors.some((s) => /=one$/.test(s)))
			findings.push('plural: missing the "one" form');
		if (plural && !selectors.some((s) => /=\*$/.test(s)))
			findings.push('plural: missing the "*" (other) form');
	}
	for (const text of textsOf(message)) {
		const rules = [
			...UNSAFE[locale],
			...GLOSSARY[locale],
			...ASSUMES_LDN[locale],
			...(locale === 'en' ? BRITISH : USTED)
		];
		const checked = locale === 'en' ? text.replace(BRITISH_EXCEPTIONS, '') : text;
		for (const { rule, pattern } of rules) {
			const found = checked.match(pattern);
			if (found) findings.push(`${rule}: "${found[0]}"`);
		}
		if (typeof message === 'string' && COUNTED.test(text))
			findings.push(`plural: "${text.match(COUNTED)?.[0]}" needs Paraglide plural forms`);
		if (locale === 'es' && /\b988\b/.test(text) && !/español/.test(text))
			findings.push('988: say that help is available in Spanish');
		if (key.startsWith('screening_')) {
			for (const { rule, pattern } of NOTE_ONLY[locale]) {
				const found = text.match(pattern);
				if (found) findings.push(`${rule}: "${found[0]}"`);
			}
			if (/^(thanks, )?noted\b|^(gracias, )?lo hemos anotado\b/i.test(text.trim()))
				findings.push('note: names no subject ("Noted.")');
			if (wordsOf(text).length < 8) findings.push('note: too short to say what it is about');
		}
		const level = readingLevel(text, locale);
		if (level !== undefined && locale === 'en' && level > MAX_GRADE_EN)
			findings.push(`readability: grade ${level.toFixed(1)} > ${MAX_GRADE_EN}`);
		if (level !== undefined && locale === 'es' && level < MIN_INFLESZ_ES)
			findings.push(`readability: INFLESZ ${level.toFixed(1)} < ${MIN_INFLESZ_ES}`);
	}
	return findings;
}
