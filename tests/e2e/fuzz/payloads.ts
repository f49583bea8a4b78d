// fast-check arbitraries for hostile requests: a form built from an endpoint's real field names
// (right names with wrong values, missing and extra fields, duplicates, bracket and prototype keys)
// in one of the bodies a client can send (urlencoded, multipart, JSON, text/plain, empty, malformed
// bytes), and junk query strings for the GET pages that read their URL.
import fc from 'fast-check';

/** One field a form may carry: its name and, when the field takes one of a few values, those. */
export interface FieldSpec {
	name: string;
	values?: readonly string[];
}

export type BodyKind =
	| 'urlencoded'
	| 'multipart'
	| 'json'
	| 'text'
	| 'empty'
	| 'no-type'
	| 'bad-bytes'
	| 'bad-multipart';

export interface Payload {
	kind: BodyKind;
	fields: [string, string][];
	/** Whether the request asks for the enhanced (JSON) answer rather than a page. */
	json: boolean;
}

const KB = 1024;

const SQL = [
	"' OR 1=1--",
	"'; DROP TABLE intakes;--",
	'1; drop table "user"',
	"\\'; select pg_sleep(0);--",
	'$$; copy intakes to stdout; $$',
	"' union select null,null--",
	'%',
	'_',
	'\\'
];
const SCRIPT = [
	'<script>alert(1)</script>',
	'"><img src=x onerror=alert(1)>',
	'javascript:alert(1)',
	'{{constructor.constructor("alert(1)")()}}',
	'${7*7}',
	'</textarea><svg onload=alert(1)>'
];
const UNICODE = [
	'\uD800',
	'\uDFFF',
	'a\uD83Dz',
	'\u202Eevil\u202C',
	'\u200F\u200E\u2066x\u2069',
	'👩‍⚕️💊🧪',
	'\uFEFF',
	'Z̴̢̧a̷l̸g̶o̵',
	'\u0085\u2028\u2029',
	'\u0001\u0007\u001b[31m',
	'ﷺ𒐫𒈙'
];
const NUMBERS = [
	'-1',
	'0',
	'-0',
	'1e308',
	'1e309',
	'NaN',
	'Infinity',
	'2147483648',
	'9223372036854775808',
	'99999999999999999999999',
	'0x10',
	'1,5',
	'4.',
	'.5',
	'-2147483649'
];
const DATES = [
	'0000-01-01',
	'0001-01-01',
	'9999-12-31',
	'10000-01-01',
	'2024-02-30',
	'2023-02-29',
	'1900-01-01',
	'-001-01-01',
	'2024-13-01',
	'2024-1-1',
	'2024-01-01T00:00:00Z',
	'294277-01-01',
	'1969-12-31'
];
const IDS = [
	'00000000-0000-0000-0000-000000000000',
	'ffffffff-ffff-ffff-ffff-ffffffffffff',
	'not-a-uuid',
	'1',
	'{}',
	'[]',
	'null',
	'undefined',
	'true'
];

/** Bracket, dotted and prototype-polluting names, on their own or grafted onto real ones. */
const WEIRD_KEYS = [
	'__proto__',
	'__proto__[polluted]',
	'constructor',
	'constructor.prototype.polluted',
	'constructor[prototype][polluted]',
	'prototype',
	'__superform_id',
	'__superform_json',
	'__superform_file_x',
	'hasOwnProperty',
	'toString',
	'a[b][c][d]',
	'[]',
	'[0]',
	'x[',
	'x]',
	'.',
	'',
	'intent',
	'add',
	'language',
	'from',
	'then'
];

const hugeString = fc
	.tuple(fc.constantFrom('a', 'é', '💊', '<', "'", '\uD800', '%'), fc.integer({ min: 1, max: 30 }))
	.map(([c, k]) => c.repeat(Math.floor((k * KB) / c.length)));

