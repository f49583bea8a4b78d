// First step of `npm test` and `npm run test:e2e`: is there a browser for the browser tests? Checks
// in well under a second, so a machine without one learns it at once rather than after the unit,
// integration and build steps. Uses CHROMIUM_PATH, else Debian's /usr/bin/chromium, else
// Playwright's own Chromium if installed (the same order as .config/playwright.config.ts).
// Plain TypeScript that Node runs as is: `node tests/e2e/ensure-browser.ts`.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const fromEnv = process.env.CHROMIUM_PATH;
const system = fromEnv ?? '/usr/bin/chromium';
let bundled = '';
try {
	bundled = chromium.executablePath();
} catch {
	// no Playwright browser registry entry: treated as not installed
}

if (!existsSync(system) && !(bundled && existsSync(bundled))) {
	console.error(
		[
			fromEnv
				? `No browser at CHROMIUM_PATH=${fromEnv}.`
				: 'No Chromium for the browser tests (looked at /usr/bin/chromium and Playwright’s own).',
			'Get one, then run the tests again:',
			'  Debian/Ubuntu:  sudo apt install chromium',
			'  elsewhere:      npx playwright install chromium',
			'  or point CHROMIUM_PATH at a Chromium or Chrome executable.',
			'(`npm run test:quick` runs the unit and integration tests without a browser.)'
		].join('\n')
	);
	process.exit(1);
}
