// `npm run security:scan`: builds the app, starts it on loopback with PostgreSQL and demo data,
// attacks every form action and endpoint with sqlmap (level 3, risk 2) and the public and
// signed-in surfaces with wapiti, then fails on any finding, any 5xx or error in the app's log,
// or any scanner that did not finish. Reports go to reports/ (sqlmap/, wapiti/, server.log,
// summary.json). Needs Debian's sqlmap and wapiti (`apt-get install sqlmap wapiti`).
//
// Environment: DATABASE_URL (a PostgreSQL server; a fresh database is made beside it),
// SCAN_PORT (4321), SCAN_BUDGET_SECONDS (600: each tool's budget), SCAN_ONLY (a regular
// expression: only sqlmap targets and wapiti surfaces whose name matches), SCAN_TOOLS
// (`sqlmap,wapiti`), SCAN_REPORTS (`reports`), SCAN_SKIP_BUILD=1 (use the existing build/), SCAN_HOLD_SECONDS (keep the
// app up that long before scanning, its cookies in reports/cookies.json, to run a tool by hand).
import '../../src/lib/server/medicine-matcher';
import { STEP_IDS } from '../../src/lib/intake/step-ids';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createWriteStream, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';
import { todayIso } from '../../src/lib/intake';
import { QUESTIONNAIRE_VERSION } from '../../src/lib/intake/answers';
import { generatePassword } from '../../src/lib/server/auth/password';
import { openDb } from '../../src/lib/server/db/client';
import * as drafts from '../../src/lib/server/intakes/drafts';
import { submit } from '../../src/lib/server/intakes/submit';
import { seedIntakes } from '../../src/lib/server/seed/insert';
import * as staff from '../../src/lib/server/auth/accounts';
import { formFor } from '../bench/load-forms';
import { createFreshDatabase, dropDatabase } from '../support/databases';
import { discoverEndpoints } from '../support/routes';
import { enrolTotp, totpCode } from '../support/totp';
import { ALLOWLIST } from './allowlist';
import {
	isAllowed,
	parseServerLog,
	parseSqlmap,
	parseWapiti,
	type Finding,
	type SqlmapStatus,
	type WapitiReport
} from './findings';
import { formBody, sqlmapTargets, type Identity, type SqlmapTarget } from './targets';

const REPORTS = process.env.SCAN_REPORTS ?? 'reports';
const port = Number(process.env.SCAN_PORT ?? 4321);
const origin = `http://127.0.0.1:${port}`;
const budget = Number(process.env.SCAN_BUDGET_SECONDS ?? 600);
const only = process.env.SCAN_ONLY ? new RegExp(process.env.SCAN_ONLY) : null;
const tools = (process.env.SCAN_TOOLS ?? 'sqlmap,wapiti').split(',');
const baseUrl = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
/** sqlmap processes at once: the app answers in milliseconds, sqlmap's own work is the limit. */
const SQLMAP_JOBS = Number(process.env.SCAN_SQLMAP_JOBS ?? 2);
const WAPITI_MODULES = 'http_headers,csp,cookieflags,xss,permanentxss,sql,blindsql,csrf';

const started = Date.now();
const log = (msg: string) =>
	console.log(`[scan ${((Date.now() - started) / 1000).toFixed(0).padStart(4)}s] ${msg}`);

/** Runs a command, its output to `file`; killed (SIGTERM, then SIGKILL) after `seconds`. */
function run(cmd: string, args: string[], file: string, seconds: number) {
	return new Promise<{ code: number | null; timedOut: boolean; output: string }>((resolve) => {
		const out = createWriteStream(file);
		let output = '';
		const child: ChildProcess = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
		const take = (chunk: Buffer) => {
			output += chunk.toString();
			out.write(chunk);
		};
		child.stdout!.on('data', take);
		child.stderr!.on('data', take);
		let timedOut = false;
		const timer = setTimeout(() => {
			timedOut = true;
			child.kill('SIGTERM');
			setTimeout(() => child.kill('SIGKILL'), 5000).unref();
		}, seconds * 1000);
		child.on('exit', (code) => {
			clearTimeout(timer);
			out.end();
			resolve({ code, timedOut, output });
		});
	});
}

