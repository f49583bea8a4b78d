import { describe, expect, it } from 'vitest';
import {
	FORM_BODY_LIMIT,
	MAX_FORM_FIELDS,
	checkForm,
	isUnreadableForm,
	parseSize
} from '../../src/lib/server/http/form-body';

const post = (type: string | null, body: BodyInit) =>
	new Request('https://intake.test/intake/about', {
		method: 'POST',
		headers: type ? { 'content-type': type } : {},
		body
	});

describe('isUnreadableForm', () => {
	it('reads urlencoded and well-formed multipart forms, however odd their values', async () => {
		expect(
			await isUnreadableForm(post('application/x-www-form-urlencoded', 'a=%FF%ED%A0%80&%'))
		).toBe(false);
		const form = new FormData();
		form.set('firstName', 'Dana \uD800');
		expect(
			await isUnreadableForm(new Request('https://intake.test/', { method: 'POST', body: form }))
		).toBe(false);
	});

	it('refuses a multipart body cut short, or sent with another boundary', async () => {
		const part = '--b\r\nContent-Disposition: form-data; name="a"\r\n\r\nx\r\n';
		expect(await isUnreadableForm(post('multipart/form-data; boundary=b', part))).toBe(true);
		expect(
			await isUnreadableForm(post('multipart/form-data; boundary=c', `${part}--b--\r\n`))
		).toBe(true);
		expect(await isUnreadableForm(post('multipart/form-data', ''))).toBe(true);
		expect(
			await isUnreadableForm(post('multipart/form-data; boundary=b', `${part}--b--\r\n`))
		).toBe(false);
	});

	it('refuses text/plain, which SvelteKit lets through to actions but no form parser reads', async () => {
		expect(await isUnreadableForm(post('text/plain;charset=UTF-8', 'email=a@b.c'))).toBe(true);
	});

	it('leaves other types to SvelteKit (415) and GET requests alone', async () => {
		expect(await isUnreadableForm(post('application/json', '{"a":1}'))).toBe(false);
		expect(await isUnreadableForm(post(null, new Uint8Array([1, 2])))).toBe(false);
		expect(await isUnreadableForm(new Request('https://intake.test/clinic'))).toBe(false);
	});

	it('leaves the body readable for the form action', async () => {
		const request = post('application/x-www-form-urlencoded', 'firstName=Dana');
		await isUnreadableForm(request);
		expect((await request.formData()).get('firstName')).toBe('Dana');
	});
});

describe('checkForm and PostedForm', () => {
	const urlencoded = (body: string) => post('application/x-www-form-urlencoded', body);

	it('reads a form once into a map: first value, every value, names, repeats kept in order', async () => {
		const check = await checkForm(urlencoded('a=1&b=2&a=3&c=&%C3%B1=%C3%B1'));
		expect(check.kind).toBe('form');
		if (check.kind !== 'form') return;
		const form = check.form;
		expect(form.get('a')).toBe('1');
		expect(form.getAll('a')).toEqual(['1', '3']);
		expect(form.get('c')).toBe('');
		expect(form.get('ñ')).toBe('ñ');
		expect(form.get('missing')).toBeNull();
		expect(form.has('b')).toBe(true);
		expect([...form.keys()]).toEqual(['a', 'b', 'c', 'ñ']);
		expect(Object.fromEntries(form)).toEqual({ a: '1', b: '2', c: '', ñ: 'ñ' });
		expect(form.size).toBe(5);
		// A copy: changing what getAll returned does not change the form.
		form.getAll('a').push('x');
		expect(form.getAll('a')).toEqual(['1', '3']);
	});

	it('refuses more fields than any page sends, and bodies past the limit, declared or not', async () => {
		const fields = (n: number) => Array.from({ length: n }, (_, i) => `f${i}=x`).join('&');
		expect((await checkForm(urlencoded(fields(MAX_FORM_FIELDS)))).kind).toBe('form');
		expect((await checkForm(urlencoded(fields(MAX_FORM_FIELDS + 1)))).kind).toBe('too-many-fields');
		const big = `a=${'x'.repeat(FORM_BODY_LIMIT)}`;
		expect((await checkForm(urlencoded(big))).kind).toBe('too-large');
		// Streamed without a length: cut off as soon as it passes the limit.
		const chunks = new ReadableStream<Uint8Array>({
			start(controller) {
				for (let i = 0; i < 100; i++)
					controller.enqueue(new TextEncoder().encode('x'.repeat(4096)));
				controller.close();
			}
		});
		const streamed = new Request('https://intake.test/intake/about', {
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded' },
			body: chunks,
			duplex: 'half'
		} as RequestInit);
		expect((await checkForm(streamed)).kind).toBe('too-large');
	});

	it('the probe that froze the server (23,000 fields, 483 KiB) is refused before parsing', async () => {
		const junk = Array.from({ length: 23_000 }, (_, i) => `medications[${i}].name=x`).join('&');
		expect((await checkForm(urlencoded(junk))).kind).toBe('too-large');
		const small = Array.from({ length: 2_000 }, (_, i) => `a${i}=`).join('&');
		expect((await checkForm(urlencoded(small))).kind).toBe('too-many-fields');
	});

	it('parses sizes as adapter-node does', () => {
		expect(parseSize('64K')).toBe(65536);
		expect(parseSize('1m')).toBe(1048576);
		expect(parseSize('512')).toBe(512);
		expect(parseSize('Infinity')).toBeUndefined();
		expect(parseSize(undefined)).toBeUndefined();
	});
});
