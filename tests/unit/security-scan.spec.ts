// The pure parts of `npm run security:scan` (tests/security): which targets sqlmap gets, and how
// the tools' outputs become findings.
import { STEP_IDS } from '$lib/intake/step-ids';
import { describe, expect, it } from 'vitest';
import { ALLOWLIST } from '../security/allowlist';
import { isAllowed, parseServerLog, parseSqlmap, parseWapiti } from '../security/findings';
import { injectionPoints, sqlmapTargets, type TargetContext } from '../security/targets';
import { discoverEndpoints, type Endpoint } from '../support/routes';

const ctx: TargetContext = {
	intakeId: '2123e831-e266-422d-b1ad-fe09d04fa14b',
	staffId: '0f4c1bb4-8e52-4d0e-9d0b-6f2a4e9b3c11',
	questionnaireVersion: '2026-11.1',
	detailFields: [['entries[0].frequency', 'as-needed']]
};

describe('sqlmap targets', () => {
	const endpoints = discoverEndpoints();
	const targets = sqlmapTargets(endpoints, ctx);

	it('covers every form action and endpoint in src/routes', () => {
		const covered = new Set(targets.map((t) => t.key));
		const wanted = endpoints.filter((e) => e.kind !== 'page').map((e) => e.key);
		expect(wanted.filter((k) => !covered.has(k))).toEqual([]);
		// Every wizard step is its own target, with the draft cookie after consent.
		const steps = targets.filter((t) => t.key === 'POST /(public)/intake/[step=step]');
		expect(steps.map((t) => t.path.split('?')[0]).sort()).toEqual(
			STEP_IDS.map((s) => `/intake/${s}`).sort()
		);
		expect(steps.filter((t) => t.as === 'anonymous').map((t) => t.path)).toEqual([
			expect.stringMatching(/^\/intake\/consent\?/)
		]);
	});

	it('fails, saying where, for an action with no sample', () => {
		const extra: Endpoint = {
			key: 'POST /(staff)/clinic/new',
			routeId: '/(staff)/clinic/new',
			method: 'POST',
			kind: 'action',
			action: 'default'
		};
		expect(() => sqlmapTargets([...endpoints, extra], ctx)).toThrow(
			/No sqlmap sample for "POST \/\(staff\)\/clinic\/new".*tests\/security\/targets\.ts/
		);
	});

	it('fails for a sample whose route is gone', () => {
		const gone = endpoints.filter((e) => e.key !== 'POST /(staff)/logout');
		expect(() => sqlmapTargets(gone, ctx)).toThrow(
			/no longer in src\/routes: POST \/\(staff\)\/logout/
		);
	});

	it('gives unique, stable slugs and puts the big forms last', () => {
		const slugs = targets.map((t) => t.slug);
		expect(new Set(slugs).size).toBe(slugs.length);
		expect(slugs.join(' ')).not.toContain(ctx.intakeId);
		expect(slugs).toContain('POST_clinic_intakes_id_note');
		const points = targets.map(injectionPoints);
		expect(points).toEqual([...points].sort((a, b) => a - b));
	});

	it('counts fields, query parameters, markers and extra places', () => {
		expect(
			injectionPoints({
				slug: 'x',
				key: 'k',
				method: 'POST',
				path: '/a/b*?/note&x=1',
				as: 'clinician',
				fields: [['body', 'x']],
				inject: ['cookie']
			})
		).toBe(4);
	});
});

