// The hooks' own refusals answered inside the security-headers hook (src/lib/server/http/thrown.ts),
// the way SvelteKit would have answered them.
import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { errorPage, prefersJson, responseForThrown } from '../../src/lib/server/http/thrown';

const thrown = (f: () => never) => {
	try {
		f();
	} catch (e) {
		return e;
	}
};
const event = (accept: string | null, isDataRequest = false) =>
	({
		isDataRequest,
		request: new Request('http://x.test/clinic', accept ? { headers: { accept } } : {})
	}) as unknown as RequestEvent;

describe('responseForThrown', () => {
	it('answers a redirect with its status and location, or as JSON to a data request', async () => {
		const r = thrown(() => redirect(303, '/login?next=%2Fclinic'));
		const page = responseForThrown(event('text/html'), r)!;
		expect(page.status).toBe(303);
		expect(page.headers.get('location')).toBe('/login?next=%2Fclinic');
		const data = responseForThrown(event('*/*', true), r)!;
		expect(await data.json()).toEqual({ type: 'redirect', location: '/login?next=%2Fclinic' });
	});

	it('answers an error with the static error page, escaped, or JSON when JSON is preferred', async () => {
		const e = thrown(() => error(401, 'Please <sign> in.'));
		const html = responseForThrown(event('text/html,application/xhtml+xml,*/*;q=0.8'), e)!;
		expect(html.status).toBe(401);
		expect(html.headers.get('content-type')).toBe('text/html; charset=utf-8');
		const text = await html.text();
		expect(text).toContain('Please &lt;sign&gt; in.');
		expect(text).toContain('Error 401.');
		const api = responseForThrown(event('application/json'), e)!;
		expect(await api.json()).toEqual({ message: 'Please <sign> in.' });
	});

	it('leaves anything else to SvelteKit', () => {
		expect(responseForThrown(event(null), new Error('boom'))).toBeNull();
	});
});

describe('prefersJson', () => {
	it('follows Accept as SvelteKit negotiates it', () => {
		expect(prefersJson(null)).toBe(false);
		expect(prefersJson('*/*')).toBe(true);
		expect(prefersJson('text/html')).toBe(false);
		expect(prefersJson('application/json, text/html')).toBe(true);
		expect(prefersJson('application/json;q=0.5, text/html')).toBe(false);
		expect(prefersJson('image/png')).toBe(false);
	});

	it('renders no placeholder unfilled', () => {
		expect(errorPage(403, 'No.')).not.toContain('%sveltekit');
	});
});
