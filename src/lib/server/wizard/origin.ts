// Where a new form came from: our own campaign parameters and an outside referrer, trimmed.
import type { RequestEvent } from '@sveltejs/kit';

/** Only our own campaign parameters are kept, trimmed; never free-form query strings. */
export function origin(event: RequestEvent) {
	const params = event.url.searchParams;
	const utm: Record<string, string> = {};
	for (const key of ['utm_source', 'utm_medium', 'utm_campaign', 'utm_term', 'utm_content']) {
		const value = params.get(key);
		if (value) utm[key] = value.slice(0, 100);
	}
	const referrer = event.request.headers.get('referer');
	return {
		source: (params.get('source') ?? utm.utm_source ?? null)?.slice(0, 100) ?? null,
		utm: Object.keys(utm).length ? utm : null,
		referrer: referrer && !referrer.startsWith(event.url.origin) ? referrer.slice(0, 300) : null
	};
}
