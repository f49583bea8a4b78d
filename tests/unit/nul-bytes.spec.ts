import { describe, expect, it } from 'vitest';
import { carriesNul } from '../../src/lib/server/http/nul-bytes';

const url = (query = '') => new URL(`https://intake.test/intake/about${query}`);
const urlencoded = (body: string) =>
	new Request(url(), {
		method: 'POST',
		headers: { 'content-type': 'application/x-www-form-urlencoded' },
		body
	});
const multipart = (value: string) => {
	const form = new FormData();
	form.set('firstName', value);
	return new Request(url(), { method: 'POST', body: form });
};

describe('carriesNul', () => {
	it('finds a NUL in a query value or name', async () => {
		expect(await carriesNul(new Request(url()), url('?q=a%00b'))).toBe(true);
		expect(await carriesNul(new Request(url()), url('?a%00=b'))).toBe(true);
		expect(await carriesNul(new Request(url()), url('?q=a%2500b'))).toBe(false);
	});

	it('finds a NUL in a urlencoded body, but not a typed "%00"', async () => {
		expect(await carriesNul(urlencoded('firstName=Da%00na'), url())).toBe(true);
		expect(await carriesNul(urlencoded('firstName=Da%2500na'), url())).toBe(false);
		expect(await carriesNul(urlencoded('firstName=Dana'), url())).toBe(false);
	});

	it('finds a NUL in a multipart field, but not a typed "%00"', async () => {
		expect(await carriesNul(multipart('Da\0na'), url())).toBe(true);
		expect(await carriesNul(multipart('Da%00na'), url())).toBe(false);
	});

	it('leaves the body readable for the form action', async () => {
		const request = urlencoded('firstName=Dana');
		await carriesNul(request, url());
		expect((await request.formData()).get('firstName')).toBe('Dana');
	});
});
