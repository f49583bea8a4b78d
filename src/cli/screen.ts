// `npm run screen -- intake.json [more.json …] [--today YYYY-MM-DD] [--locale en|es]
//  [--service-states TX,FL]`, or the intake on stdin (no file, or `-`).
// Screens intake answers and prints the result as JSON: one object for one input, otherwise an array
// of { file, result }. A file may also be a vignette ({ answers, today, … }): its `today` is used
// unless --today is given. An invalid document prints each zod issue with its path; bad flags print
// a message. Both exit with code 2.
import '../lib/server/medicine-matcher';
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { intakeSchema, isIsoDate, todayIso, validatingOn } from '../lib/intake';
import { message } from '../lib/i18n/messages';
import { patientMessage } from '../lib/i18n/screening';
import { screen } from '../lib/screening';
import type { Locale } from '../lib/screening';

const USAGE =
	'Usage: npm run screen -- <intake.json|-> [more.json …] [--today YYYY-MM-DD] [--locale en|es] [--service-states TX,FL]';

function fail(message: string): never {
	console.error(`${message}\n${USAGE}`);
	process.exit(2);
}

async function readStdin(): Promise<string> {
	const chunks: Buffer[] = [];
	for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks).toString('utf8');
}

let parsed;
try {
	parsed = parseArgs({
		options: {
			today: { type: 'string' },
			locale: { type: 'string' },
			'service-states': { type: 'string' }
		},
		allowPositionals: true,
		strict: true
	});
} catch (e) {
	fail((e as Error).message);
}
const { values, positionals } = parsed;

if (values.today !== undefined && !isIsoDate(values.today)) {
	fail(`--today must be a date written YYYY-MM-DD, got '${values.today}'`);
}
if (values.locale !== undefined && values.locale !== 'en' && values.locale !== 'es') {
	fail(`--locale must be 'en' or 'es', got '${values.locale}'`);
}
const locale = (values.locale ?? 'en') as Locale;
const serviceStates = values['service-states']
	?.split(',')
	.map((s) => s.trim().toUpperCase())
	.filter(Boolean);

/** The intake's zod messages are message keys ('error_required'): show the wording as well. */
function describeIssue(key: string): string {
	const text = message(key, {}, locale);
	if (text === undefined) return key;
	return text.includes('undefined') ? key : `${text} (${key})`;
}

const files = positionals.length > 0 ? positionals : ['-'];

async function screenFile(file: string) {
	let text: string;
	try {
		text = file === '-' ? await readStdin() : await readFile(file, 'utf8');
	} catch (e) {
		fail(`${file}: ${(e as Error).message}`);
	}
	let doc: unknown;
	try {
		doc = JSON.parse(text);
	} catch (e) {
		fail(`${file}: not valid JSON (${(e as Error).message})`);
	}
	const envelope =
		typeof doc === 'object' && doc !== null && 'answers' in doc
			? (doc as { answers: unknown; today?: unknown })
			: undefined;
	const answers = envelope ? envelope.answers : doc;
	const docToday = typeof envelope?.today === 'string' ? envelope.today : undefined;
	const today = values.today ?? docToday ?? todayIso();
	if (!isIsoDate(today)) fail(`${file}: today must be a date written YYYY-MM-DD, got '${today}'`);

	const result = validatingOn(today, () => intakeSchema.safeParse(answers));
	if (!result.success) {
		const issues = result.error.issues.map(
			(issue) =>
				`  ${issue.path.length > 0 ? issue.path.join('.') : '(root)'}: ${describeIssue(issue.message)}`
		);
		fail(`${file}: not a valid intake (${issues.length} issue(s)):\n${issues.join('\n')}`);
	}
	const screened = screen(result.data, { today, ...(serviceStates ? { serviceStates } : {}) });
	// The patient wording is rendered here, in the language asked for (the engine gives keys).
	return {
		...screened,
		flags: screened.flags.map((f) => ({ ...f, patientMessage: patientMessage(f, locale) }))
	};
}

const results: { file: string; result: Awaited<ReturnType<typeof screenFile>> }[] = [];
for (const file of files) results.push({ file, result: await screenFile(file) });

const output = results.length === 1 ? results[0]?.result : results;
console.log(JSON.stringify(output, null, 2));
