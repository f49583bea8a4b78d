// The route × role matrix over HTTP: every page, form action and endpoint found in src/routes,
// requested as an anonymous visitor, a disabled clinician whose session is still open, a
// clinician, an admin without two-factor and an admin, each answer compared with MATRIX
// (tests/e2e/route-matrix.ts). Also: better-auth's HTTP API is not reachable (so no one can give
// themselves a role through it), and intake ids give nothing away.
import type { APIRequest, APIRequestContext, APIResponse } from '@playwright/test';
import { createAuth } from '../../src/lib/server/auth/instance';
import { totpCode } from '../support/totp';
import { discoverEndpoints } from '../support/routes';
import { finishFirstSignIn } from './first-sign-in';
import { test, expect } from './fixtures';
import { MATRIX, ROLES, matrixProblems, resolveOutcome, type Role } from './route-matrix';
import type { E2eState } from './state';

const endpoints = discoverEndpoints();
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
let nextIp = 10;

type Client = { ctx: APIRequestContext; origin: string };
type Playwright = { request: APIRequest };

async function newClient(playwright: Playwright, origin: string, cookie?: string): Promise<Client> {
	const headers: Record<string, string> = { 'x-forwarded-for': `192.0.2.${nextIp++}` };
	if (cookie) headers.cookie = cookie;
	return {
		ctx: await playwright.request.newContext({ baseURL: origin, extraHTTPHeaders: headers }),
		origin
	};
}

/** A plain form post, as a browser without JavaScript sends it. */
const post = (c: Client, path: string, form: Record<string, string> = {}) =>
	c.ctx.post(path, {
		form,
		headers: { origin: c.origin, accept: 'text/html' },
		maxRedirects: 0
	});

const locationOf = (r: APIResponse, origin: string) => {
	const url = new URL(r.headers().location ?? '', origin);
	return url.pathname + url.search;
};

async function signIn(c: Client, who: { email: string; password: string; totpSecret?: string }) {
	const first = await post(c, '/login', { email: who.email, password: who.password });
	expect(first.status(), `sign-in of ${who.email}`).toBe(303);
	if (!who.totpSecret) return;
	expect(locationOf(first, c.origin)).toMatch(/^\/login\/two-factor/);
	const second = await post(c, '/login/two-factor', { code: await totpCode(who.totpSecret) });
	expect(second.status(), 'second factor').toBe(303);
}

/** A new admin account, made by `admin` on /admin/staff; it has not turned on two-factor. */
async function newAdminWithout2fa(admin: Client) {
	const email = `no-2fa-${Date.now().toString(36)}@e2e.test`;
	const created = await post(admin, '/admin/staff?/create', {
		name: 'E2E admin without 2FA',
		email,
		role: 'admin'
	});
	expect(created.status()).toBe(200);
	const password = /class="password[^"]*"><code[^>]*>([A-Za-z0-9]{20})<\/code>/.exec(
		await created.text()
	)?.[1];
	expect(password, 'the one-time password on /admin/staff').toBeTruthy();
	return { email, password: password! };
}

/** `post` for finishFirstSignIn: status and body of a plain form post. */
const poster = (c: Client) => async (path: string, form: Record<string, string>) => {
	const r = await post(c, path, form);
	return { status: r.status(), text: await r.text() };
};

async function clientFor(role: Role, playwright: Playwright, state: E2eState, origin: string) {
	if (role === 'anonymous') return newClient(playwright, origin);
	if (role === 'disabled') {
		const who = state.staff.disabled!;
		const c = await newClient(playwright, origin, who.sessionCookie);
		// The open session of a disabled account is refused on its first use, and the password too.
		const first = await c.ctx.get('/clinic', { maxRedirects: 0 });
		expect(first.status(), 'a disabled user’s open session').toBe(303);
		expect(first.headers()['set-cookie']).toMatch(/^better-auth\.session_token=;.*Max-Age=0/);
		const again = await post(c, '/login', { email: who.email, password: who.password });
		expect(again.status(), 'a disabled user signing in').toBe(400);
		expect(await again.text()).toContain('The email or password is incorrect.');
		return c;
	}
	const c = await newClient(playwright, origin);
	if (role === 'adminWithout2fa') {
		const admin = await newClient(playwright, origin);
		await signIn(admin, state.staff.admin!);
		const fresh = await newAdminWithout2fa(admin);
		await signIn(c, fresh);
		// Their own password first (nothing else opens until then); two-factor stays off.
		await finishFirstSignIn(poster(c), fresh, {});
		await admin.ctx.dispose();
	} else {
		await signIn(c, state.staff[role]!);
	}
	return c;
}

test('every page, action and endpoint in src/routes has a row in the matrix', () => {
	expect(matrixProblems(endpoints.map((e) => e.key))).toEqual([]);
});

const SECURITY_HEADERS = {
	'x-content-type-options': 'nosniff',
	'x-frame-options': 'DENY',
	'referrer-policy': 'same-origin',
	'cross-origin-opener-policy': 'same-origin'
};

