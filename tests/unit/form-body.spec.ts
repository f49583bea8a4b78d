import { describe, expect, it } from 'vitest';
import { isUnreadableForm } from '../../src/lib/server/form-body';

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