/** name=value of every Set-Cookie, merged into `jar`. */
function remember(jar: Map<string, string>, res: Response) {
	for (const c of res.headers.getSetCookie()) {
		const [pair] = c.split(';');
		const eq = pair!.indexOf('=');
		const name = pair!.slice(0, eq);
		const value = pair!.slice(eq + 1);
		if (value === '' || /max-age=0/i.test(c)) jar.delete(name);
		else jar.set(name, value);
	}
}
const cookieHeader = (jar: Map<string, string>) => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');

async function post(path: string, fields: [string, string][], jar: Map<string, string>) {
	const res = await fetch(origin + path, {
		method: 'POST',
		redirect: 'manual',
		headers: {
			origin,
			accept: 'text/html',
			'x-forwarded-for': '127.0.0.1',
			'content-type': 'application/x-www-form-urlencoded',
			cookie: cookieHeader(jar)
		},
		body: formBody(fields)
	});
	remember(jar, res);
	return res;
}

async function signIn(who: { email: string; password: string; totpSecret?: string }) {
	const jar = new Map<string, string>();
	let res = await post(
		'/login',
		[
			['email', who.email],
			['password', who.password]
		],
		jar
	);
	if (who.totpSecret) {
		const next = res.headers.get('location') ?? '';
		if (!next.startsWith('/login/two-factor'))
			throw new Error(`sign-in: expected two-factor, got ${res.status} ${next}`);
		res = await post(next, [['code', await totpCode(who.totpSecret)]], jar);
	}
	if (res.status !== 303 || !jar.has('better-auth.session_token')) {
		throw new Error(`sign-in as ${who.email} failed: ${res.status}`);
	}
	return jar;
}

/**
 * A patient's draft with every step answered (an opioid, so medicine details is a step too) and
 * not yet submitted: each step then accepts a post, rather than sending it back to the first
 * step not done. Returns the draft cookie and the medicine-details fields the page rendered.
 */
async function walkWizard() {
	const jar = new Map<string, string>();
	let detailFields: [string, string][] = [];
	for (const page of WIZARD_PAGES) {
		const html = await (
			await fetch(`${origin}/intake/${page}`, {
				headers: { cookie: cookieHeader(jar), 'x-forwarded-for': '127.0.0.1' }
			})
		).text();
		const body = formFor(page, html, { email: 'scan.patient@example.com', opioid: true });
		const fields = [...new URLSearchParams(body)];
		if (page === 'medication-details') detailFields = fields;
		const res = await post(`/intake/${page}`, fields, jar);
		if (res.status !== 303) throw new Error(`wizard step ${page}: ${res.status}, expected 303`);
	}
	if (!jar.size) throw new Error('the wizard set no draft cookie');
	return { jar, detailFields };
}
const WIZARD_PAGES = STEP_IDS;

async function waitForServer(server: ChildProcess) {
	for (let i = 0; i < 120; i++) {
		if (server.exitCode !== null)
			throw new Error('the app exited during start-up: see reports/server.log');
		try {
			if ((await fetch(origin + '/')).ok) return;
		} catch {
			/* not listening yet */
		}
		await new Promise((r) => setTimeout(r, 500));
	}
	throw new Error('the app did not answer within 60 s');
}

const cookieNames = (header: string) =>
	header
		.split('; ')
		.filter(Boolean)
		.map((c) => c.slice(0, c.indexOf('=')));

