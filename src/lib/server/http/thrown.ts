// Responses for the redirects and errors that the hooks themselves throw (the role guard, the
// NUL-byte check). SvelteKit turns a throw from `handle` into a response outside every hook, so
// the security-headers hook never saw those responses: a 401, 403 or sign-in redirect went out
// without nosniff, frame, cache or HSTS headers. The security-headers hook makes them here instead,
// the same way SvelteKit would (respond.js and utils.js of @sveltejs/kit 2).
import { isHttpError, isRedirect, json, type RequestEvent } from '@sveltejs/kit';
import errorTemplate from '../../../error.html?raw';

const escapeHtml = (s: string) =>
	s.replace(
		/[&<>"']/g,
		(c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!
	);

/** SvelteKit's choice between JSON and HTML for an error: the better-quality type of Accept. */
export function prefersJson(accept: string | null): boolean {
	const ranked = (accept || 'text/html')
		.split(',')
		.map((part, i) => {
			const [type = '', ...params] = part.trim().split(';');
			const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find(Boolean);
			return { type: type.trim(), q: q === undefined ? 1 : Number(q), i };
		})
		.filter((a) => a.q > 0)
		.sort((a, b) => b.q - a.q || a.i - b.i);
	const matches = (accepted: string, type: string) => {
		const [a, b] = accepted.split('/');
		const [t, s] = type.split('/');
		return (a === '*' || a === t) && (b === '*' || b === s);
	};
	for (const a of ranked) {
		if (matches(a.type, 'application/json')) return true;
		if (matches(a.type, 'text/html')) return false;
	}
	return false;
}

/** The static error page (src/error.html), as SvelteKit renders it for errors outside a route. */
export const errorPage = (status: number, message: string) =>
	errorTemplate
		.replaceAll('%sveltekit.status%', String(status))
		.replaceAll('%sveltekit.error.message%', escapeHtml(message));

/** The response for a thrown redirect or HTTP error; null for anything else (rethrow it). */
export function responseForThrown(event: RequestEvent, thrown: unknown): Response | null {
	if (isRedirect(thrown)) {
		return event.isDataRequest
			? json({ type: 'redirect', location: thrown.location })
			: new Response(null, { status: thrown.status, headers: { location: thrown.location } });
	}
	if (isHttpError(thrown)) {
		const body: App.Error = thrown.body;
		if (event.isDataRequest || prefersJson(event.request.headers.get('accept'))) {
			return json(body, { status: thrown.status });
		}
		return new Response(errorPage(thrown.status, body.message), {
			status: thrown.status,
			headers: { 'content-type': 'text/html; charset=utf-8' }
		});
	}
	return null;
}
