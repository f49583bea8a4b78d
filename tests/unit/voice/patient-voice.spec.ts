// Every patient-facing message follows docs/patient-voice.md: no verdicts, no medicine advice, US
// English, one Spanish glossary, plural forms, notes that name their subject, and a reading level
// per key. The first block proves the lint catches what it is meant to catch.
import { describe, expect, it } from 'vitest';
import en from '$lib/i18n/messages/en.json';
import es from '$lib/i18n/messages/es.json';
import emailEn from '$lib/i18n/messages/email/en.json';
import emailEs from '$lib/i18n/messages/email/es.json';
import screeningEn from '$lib/i18n/messages/screening/en.json';
import screeningEs from '$lib/i18n/messages/screening/es.json';
import wizardEn from '$lib/i18n/messages/wizard/en.json';
import wizardEs from '$lib/i18n/messages/wizard/es.json';
import {
	gradeEn,
	inflesz,
	lintMessage,
	MAX_MEAN_GRADE_EN,
	MIN_MEAN_INFLESZ_ES,
	readingLevel,
	spanishSyllables,
	textsOf,
	type Locale,
	type Message
} from './lint';

type Catalog = Record<string, Message>;
const catalogs: Record<Locale, Catalog> = {
	en: { ...en, ...wizardEn, ...screeningEn, ...emailEn } as Catalog,
	es: { ...es, ...wizardEs, ...screeningEs, ...emailEs } as Catalog
};
const plural = (one: string, other: string): Message => [
	{
		declarations: ['input n', 'local nPlural = n: plural'],
		selectors: ['nPlural'],
		match: { 'nPlural=one': one, 'nPlural=*': other }
	}
];