async function runSqlmap(targets: SqlmapTarget[], cookies: Record<Identity, string>) {
	const dir = join(REPORTS, 'sqlmap');
	mkdirSync(dir, { recursive: true });
	const results: { slug: string; seconds: number; status: SqlmapStatus }[] = [];
	const deadline = Date.now() + budget * 1000;
	let next = 0;
	const worker = async () => {
		while (next < targets.length) {
			const t = targets[next++]!;
			results.push(await scanOne(t, deadline, targets.length - next + 1));
		}
	};
	await Promise.all(Array.from({ length: SQLMAP_JOBS }, worker));
	return results.sort((x, y) => x.slug.localeCompare(y.slug));

	async function scanOne(t: SqlmapTarget, deadline: number, left: number) {
		// The budget left, shared by the targets left: a quick target leaves more for later ones.
		const remaining = (deadline - Date.now()) / 1000;
		const seconds = Math.max(5, Math.min(remaining, (remaining * SQLMAP_JOBS) / left));
		const args = [
			'-u',
			origin + t.path,
			'--batch',
			'--level=3',
			'--risk=2',
			// The app runs on PostgreSQL only: payloads for other databases would spend the budget
			// on requests that cannot succeed. Every technique (BEUSTQ) stays on.
			'--dbms=PostgreSQL',
			// A random client address per request, as seen through the proxy header the app trusts
			// here, so the per-address throttles (sign-in, drafts, resume) do not answer payloads
			// with 429 instead of running them.
			'--tamper=xforwardedfor',
			// Form actions are posted as `use:enhance` posts them: SvelteKit runs the same action and
			// answers with its result as JSON instead of rendering the whole page again, which on the
			// intake detail page would take most of the budget. The pages' own loads are attacked
			// through their GET targets.
			`--headers=Origin: ${origin}\nAccept: ${t.method === 'POST' ? 'application/json' : 'text/html'}\nX-Forwarded-For: 127.0.0.1`,
			'--disable-coloring',
			'--flush-session',
			`--output-dir=${join(dir, t.slug)}`,
			'--timeout=10',
			'--retries=1',
			// Loopback answers in milliseconds: a 2 s delay is unmistakable and keeps time-based
			// tests within the budget.
			'--time-sec=2',
			// An accepted post is answered 303: compare that answer itself. Following it would render
			// the next page (for notes, a detail page that grows with every payload accepted) and
			// spend the budget there; SQL errors surface as 5xx, delays as delays.
			'--ignore-redirects'
		];
		if (t.json) {
			args.push(
				`--data=${JSON.stringify(t.json)}`,
				'--method=POST',
				'--headers=Content-Type: application/json'
			);
		} else if (t.method === 'POST') {
			args.push(`--data=${formBody(t.fields ?? [])}`, '--method=POST');
		}
		if (cookies[t.as]) args.push(`--cookie=${cookies[t.as]}`);
		const skip = [
			...(['user-agent', 'referer'] as const).filter((h) => !t.inject?.includes(h)),
			...(t.inject?.includes('cookie') ? [] : cookieNames(cookies[t.as]))
		];
		if (skip.length) args.push(`--skip=${skip.join(',')}`);
		const t0 = Date.now();
		const { output, timedOut, code } = await run(
			'sqlmap',
			args,
			join(dir, `${t.slug}.txt`),
			seconds
		);
		let status = parseSqlmap(output);
		if (status.kind === 'incomplete' && timedOut) {
			status = { kind: 'incomplete', reason: `time budget of ${seconds.toFixed(0)} s ran out` };
		} else if (status.kind === 'incomplete' && code !== 0) {
			status = { kind: 'incomplete', reason: `${status.reason} (exit ${code})` };
		}
		const took = (Date.now() - t0) / 1000;
		log(
			`sqlmap ${t.slug}: ${status.kind}${status.kind === 'incomplete' ? ` (${status.reason})` : ''} in ${took.toFixed(0)} s`
		);
		return { slug: t.slug, seconds: took, status };
	}
}

/**
 * Debian's wapiti 3.0.4 on Python 3.11 crashes on any `-x` exclusion: it compiles
 * `<pattern>\\Z(?ms)`, and Python 3.11 refuses global flags after the start (fixed upstream by
 * putting them first). This runs wapiti with that one function corrected and nothing else changed.
 */
const WAPITI_SHIM = `
import re, sys
import wapitiCore.net.crawler as crawler
from wapitiCore.main.wapiti import wapiti_main
def wildcard_translate(pattern):
    return re.compile('(?ms)' + '.*'.join(re.escape(part) for part in pattern.split('*')) + r'\\Z')
crawler.wildcard_translate = wildcard_translate
sys.exit(wapiti_main())
`;

/** The interpreter wapiti is installed for (its script's `#!`), not whichever python3 is first. */
function wapitiPython() {
	const script = spawnSync('sh', ['-c', 'command -v wapiti']).stdout.toString().trim();
	const shebang = /^#!\s*(\S+)/.exec(readFileSync(script, 'utf8'))?.[1];
	if (!shebang) throw new Error(`cannot tell which Python runs ${script}`);
	return shebang;
}

interface Surface {
	name: string;
	start: string;
	as: Identity;
	exclude: string[];
}