/** A value of any sort a client could put into a field. */
export const junkValue: fc.Arbitrary<string> = fc.oneof(
	{ weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
	{ weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
	{ weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
	{ weight: 2, arbitrary: fc.constantFrom(...SQL, ...SCRIPT) },
	{ weight: 2, arbitrary: fc.constantFrom(...UNICODE) },
	{ weight: 2, arbitrary: fc.constantFrom(...NUMBERS) },
	{ weight: 2, arbitrary: fc.constantFrom(...DATES) },
	{ weight: 1, arbitrary: fc.constantFrom(...IDS) },
	{ weight: 1, arbitrary: fc.uuid().map(String) },
	{ weight: 1, arbitrary: fc.emailAddress() },
	{ weight: 1, arbitrary: fc.integer().map(String) },
	{ weight: 1, arbitrary: fc.double().map(String) },
	{ weight: 1, arbitrary: hugeString },
	{ weight: 1, arbitrary: fc.constant('') },
	{ weight: 1, arbitrary: fc.json({ maxDepth: 3 }) }
);

/** A value for a field: mostly one it expects (so validation goes deep), often junk. */
const valueFor = (field: FieldSpec): fc.Arbitrary<string> =>
	field.values && field.values.length > 0
		? fc.oneof(
				{ weight: 3, arbitrary: fc.constantFrom(...field.values) },
				{ weight: 2, arbitrary: junkValue }
			)
		: junkValue;

/** A field name: a real one, a real one decorated with brackets or an index, or a weird one. */
const keyFor = (fields: readonly FieldSpec[]): fc.Arbitrary<string> => {
	const real = fc.constantFrom(...fields.map((f) => f.name));
	return fc.oneof(
		{ weight: 4, arbitrary: real },
		{
			weight: 1,
			arbitrary: fc
				.tuple(
					real,
					fc.constantFrom('[0]', '[]', '[-1]', '[99999999999999999999]', '.x', '[__proto__]')
				)
				.map(([k, s]) => k.replace(/\[\d+\]/, s) + (k.includes('[') ? '' : s))
		},
		{ weight: 2, arbitrary: fc.constantFrom(...WEIRD_KEYS) },
		{ weight: 1, arbitrary: fc.string({ maxLength: 20 }) }
	);
};

const field = (spec: FieldSpec) => valueFor(spec).map((v): [string, string] => [spec.name, v]);

/** A form: each real field present or not (right or wrong value), plus extra and duplicate fields. */
export function formFields(fields: readonly FieldSpec[]): fc.Arbitrary<[string, string][]> {
	const present = fc.tuple(
		...fields.map((spec) => fc.option(field(spec), { nil: undefined, freq: 3 }))
	);
	const extra = fc.array(fc.tuple(keyFor(fields), fc.oneof(junkValue, fc.constant(''))), {
		maxLength: 6
	});
	return fc.tuple(present, extra, fc.boolean()).map(([chosen, more, shuffle]) => {
		const all = [...chosen.filter((f): f is [string, string] => f !== undefined), ...more];
		return shuffle ? all.reverse() : all;
	});
}

/**
 * A valid form with one to three fields changed: a junk value, the field left out, or an extra
 * weird field, so that validation and saving are reached with one bad value at a time.
 */
export function mutated(
	valid: readonly [string, string][],
	fields: readonly FieldSpec[]
): fc.Arbitrary<[string, string][]> {
	const change = fc.tuple(
		fc.nat({ max: Math.max(valid.length - 1, 0) }),
		fc.constantFrom('junk', 'drop', 'extra'),
		junkValue,
		keyFor(fields)
	);
	return fc.array(change, { minLength: 1, maxLength: 3 }).map((changes) => {
		const out: ([string, string] | null)[] = valid.map(([k, v]) => [k, v]);
		const extra: [string, string][] = [];
		for (const [i, how, value, key] of changes) {
			if (how === 'extra' || out[i] === undefined) extra.push([key, value]);
			else if (how === 'drop') out[i] = null;
			else if (out[i]) out[i] = [out[i]![0], value];
		}
		return [...out.filter((f): f is [string, string] => f !== null), ...extra];
	});
}

/** A whole request body for a form with these fields (and, when given, mutants of a valid one). */
export function payload(
	fields: readonly FieldSpec[],
	valid?: readonly [string, string][]
): fc.Arbitrary<Payload> {
	const forms = valid
		? fc.oneof(formFields(fields), { weight: 2, arbitrary: mutated(valid, fields) })
		: formFields(fields);
	return fc.record({
		kind: fc.oneof(
			{ weight: 8, arbitrary: fc.constant<BodyKind>('urlencoded') },
			{ weight: 4, arbitrary: fc.constant<BodyKind>('multipart') },
			{
				weight: 3,
				arbitrary: fc.constantFrom<BodyKind>(
					'json',
					'text',
					'empty',
					'no-type',
					'bad-bytes',
					'bad-multipart'
				)
			}
		),
		fields: forms,
		json: fc.boolean()
	});
}

/** A query string for a GET page that reads its filters from the URL. */
export function query(fields: readonly FieldSpec[]): fc.Arbitrary<[string, string][]> {
	return formFields(fields);
}

/** The raw bytes and content type of a payload's body (undefined body: none at all). */
export function encode(p: Payload): { type?: string; body?: Uint8Array } {
	const utf8 = (s: string) => new TextEncoder().encode(s);
	switch (p.kind) {
		case 'urlencoded':
			return {
				type: 'application/x-www-form-urlencoded',
				body: utf8(new URLSearchParams(p.fields).toString())
			};
		case 'multipart':
			return multipart(p.fields, true);
		case 'bad-multipart':
			return multipart(p.fields, false);
		case 'json':
			return {
				type: 'application/json',
				body: utf8(JSON.stringify(Object.fromEntries(p.fields.map(([k, v]) => [k, nest(v)]))))
			};
		case 'text':
			return {
				type: 'text/plain;charset=UTF-8',
				body: utf8(p.fields.map(([k, v]) => `${k}=${v}`).join('\r\n'))
			};
		case 'empty':
			return { type: 'application/x-www-form-urlencoded', body: new Uint8Array() };
		case 'no-type':
			return { body: utf8(new URLSearchParams(p.fields).toString()) };
		case 'bad-bytes': {
			// Percent-escapes and raw bytes that are not UTF-8 (a lone surrogate, a stray 0xFF).
			const form = new URLSearchParams(p.fields).toString();
			const junk = Uint8Array.from([0x26, 0x78, 0x3d, 0xff, 0xfe, 0xc0, 0x80, 0xed, 0xa0, 0x80]);
			const escaped = utf8(`&y=%ED%A0%80%FF%C0%AF&%E0%A4=%&z=%%41${form ? '&' + form : ''}`);
			return {
				type: 'application/x-www-form-urlencoded; charset=utf-8',
				body: new Uint8Array([...escaped, ...junk])
			};
		}
	}
}

/** A JSON value for a form value: sometimes nested junk instead of the string. */
function nest(v: string): unknown {
	if (v.length % 3 === 0) return v;
	if (v.length % 3 === 1) return { __proto__: { polluted: v }, value: [v, { v }] };
	return [v, null, 1e308, true];
}

function multipart(fields: [string, string][], wellFormed: boolean) {
	const boundary = `----fuzz${Math.random().toString(36).slice(2)}`;
	const parts = fields.map(
		([k, v], i) =>
			`--${boundary}\r\nContent-Disposition: form-data; name="${k.replace(/["\r\n]/g, '_')}"` +
			(i % 5 === 4 ? `; filename="x.txt"\r\nContent-Type: text/plain` : '') +
			`\r\n\r\n${v}\r\n`
	);
	const end = wellFormed ? `--${boundary}--\r\n` : `--${boundary}\r\nContent-Disposition: form`;
	return {
		type: `multipart/form-data; boundary=${wellFormed ? boundary : boundary + 'x'}`,
		body: new TextEncoder().encode(parts.join('') + end)
	};
}
