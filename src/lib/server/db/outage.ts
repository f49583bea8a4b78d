// Telling a database outage (PostgreSQL restarting, down or unreachable) from a bug, so that people
// get "we cannot save answers right now, try again in a minute" with 503 and Retry-After instead of
// "something went wrong" with 500. Drafts live in the database, so nothing saved is lost; a retry
// once the database is back simply works.
import type { Handle, RequestEvent } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';

/** Seconds a client should wait before retrying (a PostgreSQL restart takes a few). */
export const RETRY_AFTER_SECONDS = 5;

/** Node socket errors: nothing listening, connection cut, host unreachable or slow. */
const NETWORK_CODES = new Set([
	'ECONNREFUSED',
	'ECONNRESET',
	'EPIPE',
	'ETIMEDOUT',
	'EHOSTUNREACH',
	'ENETUNREACH',
	'EAI_AGAIN'
]);
/** postgres.js: the connection closed, the pool was ended or destroyed, connecting timed out. */
const DRIVER_CODES = new Set([
	'CONNECTION_CLOSED',
	'CONNECTION_ENDED',
	'CONNECTION_DESTROYED',
	'CONNECT_TIMEOUT'
]);
/** SQLSTATE: admin_shutdown, crash_shutdown, cannot_connect_now, too_many_connections. */
const SERVER_STATES = new Set(['57P01', '57P02', '57P03', '53300']);
/** SQLSTATE class 08: connection exceptions. */
const CONNECTION_EXCEPTION = /^08[0-9A-Z]{3}$/;

const isOutage = (code: string) =>
	NETWORK_CODES.has(code) ||
	DRIVER_CODES.has(code) ||
	SERVER_STATES.has(code) ||
	CONNECTION_EXCEPTION.test(code);

/**
 * The code that marks `err` as a database outage, or null for any other error. Looks through
 * wrappers (drizzle's "Failed query" keeps the driver error as `cause`) and AggregateError.
 */
export function outageCode(err: unknown, depth = 0): string | null {
	if (typeof err !== 'object' || err === null || depth > 5) return null;
	const { code, cause, errors } = err as { code?: unknown; cause?: unknown; errors?: unknown };
	if (typeof code === 'string' && isOutage(code)) return code;
	for (const inner of [cause, ...(Array.isArray(errors) ? errors : [])]) {
		const found = outageCode(inner, depth + 1);
		if (found) return found;
	}
	return null;
}

/** One log line: the id, route and code only (a failed query's text may carry answers). */
function logOutage(event: RequestEvent, id: string, code: string) {
	console.error(`[db-unavailable ${id}] 503 route=${event.route.id ?? '-'} code=${code}`);
}

/**
 * For handleError: the error shown to the person when `err` is an outage (and a note for the
 * `answerOutages` hook to send it as 503), or null to handle `err` as usual.
 */
export function outageError(err: unknown, event: RequestEvent, id: string): App.Error | null {
	const code = outageCode(err);
	if (!code) return null;
	event.locals.outage = code;
	logOutage(event, id, code);
	return { message: m.wizard_error_unavailable_body(), id, unavailable: true };
}

/** A page for outages met in the hooks themselves, before any route could render an error. */
function unavailablePage(id: string): Response {
	const title = m.wizard_error_unavailable_title();
	const html = `<!doctype html><html lang="${getLocale()}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head><body><main><h1>${title}</h1><p>${m.wizard_error_unavailable_body()}</p><p>${m.wizard_error_reference({ id })}</p></main></body></html>`;
	return new Response(html, {
		status: 503,
		headers: {
			'Content-Type': 'text/html; charset=utf-8',
			'Retry-After': String(RETRY_AFTER_SECONDS)
		}
	});
}

/** Sends outages as 503 with Retry-After (SvelteKit renders every unexpected error as 500). */
export const answerOutages: Handle = async ({ event, resolve }) => {
	let response: Response;
	try {
		response = await resolve(event);
	} catch (err) {
		const code = outageCode(err);
		if (!code) throw err;
		logOutage(event, event.locals.requestId, code);
		return unavailablePage(event.locals.requestId);
	}
	if (!event.locals.outage || response.status < 500) return response;
	const headers = new Headers(response.headers);
	headers.set('Retry-After', String(RETRY_AFTER_SECONDS));
	return new Response(response.body, { status: 503, statusText: 'Service Unavailable', headers });
};