async function runWapiti(surfaces: Surface[], cookies: Record<Identity, string>) {
	const dir = join(REPORTS, 'wapiti');
	mkdirSync(dir, { recursive: true });
	const results: {
		surface: string;
		seconds: number;
		report: WapitiReport | null;
		error?: string;
	}[] = [];
	const deadline = Date.now() + budget * 1000;
	for (const [i, s] of surfaces.entries()) {
		// As for sqlmap: the time left, shared by the surfaces left (the public one is small).
		const seconds = Math.max(30, (deadline - Date.now()) / 1000 / (surfaces.length - i));
		// wapiti 3.0.4 bounds the crawl (--max-scan-time) and each attack module
		// (--max-attack-time) separately, not the whole run.
		const crawl = Math.floor(seconds * 0.15);
		const perModule = Math.floor((seconds - crawl) / WAPITI_MODULES.split(',').length);
		const cookieFile = join(dir, `${s.name}.cookies.json`);
		const jar: Record<string, object> = {};
		for (const part of cookies[s.as].split('; ').filter(Boolean)) {
			const eq = part.indexOf('=');
			jar[part.slice(0, eq)] = {
				value: part.slice(eq + 1),
				expires: null,
				secure: false,
				port: null,
				version: 0
			};
		}
		writeFileSync(cookieFile, JSON.stringify({ '127.0.0.1': { '/': jar } }), { mode: 0o600 });
		const reportFile = join(dir, `${s.name}.json`);
		rmSync(reportFile, { force: true });
		const args = [
			'-u',
			`${origin}/`,
			'--scope',
			'domain',
			'-s',
			origin + s.start,
			'-m',
			WAPITI_MODULES,
			'-c',
			cookieFile,
			'-H',
			`Origin: ${origin}`,
			'-H',
			'X-Forwarded-For: 127.0.0.1',
			'--flush-session',
			'--store-session',
			join(dir, `${s.name}.session`),
			'--store-config',
			join(dir, `${s.name}.config`),
			'--max-scan-time',
			String(crawl),
			'--max-attack-time',
			String(perModule),
			'--timeout',
			'10',
			'--no-bugreport',
			'-v',
			'1',
			'-f',
			'json',
			'-o',
			reportFile,
			...s.exclude.flatMap((x) => ['-x', origin + x])
		];
		const t0 = Date.now();
		const { code, timedOut } = await run(
			wapitiPython(),
			['-c', WAPITI_SHIM, ...args],
			join(dir, `${s.name}.log`),
			seconds + 60
		);
		const took = (Date.now() - t0) / 1000;
		let report: WapitiReport | null = null;
		let error: string | undefined;
		if (existsSync(reportFile))
			report = JSON.parse(readFileSync(reportFile, 'utf8')) as WapitiReport;
		else error = timedOut ? 'killed after its time budget, no report' : `exit ${code}, no report`;
		if (!error && code !== 0) error = `exit ${code}`;
		results.push({ surface: s.name, seconds: took, report, error });
		log(`wapiti ${s.name}: ${error ?? 'done'} in ${took.toFixed(0)} s`);
	}
	return results;
}

/**
 * The reason the CSRF allowlist entry gives, checked: the same form posted with another site's
 * Origin must be refused with 403 by SvelteKit before any action runs.
 */
async function verifyCsrf(f: Finding, cookies: Record<Identity, string>): Promise<boolean> {
	const path = f.where.replace(/^POST /, '');
	for (const cookie of Object.values(cookies)) {
		const res = await fetch(origin + path, {
			method: 'POST',
			redirect: 'manual',
			headers: {
				origin: 'http://evil.example',
				'x-forwarded-for': '127.0.0.1',
				'content-type': 'application/x-www-form-urlencoded',
				cookie
			},
			body: 'x=1'
		});
		if (res.status !== 403) return false;
	}
	return true;
}

