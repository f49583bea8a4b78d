// Browser tests against the built app (`npm run build` first; `npm test` does it). Each worker has
// a server of its own, started by tests/e2e/server.ts on a fresh database (PostgreSQL when
// DATABASE_URL is set, otherwise a new embedded PGlite directory) with its own seeded staff,
// intakes and mailbox: tests in two workers never share sign-in throttles, two-factor codes or
// queue counts. Worker n (TEST_PARALLEL_INDEX, set by Playwright in each worker process, which
// loads this file too) talks to the server on E2E_PORT + n.
import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { chromiumArgs } from '../tests/e2e/browser-args';

const PORT = Number(process.env.E2E_PORT ?? 4173);
/**
 * A worker per core, at least two: each runs a browser and a server of its own, and a test spends
 * much of its time waiting on the other side. Measured on this 2-core machine (2026-12-08, the
 * whole suite): one worker 7.5 min, two 4.9 min, three 4.6 min.
 */
const WORKERS = Number(process.env.E2E_WORKERS ?? Math.max(2, availableParallelism()));
const origin = (slot: number) => `http://127.0.0.1:${PORT + slot}`;
const ORIGIN = origin(Number(process.env.TEST_PARALLEL_INDEX ?? 0));
const systemChromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
	testDir: '../tests/e2e',
	testMatch: '**/*.e2e.ts',
	outputDir: '../test-results',
	workers: WORKERS,
	retries: process.env.CI ? 1 : 0,
	reporter: process.env.CI
		? [['list'], ['html', { open: 'never', outputFolder: '../playwright-report' }]]
		: 'list',
	use: {
		baseURL: ORIGIN,
		// Recording a trace costs the browser and the runner about a third more CPU: only a retried
		// test records one (CI retries once); `--trace retain-on-failure` for a local run.
		trace: 'on-first-retry',
		launchOptions: {
			// Debian's Chromium when present (Playwright cannot download browsers on our machines);
			// elsewhere Playwright's own (tests/e2e/ensure-browser.ts checks for one first).
			...(existsSync(systemChromium) ? { executablePath: systemChromium } : {}),
			args: chromiumArgs()
		}
	},
	// One server, two browsers: every test with JavaScript on, then the tests tagged @no-js again
	// with JavaScript off (plain form posts and redirects; tests read the `javaScriptEnabled`
	// fixture). wizard-nojs.e2e.ts is about the JavaScript-off path only.
	projects: [
		{
			name: 'js',
			use: { ...devices['Desktop Chrome'] },
			testIgnore: '**/wizard-nojs.e2e.ts'
		},
		{
			name: 'no-js',
			use: { ...devices['Desktop Chrome'], javaScriptEnabled: false },
			grep: /@no-js/
		}
	],
	webServer: Array.from({ length: WORKERS }, (_, slot) => ({
		command: 'node_modules/.bin/tsx tests/e2e/server.ts',
		cwd: '..',
		url: `${origin(slot)}/login`,
		reuseExistingServer: false,
		timeout: 180_000,
		stdout: 'pipe' as const,
		gracefulShutdown: { signal: 'SIGTERM' as const, timeout: 10_000 },
		env: { E2E_PORT: String(PORT + slot), E2E_ORIGIN: origin(slot), E2E_SLOT: String(slot) }
	}))
});