describe('the message lint', () => {
	it.each([
		['en', 'screening_x', 'Please stop taking {med} before your visit, for the right start.'],
		['en', 'screening_x', "LDN and this medicine don't work together, so we will call you."],
		['en', 'screening_x', 'You are not eligible for LDN, and a clinician will call you soon.'],
		['en', 'screening_x', 'You cannot take LDN with this medicine, a clinician will call you.'],
		['en', 'screening_x', 'LDN is usually started after a break of about two weeks from it.'],
		[
			'en',
			'screening_x',
			'LDN is usually started 14 days after your last dose of {med}, we think.'
		],
		[
			'es',
			'screening_x',
			'La LDN se suele empezar unas dos semanas después de {med}, le llamaremos.'
		],
		[
			'en',
			'screening_x',
			'This medicine usually doesn’t stop you from starting LDN.'.replace('’', "'")
		],
		['en', 'screening_x', 'A clinician needs to review this before LDN could be considered.'],
		['es', 'screening_x', 'Deje de tomar {med} antes de su consulta, por favor, y llámenos.'],
		['es', 'screening_x', 'La LDN y este medicamento no se pueden combinar, y le llamaremos.'],
		[
			'es',
			'screening_x',
			'Usted no es elegible para la LDN. Un profesional de la salud le llamará.'
		],
		[
			'es',
			'screening_x',
			'Usted no puede tomar la LDN con este medicamento. Le llamaremos pronto.'
		],
		['es', 'screening_x', 'Este medicamento normalmente no impide empezar la LDN con nosotros.']
	] as const)('flags a verdict or medicine advice (%s: %s)', (locale, key, text) => {
		expect(lintMessage(key, text, locale).join()).toMatch(/verdict|medicine advice/);
	});

	it.each([
		'Tick all that apply.',
		'We did not recognise this name.',
		'Filling in the form for someone else?',
		'Does any of these apply to you right now?',
		'Pick a colour.'
	])('flags British English: %s', (text) => {
		expect(lintMessage('intake_x', text, 'en').join()).toMatch(/British English|grammar/);
	});

	it('leaves American words that end in -ise alone', () => {
		expect(lintMessage('intake_x', 'Keep taking it as your specialist advises.', 'en')).toEqual([]);
	});

	it.each([
		'Un profesional clínico leerá sus respuestas.',
		'No estoy seguro',
		'Anote los medicamentos a los que es alérgico.',
		'¿Alguna de estas opciones se aplica a usted?',
		'Escriba una fecha real.',
		'Reservar su consulta',
		'Esclerosis múltiple (EM)',
		'Análisis del hígado alterados'
	])('flags Spanish glossary, agreement and calque slips: %s', (text) => {
		expect(lintMessage('intake_x', text, 'es').join()).toMatch(/glossary|gendered|calque/);
	});

	it.each([
		['en', 'Bring a list of every drug you take.', 'glossary: medicine'],
		['en', 'A clinician will call you to set up an appointment.', 'glossary: visit'],
		['en', 'Get ready for your consultation.', 'glossary: visit'],
		['en', 'A clinician may ask for your recent labs.', 'glossary: blood test'],
		['en', 'We may send you an SMS about your visit.', 'glossary: text message'],
		['es', 'Anote cada droga que toma.', 'glossary: medicamento'],
		['es', 'Le llamaremos para programar su cita médica.', 'glossary: consulta'],
		['es', 'Un proveedor leerá sus respuestas.', 'glossary: profesional de la salud'],
		['es', 'Un clínico leerá sus respuestas.', 'glossary: profesional de la salud'],
		['es', 'Es posible que le pidan laboratorios recientes.', 'glossary: análisis de sangre'],
		['es', 'Le enviaremos un SMS sobre su consulta.', 'glossary: mensaje de texto']
	] as const)('flags a word the glossary replaces (%s: %s)', (locale, text, rule) => {
		expect(lintMessage('intake_x', text, locale).join()).toContain(rule);
	});

	it.each([
		['en', 'When you start LDN, take it at night.'],
		['en', 'Some people feel worse when they start taking LDN.'],
		['en', 'You will start LDN at a low dose.'],
		['en', 'Your first week on LDN can bring vivid dreams.'],
		['es', 'Cuando empiece la LDN, tómela de noche.'],
		['es', 'Algunas personas se sienten peor al empezar la LDN.'],
		['es', 'Usted empezará la LDN con una dosis baja.']
	] as const)('flags a text that takes LDN as settled (%s: %s)', (locale, text) => {
		expect(lintMessage('intake_x', text, locale).join()).toContain('assumes LDN');
	});

	it.each([
		'¿Tienes alergia a algún medicamento?',
		'Escribe tu nombre completo.',
		'Anote sus medicamentos y tus suplementos.',
		'Te llamaremos pronto.',
		'¿Cuándo tomaste la última dosis?',
		'Puedes volver más tarde.',
		'Avísanos si algo cambia.'
	])('flags tú in Spanish: %s', (text) => {
		expect(lintMessage('intake_x', text, 'es').join()).toMatch(/usted/);
	});

	it('leaves usted, tea, street drugs, lab tests and "if LDN is started" alone', () => {
		const fine: [Locale, string][] = [
			['en', 'Do you use street drugs?'],
			['en', 'A clinician may ask for recent lab tests.'],
			['en', 'If LDN is started, a clinician will plan a slow start with you.'],
			['es', '¿Toma té de manzanilla? Escriba su nombre. Si se empieza la LDN, le llamaremos.'],
			['es', 'Si existe algún riesgo, un profesional de la salud se lo dirá en su consulta.'],
			['es', 'Toma unos minutos. ¿Consume drogas ilegales?']
		];
		for (const [locale, text] of fine)
			expect(lintMessage('intake_x', text, locale), text).toEqual([]);
	});

	it('asks every Spanish 988 text to say help exists in Spanish', () => {
		expect(lintMessage('x', 'Llame o envíe un mensaje de texto al 988.', 'es')).toEqual([
			'988: say that help is available in Spanish'
		]);
		expect(lintMessage('x', 'Llame al 988 (hay ayuda en español).', 'es')).toEqual([]);
	});

	it('flags counts without plural forms, and plurals missing a form', () => {
		expect(lintMessage('x', 'The link works for {days} days.', 'en').join()).toMatch(/plural/);
		expect(lintMessage('x', 'El enlace funciona durante {days} días.', 'es').join()).toMatch(
			/plural/
		);
		expect(lintMessage('x', plural('{n} day', '{n} days'), 'en')).toEqual([]);
		const [variant] = plural('{n} day', '{n} days') as Exclude<Message, string>;
		const onlyOther: Message = [{ ...variant, match: { 'nPlural=*': '{n} days' } }];
		expect(lintMessage('x', onlyOther, 'en')).toEqual(['plural: missing the "one" form']);
	});

	it('flags notes that do not say what they are about', () => {
		expect(lintMessage('screening_x', 'Noted.', 'en').join()).toMatch(/names no subject/);
		expect(lintMessage('screening_x', 'Thanks, noted.', 'en').join()).toMatch(/names no subject/);
		expect(lintMessage('screening_x', 'Lo hemos anotado.', 'es').join()).toMatch(/no subject/);
	});

	it('measures reading level: a long clinical sentence fails, plain words pass', () => {
		const hard =
			'Concomitant administration of opioid antagonists necessitates individualized pharmacological evaluation regarding contraindications and therapeutic alternatives.';
		expect(gradeEn(hard)).toBeGreaterThan(8);
		expect(lintMessage('x', hard, 'en').join()).toMatch(/readability: grade/);
		expect(
			gradeEn('A clinician will read your answers before your visit. It takes a day.')
		).toBeLessThan(6);
		const duro =
			'La administración concomitante de antagonistas opioides necesita una evaluación farmacológica individualizada respecto de las alternativas terapéuticas disponibles actualmente.';
		expect(inflesz(duro)).toBeLessThan(40);
		expect(lintMessage('x', duro, 'es').join()).toMatch(/readability: INFLESZ/);
		expect(
			inflesz('Un profesional de la salud leerá sus respuestas antes de su consulta.')
		).toBeGreaterThan(55);
	});

	it('counts Spanish syllables with diphthongs and hiatus', () => {
		expect(
			['medicamento', 'día', 'bueno', 'país', 'leer', 'tiroides', 'que', 'hay', 'ciudad'].map(
				spanishSyllables
			)
		).toEqual([5, 2, 2, 2, 2, 3, 1, 1, 2]);
	});
});

