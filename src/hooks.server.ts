// First: the questionnaire asks the catalog's medicine matcher (src/lib/intake/matcher.ts).
import '$lib/server/medicine-matcher';
import { sequence } from '@sveltejs/kit/hooks';
import { building, dev } from '$app/environment';
import {
	error,
	redirect,
	type Handle,
	type HandleServerError,
	type ServerInit
} from '@sveltejs/kit';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { getTextDirection } from '$lib/paraglide/runtime';
import { auth, SESSION_ABSOLUTE_SECONDS } from '$lib/server/auth';
import { closeDb, config, db, migrateDb } from '$lib/server/db';
import { answerOutages, outageError } from '$lib/server/db/outage';
import { bootstrapDev, demoStaffFile } from '$lib/server/demo-staff';
import { backfillScreenings } from '$lib/server/intakes/screenings';
import * as alerts from '$lib/server/alerts/worker';
import * as mail from '$lib/server/mail';
import { CHANGE_PASSWORD_PATH, mustChangePasswordFirst, rolesFor } from '$lib/server/guard';
import { ENROL_PATH, mustEnrolTwoFactor } from '$lib/server/admin/two-factor';
import { describeError } from '$lib/server/http/error-log';
import { isStaffRole } from '$lib/server/auth/roles';
import * as sessions from '$lib/server/sessions';
import { rejectNulBytes } from '$lib/server/http/nul-bytes';
import { stepFunnel } from '$lib/server/wizard';
import { readPostedForms } from '$lib/server/http/form-body';
import { refuseMalformedPaths } from '$lib/server/http/malformed-url';
import { responseForThrown } from '$lib/server/http/thrown';

export const init: ServerInit = async () => {
	if (building) return;
	await migrateDb();
	// The migration step of stored screenings: intakes sent before they were stored get one.
	await backfillScreenings(db, { serviceStates: config.SERVICE_STATES });
	if (dev) {
		const auth = { secret: config.secret, baseURL: config.origin };
		await bootstrapDev(db, { auth, file: demoStaffFile(config) });
	}
	// Alert emails (issue 16): every instance polls; rows are claimed so each is sent once.
	const stopAlerts =
		mail.isConfigured() && config.ALERTS_POLL_SECONDS > 0
			? alerts.start(db, config.ALERTS_POLL_SECONDS, mail.alertMail())
			: async () => {};
	// adapter-node waits for open handles on shutdown; an open PGlite would keep it alive forever.
	// The funnel's last counts and the alert round under way finish first.
	process.once(
		'sveltekit:shutdown',
		() => void Promise.all([stepFunnel.stop(), stopAlerts()]).finally(closeDb)
	);
};

/** Request id for logs and audit rows, and the security headers every response carries. */
const securityHeaders: Handle = async ({ event, resolve }) => {
	event.locals.requestId = crypto.randomUUID();
	let response: Response;
	try {
		response = await resolve(event);
	} catch (thrown) {
		// A later hook refused the request (redirect or error): answer here, so it gets the headers.
		const answer = responseForThrown(event, thrown);
		if (!answer) throw thrown;
		for (const c of event.locals.expiredCookies ?? []) answer.headers.append('set-cookie', c);
		response = answer;
	}
	const h = response.headers;
	h.set('X-Request-Id', event.locals.requestId);
	h.set('X-Content-Type-Options', 'nosniff');
	// Pages with a secret in their URL (resume and set-password links) too: same-origin keeps the
	// URL from every other site, while `no-referrer` would make the browser send `Origin: null`
	// with the page's own form post, which SvelteKit refuses as cross-site (no-JS resume broke).
	h.set('Referrer-Policy', 'same-origin');
	h.set('X-Frame-Options', 'DENY');
	h.set('Cross-Origin-Opener-Policy', 'same-origin');
	h.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=()');
	if (event.url.protocol === 'https:') {
		h.set('Strict-Transport-Security', 'max-age=63072000; includeSubDomains');
	}
	// Every dynamic response may carry health data or a staff view: never store it anywhere.
	// (Hashed static assets under /_app/immutable are served before this hook, with long caching.)
	if (!h.has('Cache-Control') || event.locals.user) h.set('Cache-Control', 'no-store');
	return response;
};

const i18n: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, ({ request, locale }) => {
		event.request = request;
		return resolve(event, {
			transformPageChunk: ({ html }) =>
				html
					.replace('%paraglide.lang%', locale)
					.replace('%paraglide.dir%', getTextDirection(locale))
		});
	});

/** Loads the staff session (cookie cache off: a revoked session fails on its next request). */
const session: Handle = async ({ event, resolve }) => {
	// On https the cookie is `__Secure-better-auth.session_token`: ask better-auth its name.
	// Patients carry no session cookie: their requests skip better-auth altogether.
	const { name } = (await auth.$context).authCookies.sessionToken;
	if (!event.cookies.get(name)) return resolve(event);
	const found = await auth.api.getSession({ headers: event.request.headers });
	if (found) {
		if (
			sessions.isPastAbsoluteLimit(found.session.createdAt, SESSION_ABSOLUTE_SECONDS) ||
			found.user.banned
		) {
			await sessions.revoke(db, found.session.token);
			event.cookies.delete(name, { path: '/' });
			// SvelteKit adds this to responses from `resolve` only; a refusal by the guard is not one.
			event.locals.expiredCookies = [event.cookies.serialize(name, '', { path: '/', maxAge: 0 })];
		} else {
			event.locals.user = found.user;
			event.locals.session = found.session;
		}
	}
	return resolve(event);
};

/** The role table: page loads, form actions and endpoints alike. */
const guard: Handle = async ({ event, resolve }) => {
	const allowed = rolesFor(event.route.id);
	if (!allowed) return resolve(event);
	const user = event.locals.user;
	if (!user) {
		if (event.request.method === 'GET' || event.request.method === 'HEAD') {
			const next = event.url.pathname + event.url.search;
			redirect(303, `/login?next=${encodeURIComponent(next)}`);
		}
		error(401, 'Please sign in.');
	}
	if (!isStaffRole(user.role) || !allowed.includes(user.role)) {
		error(403, 'Your role does not give access to this page.');
	}
	// A one-time password is changed before anything else opens.
	if (mustChangePasswordFirst(event.route.id, user)) {
		if (event.request.method === 'GET' || event.request.method === 'HEAD') {
			redirect(303, CHANGE_PASSWORD_PATH);
		}
		error(403, 'Choose your own password first.');
	}
	// Two-step verification before any page, action or endpoint with patient data.
	if (mustEnrolTwoFactor(event.route.id, user, config.STAFF_TWO_FACTOR)) {
		if (event.request.method === 'GET' || event.request.method === 'HEAD') {
			redirect(303, ENROL_PATH);
		}
		error(403, 'Turn on two-step verification first.');
	}
	return resolve(event);
};

export const handle: Handle = sequence(
	securityHeaders,
	refuseMalformedPaths,
	rejectNulBytes,
	readPostedForms,
	i18n,
	answerOutages,
	session,
	guard
);

/** Logs an id, the route, the staff id and where it failed; never messages, bodies or URLs. */
export const handleError: HandleServerError = ({ error: err, event, status, message }) => {
	const id = event.locals.requestId ?? crypto.randomUUID();
	const unavailable = outageError(err, event, id);
	if (unavailable) return unavailable;
	if (status >= 500) {
		console.error(
			`[error ${id}] ${status} route=${event.route.id ?? '-'} staff=${event.locals.user?.id ?? '-'} ${describeError(err)}`
		);
	}
	return { message: status >= 500 ? 'Something went wrong on our side.' : message, id };
};