async function main() {
	rmSync(REPORTS, { recursive: true, force: true });
	mkdirSync(REPORTS, { recursive: true });
	for (const tool of tools) {
		if (spawnSync(tool, ['--version']).error)
			throw new Error(`${tool} is not installed: apt-get install sqlmap wapiti`);
	}
	if (process.env.SCAN_SKIP_BUILD !== '1') {
		log('npm run build');
		const b = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
		if (b.status !== 0) throw new Error('npm run build failed');
	}
	if (!existsSync('build/index.js')) throw new Error('no build/: run npm run build');

	const busy = await fetch(origin + '/').then(
		() => true,
		() => false
	);
	if (busy) throw new Error(`something already answers on ${origin}: set SCAN_PORT`);
	const url = await createFreshDatabase(baseUrl, process.env.SCAN_DB_PREFIX ?? 'ldn_scan');
	let server: ChildProcess | undefined;
	let stopping = false;
	// A mail relay that takes every message and keeps none: with SMTP on, the forms that email
	// (set-password links, resume links, requests for more details) run their whole path.
	const relay = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS'],
		onData(stream, _session, callback) {
			stream.resume();
			stream.on('end', () => callback());
		}
	});
	await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
	const relayPort = (relay.server.address() as { port: number }).port;
	cleanUp = async () => {
		if (stopping) return;
		stopping = true;
		if (server && server.exitCode === null) {
			server.kill('SIGTERM');
			await new Promise((r) => server!.once('exit', r));
		}
		await new Promise<void>((resolve) => relay.close(() => resolve()));
		await dropDatabase(url);
	};
	try {
		log(`seeding ${new URL(url).pathname.slice(1)}`);
		const handle = await openDb({ url, migrationsDir: 'migrations' });
		await handle.migrate();
		const authSecret = generatePassword() + generatePassword();
		const who = (key: string) => ({ email: `${key}@scan.test`, password: generatePassword() });
		const clinician: { email: string; password: string; totpSecret?: string } = who('clinician');
		const admin: { email: string; password: string; totpSecret?: string } = who('admin');
		const target = who('target');
		await staff.create(handle.db, { ...clinician, name: 'Scan Clinician', role: 'clinician' });
		await staff.create(handle.db, { ...admin, name: 'Scan Admin', role: 'admin' });
		const staffId = await staff.create(handle.db, {
			...target,
			name: 'Scan Target',
			role: 'clinician'
		});
		admin.totpSecret = await enrolTotp(handle.db, { secret: authSecret, baseURL: origin }, admin);
		// Every staff role needs two-step before patient data (issue 14).
		clinician.totpSecret = await enrolTotp(
			handle.db,
			{ secret: authSecret, baseURL: origin },
			clinician
		);
		// A few: enough for every queue filter to match something, few enough that the queue renders fast.
		await seedIntakes(handle.db, { count: 8, seed: 7, batchSize: 8 });
		const answers = JSON.parse(
			readFileSync('docs/examples/clean-fibromyalgia.json', 'utf8')
		) as Record<string, unknown>;
		const { id: intakeId } = await drafts.start(handle.db, {
			questionnaireVersion: QUESTIONNAIRE_VERSION,
			locale: 'en',
			consent: {
				version: 'scan',
				textHash: 'scan',
				locale: 'en',
				contactConsent: 'yes',
				textConsent: 'yes'
			},
			answers,
			origin: { source: 'scan' }
		});
		const outcome = await submit(handle.db, intakeId, {
			today: todayIso(),
			serviceStates: ['TX', 'FL']
		});
		if (outcome.kind !== 'submitted') throw new Error(`seed intake not submitted: ${outcome.kind}`);
		await handle.close();

		const serverLog = createWriteStream(join(REPORTS, 'server.log'));
		let serverOutput = '';
		server = spawn(process.execPath, ['build'], {
			stdio: ['ignore', 'pipe', 'pipe'],
			env: {
				...process.env,
				DATABASE_URL: url,
				HOST: '127.0.0.1',
				PORT: String(port),
				ORIGIN: origin,
				PRIVACY_NOTICE_URL: `${origin}/notice-of-privacy-practices`,
				BETTER_AUTH_SECRET: authSecret,
				BODY_SIZE_LIMIT: '64K',
				// sqlmap posts thousands of times to one draft's steps: test the parser, not the limit.
				STEP_POSTS_PER_HOUR_DRAFT: '1000000',
				// As behind a proxy: sqlmap sends a random X-Forwarded-For (see runSqlmap).
				ADDRESS_HEADER: 'x-forwarded-for',
				XFF_DEPTH: '1',
				SMTP_URL: `smtp://127.0.0.1:${relayPort}`,
				SMTP_FROM: 'LDN intake <intake@scan.test>'
			}
		});
		const copy = (chunk: Buffer) => {
			serverOutput += chunk.toString();
			serverLog.write(chunk);
		};
		server.stdout!.on('data', copy);
		server.stderr!.on('data', copy);
		server.on('exit', (code, signal) => {
			if (!stopping) log(`THE APP EXITED during the scan (code ${code}, signal ${signal})`);
		});
		await waitForServer(server);
		log(`app on ${origin}`);

		const { jar: patient, detailFields } = await walkWizard();
		const cookies: Record<Identity, string> = {
			anonymous: '',
			patient: cookieHeader(patient),
			clinician: cookieHeader(await signIn(clinician)),
			admin: cookieHeader(await signIn(admin))
		};
		const logStart = serverOutput.length;
		if (process.env.SCAN_HOLD_SECONDS) {
			// For working on the scan itself: the app and the cookies, for running a tool by hand.
			writeFileSync(join(REPORTS, 'cookies.json'), JSON.stringify({ intakeId, staffId, cookies }), {
				mode: 0o600
			});
			log(`holding the app for ${process.env.SCAN_HOLD_SECONDS} s (reports/cookies.json)`);
			await new Promise((r) => setTimeout(r, Number(process.env.SCAN_HOLD_SECONDS) * 1000));
		}

		const findings: Finding[] = [];
		const failures: string[] = [];
		const summary: Record<string, unknown> = { origin, budgetSecondsPerTool: budget };

		if (tools.includes('sqlmap')) {
			const targets = sqlmapTargets(discoverEndpoints(), {
				intakeId,
				staffId,
				detailFields,
				questionnaireVersion: QUESTIONNAIRE_VERSION
			}).filter((t) => !only || only.test(t.slug));
			log(`sqlmap: ${targets.length} targets, ${budget} s in all`);
			const results = await runSqlmap(targets, cookies);
			for (const r of results) {
				if (r.status.kind === 'injectable') {
					findings.push({
						tool: 'sqlmap',
						module: 'sqli',
						where: r.slug,
						detail: r.status.parameters.join('; ')
					});
				} else if (r.status.kind === 'incomplete')
					failures.push(`sqlmap ${r.slug}: ${r.status.reason}`);
			}
			summary.sqlmap = results;
		}

		if (tools.includes('wapiti')) {
			// /logout would sign the scanner out; the staff surfaces leave the patient pages to the
			// public one.
			const surfaces: Surface[] = [
				{ name: 'public', start: '/', as: 'anonymous', exclude: ['/logout*'] },
				{ name: 'clinician', start: '/clinic', as: 'clinician', exclude: ['/logout*', '/intake*'] },
				{ name: 'admin', start: '/admin', as: 'admin', exclude: ['/logout*', '/intake*'] }
			].filter((s) => !only || only.test(s.name)) as Surface[];
			const results = await runWapiti(surfaces, cookies);
			for (const r of results) {
				if (r.error) failures.push(`wapiti ${r.surface}: ${r.error}`);
				if (r.report) findings.push(...parseWapiti(r.report, r.surface));
			}
			summary.wapiti = results.map(({ report, ...r }) => ({
				...r,
				vulnerabilities: Object.fromEntries(
					Object.entries(report?.vulnerabilities ?? {}).map(([k, v]) => [k, v.length])
				),
				anomalies: Object.fromEntries(
					Object.entries(report?.anomalies ?? {}).map(([k, v]) => [k, v.length])
				)
			}));
		}

		findings.push(...parseServerLog(serverOutput.slice(logStart)));

		const allowed: (Finding & { reason: string })[] = [];
		const open: Finding[] = [];
		for (const f of findings) {
			const entry = isAllowed(f, ALLOWLIST);
			const holds =
				entry && (entry.module !== 'Cross Site Request Forgery' || (await verifyCsrf(f, cookies)));
			if (entry && holds) allowed.push({ ...f, reason: entry.reason });
			else open.push(f);
		}
		// The same form is reported once per surface: count each place once.
		const dedupe = (list: Finding[]) => [
			...new Map(list.map((f) => [`${f.tool}|${f.module}|${f.where}|${f.detail}`, f])).values()
		];
		Object.assign(summary, {
			seconds: Math.round((Date.now() - started) / 1000),
			findings: dedupe(open),
			failures,
			allowed: dedupe(allowed)
		});
		writeFileSync(join(REPORTS, 'summary.json'), JSON.stringify(summary, null, '\t'));

		for (const f of dedupe(open))
			console.log(`FINDING ${f.tool} ${f.module} ${f.where}: ${f.detail}`);
		for (const f of failures) console.log(`INCOMPLETE ${f}`);
		log(
			`${dedupe(open).length} findings, ${failures.length} incomplete, ${dedupe(allowed).length} allowed (reports/summary.json)`
		);
		return open.length || failures.length ? 1 : 0;
	} finally {
		await cleanUp();
	}
}

/** Stops the app and drops the database: at the end, on an error, and on Ctrl-C. */
let cleanUp = async () => {};

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
	process.once(signal, () => void cleanUp().finally(() => process.exit(130)));
}

main().then(
	(code) => process.exit(code),
	(err: unknown) => {
		console.error(err);
		process.exit(1);
	}
);
