// Browser tests against the built app (`npm run build` first; `npm test` does it). Each worker has
// a server of its own, started by tests/e2e/server.ts on a fresh database (PostgreSQL when
// DATABASE_URL is set, otherwise a new embedded PGlite directory) with its own seeded staff,
// intakes and mailbox: tests in two workers never share sign-in throttles, two-factor codes or
// queue counts. Worker n (TEST_PARALLEL_INDEX, set by Playwright in each worker process, which
// loads this file too) talks to the server on E2E_PORT + n.
import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';

const PORT = Number(process.env.E2E_PORT ?? 4173);
/**
 * A worker per two cores: each runs a browser and a server of its own. On a 2-core machine two
 * workers took as long as one (about 16 min, measured 2026-12-07): they share the cores.
 */
const WORKERS = Number(
	process.env.E2E_WORKERS ?? Math.max(1, Math.floor(availableParallelism() / 2))
);
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
		trace: 'retain-on-failure',
		launchOptions: {
			// Debian's Chromium when present (Playwright cannot download browsers on our machines);
			// elsewhere Playwright's own (tests/e2e/ensure-browser.ts checks for one first).
			...(existsSync(systemChromium) ? { executablePath: systemChromium } : {}),
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run'
			]
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