describe('patient-facing catalogs', () => {
	it.each(['en', 'es'] as const)('%s: every message follows the voice guide', (locale) => {
		const findings = Object.entries(catalogs[locale])
			.filter(([key]) => key !== '$schema')
			.flatMap(([key, message]) => lintMessage(key, message, locale).map((f) => `${key}: ${f}`));
		expect(findings).toEqual([]);
	});

	it('read easily on average: grade 6 or lower in English, INFLESZ 65 or more in Spanish', () => {
		const mean = (locale: Locale) => {
			const levels = Object.entries(catalogs[locale])
				.filter(([key]) => key !== '$schema')
				.flatMap(([, message]) => textsOf(message))
				.map((text) => readingLevel(text, locale))
				.filter((level) => level !== undefined);
			return levels.reduce((sum, level) => sum + level, 0) / levels.length;
		};
		expect(mean('en')).toBeLessThanOrEqual(MAX_MEAN_GRADE_EN);
		expect(mean('es')).toBeGreaterThanOrEqual(MIN_MEAN_INFLESZ_ES);
	});

	it('ends every note that touches a medicine with the same safety sentence, in both languages', () => {
		const keys = Object.keys(screeningEn).filter((k) => k !== '$schema');
		const safeEn = "Don't change anything before you talk with a clinician";
		const safeEs = 'No cambie nada antes de hablar con un profesional de la salud';
		for (const key of keys) {
			const english = (screeningEn as Record<string, string>)[key] ?? '';
			const spanish = (screeningEs as Record<string, string>)[key] ?? '';
			expect(english.toLowerCase().includes(safeEn.toLowerCase()), key).toBe(
				spanish.toLowerCase().includes(safeEs.toLowerCase())
			);
		}
	});
});
