// Medicine-name suggestions for the medicines step (issue 12): POST {"q": "...", "check": true?,
// "locale": "en" | "es"} answers {"names": [...], "verdict"?: {...}} (wizard/medicines.server.ts).
// A POST keeps what is typed out of URLs, so out of access logs and browser history; nothing typed
// is logged or stored here. Limited per address in this server's memory; the plain text field
// works without it.
import { json, type RequestHandler } from '@sveltejs/kit';
import { z } from 'zod';
import { lookUpName, NAME_LOOKUP_MAX_LENGTH } from '$lib/server/wizard/medicines';
import { getLocale } from '$lib/paraglide/runtime';
import * as wizard from '$lib/server/wizard';

const NO_STORE = { 'cache-control': 'no-store' };

const lookupSchema = z.object({
	q: z.string().max(NAME_LOOKUP_MAX_LENGTH),
	check: z.boolean().optional(),
	locale: z.enum(['en', 'es']).optional()
});

export const POST: RequestHandler = async (event) => {
	const wait = wizard.nameLookupThrottle(event);
	if (wait !== null) {
		return json(
			{ error: 'Too many lookups. Please wait a moment.' },
			{ status: 429, headers: { ...NO_STORE, 'retry-after': String(wait) } }
		);
	}
	let body: unknown;
	try {
		body = JSON.parse(await event.request.text());
	} catch {
		body = undefined;
	}
	const lookup = lookupSchema.safeParse(body);
	if (!lookup.success) {
		return json(
			{
				error: `Send {"q": "a medicine name"} as JSON, at most ${NAME_LOOKUP_MAX_LENGTH} characters.`
			},
			{ status: 400, headers: NO_STORE }
		);
	}
	const { q, check = false, locale = getLocale() } = lookup.data;
	return json(lookUpName(q, check, locale), { headers: NO_STORE });
};
