// Turns what the scanners and the app wrote into one list of findings. Pure functions, so that
// tests/unit/security-scan.spec.ts can check them on recorded outputs.

export interface Finding {
	tool: 'sqlmap' | 'wapiti' | 'server';
	/** sqlmap: the target slug; wapiti: the module's category; server: `5xx` or `error-log`. */
	module: string;
	/** Method and path where it was found. */
	where: string;
	detail: string;
}

export type SqlmapStatus =
	| { kind: 'clean' }
	| { kind: 'injectable'; parameters: string[] }
	| { kind: 'incomplete'; reason: string };

/**
 * Reads sqlmap's console output for one target. sqlmap ends a clean run with "all tested
 * parameters do not appear to be injectable"; an injection it confirmed is listed under
 * "sqlmap identified the following injection point(s)" as `Parameter: NAME (PLACE)`.
 */
export function parseSqlmap(output: string): SqlmapStatus {
	if (/identified the following injection point/i.test(output)) {
		const parameters = [...output.matchAll(/^Parameter: (.+)$/gm)].map((m) => m[1]!.trim());
		return { kind: 'injectable', parameters: [...new Set(parameters)] };
	}
	// "[CRITICAL] all tested parameters do not appear to be injectable. Try to increase …"
	if (/all tested parameters do not appear to be injectable/i.test(output))
		return { kind: 'clean' };
	const critical = [...output.matchAll(/\[CRITICAL\] (.+)$/gm)].map((m) => m[1]!.trim());
	return {
		kind: 'incomplete',
		reason: critical.at(-1) ?? 'sqlmap stopped before it finished (time budget or crash)'
	};
}

interface WapitiEntry {
	method?: string;
	path?: string;
	info?: string;
	parameter?: string;
	module?: string;
	level?: number;
}

export interface WapitiReport {
	vulnerabilities?: Record<string, WapitiEntry[]>;
	anomalies?: Record<string, WapitiEntry[]>;
}

/** Every vulnerability and anomaly of a wapiti JSON report (anomalies include its 500s). */
export function parseWapiti(report: WapitiReport, surface: string): Finding[] {
	const out: Finding[] = [];
	for (const section of [report.vulnerabilities, report.anomalies]) {
		for (const [category, entries] of Object.entries(section ?? {})) {
			for (const e of entries) {
				out.push({
					tool: 'wapiti',
					module: category,
					where: `${e.method ?? 'GET'} ${e.path ?? '?'}`,
					detail: `[${surface}] ${e.info ?? ''}${e.parameter ? ` (parameter ${e.parameter})` : ''}`
				});
			}
		}
	}
	return out;
}

/**
 * The app's own log during the scan: hooks.server.ts logs every 5xx as `[error <id>] <status> …`,
 * and anything else on stderr that looks like an uncaught failure. Junk input must never be a 500.
 */
export function parseServerLog(log: string): Finding[] {
	const out: Finding[] = [];
	for (const line of log.split('\n')) {
		const error = /^\[error [^\]]+\] (\d{3}) route=(\S+)/.exec(line);
		if (error) {
			out.push({ tool: 'server', module: '5xx', where: error[2]!, detail: line.trim() });
		} else if (/\b(Unhandled|uncaught|TypeError|ReferenceError|RangeError)\b/.test(line)) {
			out.push({ tool: 'server', module: 'error-log', where: '-', detail: line.trim() });
		}
	}
	return out;
}

export interface AllowEntry {
	tool: Finding['tool'];
	module: string;
	/** Matched against `Finding.where`. */
	where: RegExp;
	/** Matched against `Finding.detail`. */
	detail: RegExp;
	/** Why this is not a vulnerability, in words a reviewer can check. */
	reason: string;
}

export function isAllowed(f: Finding, allow: readonly AllowEntry[]): AllowEntry | undefined {
	return allow.find(
		(a) =>
			a.tool === f.tool && a.module === f.module && a.where.test(f.where) && a.detail.test(f.detail)
	);
}
