// A clinician cannot become an admin (nor make anyone one) through better-auth. The app does not
// mount better-auth's HTTP handler (tests/e2e/route-matrix.e2e.ts checks /api/auth/* is 404), so
// this is the second line: even if it were mounted, every endpoint of our configuration, plugins
// included, refuses to change a role for a clinician, whatever the request carries.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { eq } from 'drizzle-orm';
import type { DbHandle } from '../../src/lib/server/db/client';
import { twoFactor, user } from '../../src/lib/server/db/schema';
import { createAuth, type Auth } from '../../src/lib/server/auth/instance';
import * as staff from '../../src/lib/server/auth/accounts';
import { openTestDb, resetDb } from './db';

const PASSWORD = 'correct horse battery';
const BASE = 'http://localhost';
let handle: DbHandle;
let auth: Auth;
let ids: { doc: string; colleague: string };

async function cookieFor(email: string) {
	const { headers } = await auth.api.signInEmail({
		body: { email, password: PASSWORD },
		returnHeaders: true
	});
	return headers
		.getSetCookie()
		.map((c) => c.split(';')[0])
		.join('; ');
}

/** One request to better-auth's own HTTP handler, as a browser would send it. */
function call(path: string, method: string, cookie: string, fields: Record<string, unknown>) {
	const url = new URL(`/api/auth${path.replace(/:(\w+)/g, 'x')}`, BASE);
	const init: RequestInit = { method, headers: { cookie, origin: BASE } };
	if (method === 'GET') {
		for (const [k, v] of Object.entries(fields)) url.searchParams.set(k, JSON.stringify(v));
	} else {
		init.body = JSON.stringify(fields);
		(init.headers as Record<string, string>)['content-type'] = 'application/json';
	}
	return auth.handler(new Request(url, init));
}

const roles = async () =>
	Object.fromEntries(
		(await handle.db.select({ email: user.email, role: user.role }).from(user)).map((u) => [
			u.email,
			u.role
		])
	);

beforeAll(async () => {
	handle = await openTestDb();
	auth = createAuth(handle.db, {
		secret: 'integration-test-secret-0123456789abcdef',
		baseURL: BASE
	});
});
afterAll(() => handle.close());
beforeEach(async () => {
	await resetDb(handle);
	const make = (email: string, role: 'clinician' | 'admin') =>
		staff.create(handle.db, { email, name: email, role, password: PASSWORD });
	ids = {
		doc: await make('doc@clinic.test', 'clinician'),
		colleague: await make('colleague@clinic.test', 'clinician')
	};
	await make('admin@clinic.test', 'admin');
});

describe('roles through better-auth', () => {
	it('lets an admin set a role through the handler (so the requests below are well formed)', async () => {
		const cookie = await cookieFor('admin@clinic.test');
		const response = await call('/admin/set-role', 'POST', cookie, {
			userId: ids.colleague,
			role: 'admin'
		});
		expect(response.status).toBe(200);
		expect((await roles())['colleague@clinic.test']).toBe('admin');
	});

	it('refuses a clinician on every endpoint, whatever the request carries', async () => {
		const endpoints = Object.entries(auth.api)
			.map(([name, e]) => ({ name, ...(e as { path?: string; options?: { method?: unknown } }) }))
			.filter((e) => typeof e.path === 'string');
		expect(endpoints.map((e) => e.path)).toEqual(
			expect.arrayContaining(['/admin/set-role', '/admin/update-user', '/update-user'])
		);
		const before = await roles();
		// better-auth logs each refusal ("… isn't enabled"): expected here, so kept out of the output.
		const quiet = [vi.spyOn(console, 'error'), vi.spyOn(console, 'warn')];
		for (const spy of quiet) spy.mockImplementation(() => {});
		let cookie = await cookieFor('doc@clinic.test');
		try {
			for (const endpoint of endpoints) {
				const method = endpoint.options?.method;
				for (const m of (Array.isArray(method) ? method : [method ?? 'POST']) as string[]) {
					for (const userId of [ids.doc, ids.colleague]) {
						await call(endpoint.path!, m, cookie, {
							userId,
							role: 'admin',
							data: { role: 'admin' },
							name: 'Escalated',
							email: 'new-admin@clinic.test',
							password: PASSWORD,
							currentPassword: PASSWORD
						});
						expect(await roles(), `${m} ${endpoint.path}`).toEqual(before);
						// Some endpoints turn on two-factor or end the session: carry on signed in.
						if (!(await auth.api.getSession({ headers: new Headers({ cookie }) }))) {
							await handle.db.update(user).set({ twoFactorEnabled: false });
							await handle.db.delete(twoFactor);
							cookie = await cookieFor('doc@clinic.test');
						}
					}
				}
			}
		} finally {
			for (const spy of quiet) spy.mockRestore();
		}
	}, 120_000);

	it('refuses the server-side calls the same way', async () => {
		const headers = new Headers({ cookie: await cookieFor('doc@clinic.test') });
		await expect(
			auth.api.updateUser({ body: { role: 'admin' } as never, headers })
		).rejects.toThrow();
		await expect(
			auth.api.setRole({ body: { userId: ids.doc, role: 'admin' }, headers })
		).rejects.toThrow();
		await expect(
			auth.api.adminUpdateUser({ body: { userId: ids.doc, data: { role: 'admin' } }, headers })
		).rejects.toThrow();
		const [doc] = await handle.db.select().from(user).where(eq(user.id, ids.doc));
		expect(doc?.role).toBe('clinician');
	});
});