for (const role of ROLES) {
	test(`the matrix, as ${role}`, async ({ playwright, state, baseURL }) => {
		const c = await clientFor(role, playwright, state, baseURL!);
		const signedIn = role !== 'anonymous' && role !== 'disabled';
		// Rows that end the session go last, so every other row is sent with the session on.
		const ordered = [...endpoints].sort(
			(a, b) => Number(!!MATRIX[a.key]?.endsSession) - Number(!!MATRIX[b.key]?.endsSession)
		);
		const mismatches: string[] = [];
		for (const endpoint of ordered) {
			const row = MATRIX[endpoint.key];
			if (!row) continue; // reported by the test above
			const path = row.path(state);
			const want = resolveOutcome(row.expect[role], endpoint.method, path);
			const response = await c.ctx.fetch(path, {
				method: endpoint.method,
				headers: { origin: c.origin, accept: 'text/html' },
				...(endpoint.method === 'GET' ? {} : { form: {} }),
				maxRedirects: 0
			});
			const got: { status: number; location?: string } = { status: response.status() };
			if (want.location !== undefined) got.location = locationOf(response, c.origin);
			if (JSON.stringify(got) !== JSON.stringify(want)) {
				mismatches.push(
					`${endpoint.key} (${path}): expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`
				);
			}
			// Refusals too (the guard's 401, 403 and sign-in redirects are thrown from a hook, which
			// SvelteKit answers outside the hooks): every response carries the security headers.
			const h = response.headers();
			const expected = SECURITY_HEADERS;
			for (const [name, value] of Object.entries(expected)) {
				if (h[name] !== value) {
					mismatches.push(`${endpoint.key} (${got.status}): ${name} ${h[name]}, expected ${value}`);
				}
			}
			if (!h['x-request-id']) mismatches.push(`${endpoint.key} (${got.status}): no X-Request-Id`);
			// Whatever the app rendered or answered (pages, re-shown forms, files) is never cached.
			if (got.status === 200 || got.status === 400) {
				const cache = !signedIn && row.publicCache ? row.publicCache : 'no-store';
				const header = response.headers()['cache-control'];
				if (header !== cache)
					mismatches.push(`${endpoint.key}: Cache-Control ${header}, expected ${cache}`);
			}
		}
		expect(mismatches).toEqual([]);
		await c.ctx.dispose();
	});
}

test('better-auth’s HTTP API is not mounted: a clinician cannot reach any of it, nor change their role', async ({
	playwright,
	state,
	baseURL
}) => {
	const c = await newClient(playwright, baseURL!);
	await signIn(c, state.staff.clinician!);
	// Every endpoint better-auth would serve with our configuration (plugins included).
	const secret = crypto.randomUUID() + crypto.randomUUID();
	const api = createAuth(undefined as never, { secret, baseURL: baseURL! }).api;
	const paths = Object.values(api)
		.map((e) => (e as { path?: string }).path)
		.filter((p): p is string => typeof p === 'string')
		.map((p) => `/api/auth${p.replace(/:(\w+)/g, 'x')}`);
	expect(paths).toContain('/api/auth/admin/set-role');
	expect(paths).toContain('/api/auth/update-user');
	const me = { role: 'admin', userId: 'me', data: { role: 'admin' } };
	for (const path of paths) {
		const get = await c.ctx.get(path, { maxRedirects: 0 });
		expect(get.status(), `GET ${path}`).toBe(404);
		const write = await c.ctx.post(path, {
			data: me,
			headers: { origin: c.origin },
			maxRedirects: 0
		});
		expect(write.status(), `POST ${path}`).toBe(404);
	}
	expect((await c.ctx.get('/admin', { maxRedirects: 0 })).status()).toBe(403);
	expect(await (await c.ctx.get('/clinic')).text()).toContain('(clinician)');
	await c.ctx.dispose();
});

/** A 404 page with its per-response parts (CSP nonces) taken out. */
const normalised = async (r: APIResponse) => ({
	status: r.status(),
	body: (await r.text()).replace(/nonce="[^"]*"/g, 'nonce=""')
});

test('intake ids are random, and a wrong id, a malformed one and a draft’s look the same', async ({
	playwright,
	state,
	baseURL
}) => {
	const ids = [state.intakes!.oxycodone, ...state.intakes!.workflow, state.draftIntake!];
	for (const id of ids) expect(id).toMatch(UUID_V4);
	expect(new Set(ids).size).toBe(ids.length);

	const c = await newClient(playwright, baseURL!);
	await signIn(c, state.staff.clinician!);
	const wrong = crypto.randomUUID();
	for (const suffix of ['', '/print', '/fhir']) {
		const answers = [];
		for (const id of [wrong, state.draftIntake!, 'not-an-id', '1']) {
			answers.push(await normalised(await c.ctx.get(`/clinic/intakes/${id}${suffix}`)));
		}
		expect(answers[0]!.status, suffix).toBe(404);
		for (const other of answers.slice(1)) expect(other, suffix).toEqual(answers[0]);
	}
	const form = { body: 'A note', revision: '0', to: 'in_review', assignee: '' };
	for (const action of ['note', 'status', 'assign']) {
		const answers = [];
		for (const id of [wrong, state.draftIntake!, 'not-an-id']) {
			answers.push(await normalised(await post(c, `/clinic/intakes/${id}?/${action}`, form)));
		}
		expect(answers[0]!.status, action).toBe(404);
		for (const other of answers.slice(1)) expect(other, action).toEqual(answers[0]);
	}
	await c.ctx.dispose();
});
