import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { discoverEndpoints } from '../support/routes';
import { MATRIX, ROLES, matrixProblems, resolveOutcome } from '../e2e/route-matrix';

// The matrix must name every page, action and endpoint in src/routes; the browser test
// (tests/e2e/route-matrix.e2e.ts) then sends each one as every kind of visitor.
const endpoints = discoverEndpoints();

/** A throwaway routes folder, for the parser's own tests. */
function routesDir(files: Record<string, string>) {
	const root = mkdtempSync(join(tmpdir(), 'routes-'));
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), text);
	}
	return root;
}

describe('route discovery', () => {
	it('finds pages, named and default actions and endpoints', () => {
		const keys = endpoints.map((e) => e.key);
		expect(keys).toContain('GET /(public)');
		expect(keys).toContain('GET /(staff)/admin'); // a page with no server file
		expect(keys).toContain('GET /(staff)/clinic/intakes/[id]/print'); // +page@.svelte
		expect(keys).toContain('POST /(public)/intake/resume'); // default action
		expect(keys).toContain('POST /(staff)/clinic/intakes/[id]?/note');
		expect(keys).toContain('POST /(staff)/admin/export/download'); // +server.ts
		expect(keys).toContain('GET /fhir/Questionnaire/[version]');
		expect(keys).not.toContain('POST /(staff)/clinic'); // a page without actions
	});

	it('reads every way of declaring actions and methods, and refuses what it cannot read', () => {
		const root = routesDir({
			'a/+page.server.ts': `export const actions = { one: async () => {}, 'two': () => {}, three() {} } satisfies Actions;`,
			'b/+server.ts': `export const GET = () => new Response(); export async function POST() {}\nconst put = () => 1; export { put as PUT }; export const helper = 1;`,
			'c/+page.svelte': '<p>c</p>',
			'd/+page.server.ts': `export const load = () => ({});`
		});
		try {
			expect(discoverEndpoints(root).map((e) => e.key)).toEqual([
				'GET /a',
				'GET /b',
				'GET /c',
				'GET /d',
				'POST /a?/one',
				'POST /a?/three',
				'POST /a?/two',
				'POST /b',
				'PUT /b'
			]);
			writeFileSync(join(root, 'd/+page.server.ts'), 'export const actions = makeActions();');
			expect(() => discoverEndpoints(root)).toThrow(/as an object literal/);
			writeFileSync(join(root, 'd/+page.server.ts'), 'export const actions = { ...shared };');
			expect(() => discoverEndpoints(root)).toThrow(/plain keys/);
		} finally {
			rmSync(root, { recursive: true, force: true });
		}
	});
});

describe('the route × role matrix', () => {
	it('has a row for every route and action in src/routes, and none for routes that are gone', () => {
		expect(matrixProblems(endpoints.map((e) => e.key))).toEqual([]);
	});

	it('explains what to do when a route has no row', () => {
		const added = 'POST /(staff)/clinic/intakes/[id]?/someNewAction';
		const problems = matrixProblems([...Object.keys(MATRIX), added]);
		expect(problems).toEqual([
			`No expectation for "${added}": add a row to MATRIX in tests/e2e/route-matrix.ts saying what anonymous, disabled, clinician, adminWithout2fa, admin get.`
		]);
		const gone = Object.keys(MATRIX).filter((k) => k !== 'GET /(staff)/admin');
		expect(matrixProblems(gone)).toEqual([
			'MATRIX in tests/e2e/route-matrix.ts has a row for "GET /(staff)/admin", which is no longer in src/routes: remove or rename it.'
		]);
	});

	it.each(Object.entries(MATRIX))('%s: an outcome for every role', (_, row) => {
		expect(Object.keys(row.expect).sort()).toEqual([...ROLES].sort());
	});

	it('keeps the staff areas closed to signed-out visitors and /admin to admins with two-factor', () => {
		for (const [key, row] of Object.entries(MATRIX)) {
			const path = key.split(' ')[1]!.replace(/\/\([^)]+\)/g, '');
			if (/^\/(clinic|insights|staff|admin)(\/|$|\?)/.test(path)) {
				expect(row.expect.anonymous, key).toBe('sign-in');
				expect(row.expect.disabled, key).toBe('sign-in');
			}
			if (/^\/admin(\/|$|\?)/.test(path)) {
				expect(row.expect.clinician, key).toBe(403);
				expect(row.expect.adminWithout2fa, key).toBe('enrol');
			}
		}
	});

	it('turns outcomes into statuses and redirect targets', () => {
		expect(resolveOutcome('sign-in', 'GET', '/clinic?x=1')).toEqual({
			status: 303,
			location: '/login?next=%2Fclinic%3Fx%3D1'
		});
		expect(resolveOutcome('sign-in', 'POST', '/clinic')).toEqual({ status: 401 });
		expect(resolveOutcome('enrol', 'GET', '/admin')).toEqual({
			status: 303,
			location: '/staff/security'
		});
		expect(resolveOutcome('enrol', 'POST', '/admin')).toEqual({ status: 403 });
		expect(resolveOutcome('303 /intake/consent', 'GET', '/intake')).toEqual({
			status: 303,
			location: '/intake/consent'
		});
		expect(resolveOutcome(400, 'POST', '/login')).toEqual({ status: 400 });
	});
});