describe('parseSqlmap', () => {
	it('reads a clean run', () => {
		const out =
			"[01:15:16] [WARNING] GET parameter 'next' does not seem to be injectable\n" +
			"[01:15:16] [CRITICAL] all tested parameters do not appear to be injectable. Try to increase values for '--level'/'--risk'";
		expect(parseSqlmap(out)).toEqual({ kind: 'clean' });
	});

	it('reads a confirmed injection and its parameters', () => {
		const out = [
			'sqlmap identified the following injection point(s) with a total of 52 HTTP(s) requests:',
			'---',
			'Parameter: q (GET)',
			'    Type: boolean-based blind',
			'---',
			'Parameter: q (GET)',
			'Parameter: email (POST)',
			'[CRITICAL] all tested parameters do not appear to be injectable'
		].join('\n');
		expect(parseSqlmap(out)).toEqual({
			kind: 'injectable',
			parameters: ['q (GET)', 'email (POST)']
		});
	});

	it('calls anything else incomplete, with the last critical message', () => {
		const out =
			"[CRITICAL] unable to connect to the target URL ('Connection refused'). sqlmap is going to retry\n" +
			"[CRITICAL] unable to connect to the target URL ('Connection refused')";
		expect(parseSqlmap(out)).toEqual({
			kind: 'incomplete',
			reason: "unable to connect to the target URL ('Connection refused')"
		});
		expect(parseSqlmap('[INFO] testing ').kind).toBe('incomplete');
	});
});

describe('parseWapiti', () => {
	it('lists vulnerabilities and anomalies, not additional information', () => {
		const report = {
			vulnerabilities: {
				'Cross Site Scripting': [
					{
						method: 'POST',
						path: '/intake/about',
						info: 'XSS vulnerability',
						parameter: 'firstName'
					}
				],
				'SQL Injection': []
			},
			anomalies: {
				'Internal Server Error': [
					{ method: 'GET', path: '/clinic', info: 'The server responded with a 500' }
				]
			},
			additionals: { Fingerprint: [{ method: 'GET', path: '/', info: 'SvelteKit' }] }
		};
		expect(parseWapiti(report, 'public')).toEqual([
			{
				tool: 'wapiti',
				module: 'Cross Site Scripting',
				where: 'POST /intake/about',
				detail: '[public] XSS vulnerability (parameter firstName)'
			},
			{
				tool: 'wapiti',
				module: 'Internal Server Error',
				where: 'GET /clinic',
				detail: '[public] The server responded with a 500'
			}
		]);
	});
});

describe('parseServerLog', () => {
	it('turns every logged 5xx and uncaught error into a finding, and nothing else', () => {
		const log = [
			'Listening on http://127.0.0.1:4321',
			'[auth warn] User not found',
			'[error 4aa8f48d] 500 route=/(staff)/login staff=- Error at Object.getClientAddress',
			'TypeError: Cannot read properties of undefined'
		].join('\n');
		expect(parseServerLog(log)).toEqual([
			{
				tool: 'server',
				module: '5xx',
				where: '/(staff)/login',
				detail: '[error 4aa8f48d] 500 route=/(staff)/login staff=- Error at Object.getClientAddress'
			},
			{
				tool: 'server',
				module: 'error-log',
				where: '-',
				detail: 'TypeError: Cannot read properties of undefined'
			}
		]);
	});
});

describe('the allowlist', () => {
	it('names a reason for each entry and matches only what it names', () => {
		for (const entry of ALLOWLIST) expect(entry.reason.length).toBeGreaterThan(40);
		const csrf = {
			tool: 'wapiti' as const,
			module: 'Cross Site Request Forgery',
			where: 'POST /intake/consent',
			detail: '[public] Lack of anti CSRF token'
		};
		expect(isAllowed(csrf, ALLOWLIST)).toBeDefined();
		expect(isAllowed({ ...csrf, module: 'Cross Site Scripting' }, ALLOWLIST)).toBeUndefined();
		const cookie = {
			tool: 'wapiti' as const,
			module: 'Secure Flag cookie',
			where: 'GET /',
			detail: '[public] Secure flag is not set in the cookie : ldn_resume'
		};
		expect(isAllowed(cookie, ALLOWLIST)).toBeDefined();
		expect(
			isAllowed({ ...cookie, detail: cookie.detail.replace('ldn_resume', 'other') }, ALLOWLIST)
		).toBeUndefined();
		expect(isAllowed({ ...cookie, tool: 'server' }, ALLOWLIST)).toBeUndefined();
	});
});
