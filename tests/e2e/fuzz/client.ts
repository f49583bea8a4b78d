// A minimal HTTP client for the fuzz test: fetch with a cookie jar, one client address per client
// (the app's rate limits are per address), the Origin header SvelteKit's CSRF check wants, and
// the two ways a form is answered (a page, or the JSON an enhanced form asks for).
import { encode, type Payload } from './payloads';

let nextAddress = 1;

export interface Answer {
	status: number;
	location: string | null;
	/** For an enhanced (JSON) form post: SvelteKit's `type` (success, failure, redirect, error). */
	actionType: string | null;
	text: string;
}

export class Client {
	readonly cookies = new Map<string, string>();
	readonly address = `203.0.113.${nextAddress++ % 250}`;
	constructor(readonly origin: string) {}

	/** Sends raw bytes (or nothing) to `path`; never follows redirects. */
	async send(
		method: string,
		path: string,
		opts: { type?: string; body?: Uint8Array; json?: boolean } = {}
	): Promise<Answer> {
		const headers: Record<string, string> = {
			origin: this.origin,
			accept: opts.json ? 'application/json' : 'text/html',
			'x-forwarded-for': this.address
		};
		if (opts.json) headers['x-sveltekit-action'] = 'true';
		if (opts.type) headers['content-type'] = opts.type;
		if (this.cookies.size > 0) {
			headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
		}
		const response = await fetch(new URL(path, this.origin), {
			method,
			headers,
			body: opts.body as BodyInit | undefined,
			redirect: 'manual'
		});
		for (const cookie of response.headers.getSetCookie()) {
			const [pair] = cookie.split(';');
			const eq = pair!.indexOf('=');
			const name = pair!.slice(0, eq);
			const value = pair!.slice(eq + 1);
			if (value === '' || /max-age=0/i.test(cookie)) this.cookies.delete(name);
			else this.cookies.set(name, value);
		}
		const text = await response.text();
		let actionType: string | null = null;
		if (opts.json && (response.headers.get('content-type') ?? '').includes('application/json')) {
			try {
				actionType = (JSON.parse(text) as { type?: string }).type ?? null;
			} catch {
				actionType = null;
			}
		}
		return {
			status: response.status,
			location: response.headers.get('location'),
			actionType,
			text
		};
	}

	/** A plain form post, as a browser without JavaScript sends it. */
	post(path: string, form: [string, string][] | Record<string, string>) {
		const fields = Array.isArray(form) ? form : Object.entries(form);
		return this.send('POST', path, {
			type: 'application/x-www-form-urlencoded',
			body: new TextEncoder().encode(new URLSearchParams(fields).toString())
		});
	}

	/** Sends a generated payload. */
	fuzz(path: string, payload: Payload) {
		return this.send('POST', path, { ...encode(payload), json: payload.json });
	}

	get(path: string) {
		return this.send('GET', path);
	}
}

/** Whether the app turned the request down (4xx, or an enhanced form's `failure`). */
export const isRefused = (a: Answer) =>
	(a.status >= 400 && a.status < 500) || a.actionType === 'failure';
