// Simulated patients for the load benchmark: each does the wizard the way a browser without
// JavaScript does (form posts with an Origin header, following every 303 with a GET, carrying the
// resume cookie), from the landing page to the done page, then starts over as a new patient. A 503
// or a dropped connection is retried with backoff on the same cookie, so the draft must survive.
import { Agent, request } from 'node:http';
import { formFor } from './load-forms';

export interface LoadStats {
	latencies: number[];
	statuses: Map<number, number>;
	/** 503 pages with the plain outage message, Retry-After and no stack trace / others. */
	clear503: number;
	unclear503: number;
	networkErrors: number;
	retries: number;
	/** Flows that met an unexpected status or page (not 503), and flows that ran out of retries. */
	flowErrors: string[];
	gaveUp: number;
	acknowledged: { email: string; retried: boolean; sameDraft: boolean }[];
	/** When the first and last 503 or connection error happened (ms since the run started). */
	firstFault?: number;
	lastFault?: number;
	started: number;
}

/** Texts the patient checks for: the outage page's message and the done page's heading. */
export interface PageTexts {
	outage: string;
	done: string;
}

export const newStats = (): LoadStats => ({
	latencies: [],
	statuses: new Map(),
	clear503: 0,
	unclear503: 0,
	networkErrors: 0,
	retries: 0,
	flowErrors: [],
	gaveUp: 0,
	acknowledged: [],
	started: Date.now()
});

interface Reply {
	status: number;
	location: string | null;
	retryAfter: string | null;
	body: string;
}

export const MAX_RETRIES = 12;
const agent = new Agent({ keepAlive: true, maxSockets: Infinity });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const STACK = /\bat [^\s]+ \(?[^\s]*:\d+:\d+\)?|Failed query|node_modules/;

class Patient {
	private cookies = new Map<string, string>();
	retried = false;

	constructor(
		private origin: string,
		private ip: string,
		private stats: LoadStats,
		private texts: PageTexts
	) {}

	get draftToken() {
		return this.cookies.get('ldn_resume');
	}

	private once(method: string, path: string, body?: string): Promise<Reply> {
		const url = new URL(path, this.origin);
		const headers: Record<string, string> = {
			accept: 'text/html',
			'x-forwarded-for': this.ip,
			cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ')
		};
		if (body !== undefined) {
			headers.origin = this.origin;
			headers['content-type'] = 'application/x-www-form-urlencoded';
		}
		return new Promise((resolve, reject) => {
			const req = request(url, { method, headers, agent }, (res) => {
				for (const c of res.headers['set-cookie'] ?? []) {
					const [pair = '', ...attrs] = c.split(';');
					const [name = '', value = ''] = pair.split('=');
					const gone = value === '' || attrs.some((a) => /max-age=0\b/i.test(a.trim()));
					if (gone) this.cookies.delete(name.trim());
					else this.cookies.set(name.trim(), value);
				}
				let text = '';
				res.setEncoding('utf8');
				res.on('data', (chunk: string) => (text += chunk));
				res.on('end', () =>
					resolve({
						status: res.statusCode ?? 0,
						location: res.headers.location ?? null,
						retryAfter: (res.headers['retry-after'] as string | undefined) ?? null,
						body: text
					})
				);
				res.on('error', reject);
			});
			req.on('error', reject);
			req.end(body);
		});
	}

	/** One request, retried on 503 and on connection errors with backoff (same cookies). */
	async send(method: string, path: string, body?: string): Promise<Reply> {
		for (let attempt = 0; ; attempt++) {
			const t0 = performance.now();
			let reply: Reply | null = null;
			try {
				reply = await this.once(method, path, body);
				this.stats.latencies.push(performance.now() - t0);
				this.stats.statuses.set(reply.status, (this.stats.statuses.get(reply.status) ?? 0) + 1);
			} catch {
				this.stats.networkErrors++;
			}
			if (reply && reply.status !== 503) return reply;
			if (reply) this.check503(reply);
			const now = Date.now() - this.stats.started;
			this.stats.firstFault ??= now;
			this.stats.lastFault = now;
			if (attempt >= MAX_RETRIES) throw new Error(`gave up on ${method} ${path}`);
			this.retried = true;
			this.stats.retries++;
			await sleep(Math.min(4000, 100 * 2 ** attempt) * (0.5 + Math.random()));
		}
	}

	private check503(reply: Reply) {
		const clear =
			reply.body.includes(this.texts.outage) &&
			reply.retryAfter !== null &&
			!STACK.test(reply.body);
		if (clear) this.stats.clear503++;
		else this.stats.unclear503++;
	}

	/** GET a page of the wizard, expecting it to render. */
	async view(path: string): Promise<string> {
		const reply = await this.send('GET', path);
		if (reply.status !== 200) throw new Error(`GET ${path}: ${reply.status}`);
		return reply.body;
	}

	/** POST a form, expecting a 303; returns the path it leads to. */
	async post(path: string, body: string): Promise<string> {
		const reply = await this.send('POST', path, body);
		if (reply.status !== 303 || !reply.location) throw new Error(`POST ${path}: ${reply.status}`);
		return new URL(reply.location, this.origin).pathname;
	}
}

/** One patient from the landing page to the done page; records the acknowledged submission. */
export async function runPatient(
	origin: string,
	n: number,
	email: string,
	stats: LoadStats,
	texts: PageTexts
): Promise<void> {
	const ip = `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
	const patient = new Patient(origin, ip, stats, texts);
	const opioid = n % 10 === 0;
	try {
		await patient.view('/');
		let path = '/intake/consent';
		let html = await patient.view(path);
		// The draft's cookie token from the first step on: a retry that lost the draft would get a
		// new one. Sending the form clears the cookie (the done page has a pass of its own), so the
		// token is compared while it is there, not at the end.
		let token: string | undefined;
		let sameDraft = true;
		for (let steps = 0; path !== '/intake/done'; steps++) {
			if (steps > 10) throw new Error(`no end in sight at ${path}`);
			const page = path.replace('/intake/', '');
			path = await patient.post(path, formFor(page, html, { email, opioid }));
			const now = patient.draftToken;
			token ??= now;
			if (now !== undefined && now !== token) sameDraft = false;
			html = await patient.view(path);
		}
		if (!html.includes(texts.done)) throw new Error('the done page does not say "thank you"');
		stats.acknowledged.push({
			email,
			retried: patient.retried,
			sameDraft: token !== undefined && sameDraft
		});
	} catch (e) {
		const message = e instanceof Error ? e.message : String(e);
		if (message.startsWith('gave up')) stats.gaveUp++;
		else stats.flowErrors.push(message);
	}
}
