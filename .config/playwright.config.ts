// Browser tests against the built app (`npm run build` first; `npm test` does it). The server is
// started by tests/e2e/server.ts on a fresh database: PostgreSQL when DATABASE_URL is set,
// otherwise a new embedded PGlite directory.
import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';

const PORT = Number(process.env.E2E_PORT ?? 4173);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const systemChromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
	testDir: '../tests/e2e',
	testMatch: '**/*.e2e.ts',
	outputDir: '../test-results',
	workers: 1,
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
	webServer: {
		command: 'node_modules/.bin/tsx tests/e2e/server.ts',
		cwd: '..',
		url: `${ORIGIN}/login`,
		reuseExistingServer: false,
		timeout: 120_000,
		stdout: 'pipe',
		gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
		env: { E2E_PORT: String(PORT), E2E_ORIGIN: ORIGIN }
	}
});
