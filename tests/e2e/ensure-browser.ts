// Uses the system Chromium when there is one (CHROMIUM_PATH or Debian's /usr/bin/chromium);
// otherwise installs Playwright's own Chromium, so `npm test` works on any fresh machine.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const system = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(system)) {
	console.log(`No browser at ${system}: installing Playwright's Chromium.`);
	execFileSync('node_modules/.bin/playwright', ['install', 'chromium'], { stdio: 'inherit' });
}
