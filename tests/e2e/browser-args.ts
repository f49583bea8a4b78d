// Chromium's command line for the browser tests (.config/playwright.config.ts).
//
// Chromium 156 (Debian's) gives every new window, so every Playwright browser context, its
// address-bar popup as a hidden WebUI page in a renderer of its own
// (chrome://omnibox-popup.top-chrome/ and its "AI mode" twin). Headless tests never open that
// popup, yet building it cost more CPU than the page under test: measured on this 2-core machine
// (2026-12-08, six contexts each loading two wizard steps and typing three fields), Chromium used
// 11.3 s of CPU with the popup and 6.6 s without, and the run took 7.2 s instead of 5.5 s. Turning
// the WebUI popup features off removes it (the classic popup is used when one is needed).
//
// Chromium reads only the last `--disable-features=` it is given, and Playwright passes one of its
// own (features it must have off: paint holding, HTTPS upgrades, storage partitioning …), so ours
// must repeat Playwright's list. Playwright does not export it; we read it from its bundle. When
// that fails (a Playwright that moved it), we pass no list of ours at all, which keeps Playwright's
// defaults intact and only gives up the saving, and say so once.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** Chromium features our tests run without (see above). */
const OUR_DISABLED_FEATURES = [
	'WebUIOmniboxPopup',
	'WebUIOmniboxAimPopup',
	'WebUIOmniboxFullPopup',
	'OmniboxEverywhere',
	'WebUILocationBar'
];

/** The browser's switches that our machines need (STACK.md). */
const BASE_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];

/**
 * The features Playwright's own `--disable-features=` turns off, read from playwright-core's
 * source (`disabledFeatures = [ "A", // comment … ].filter(Boolean)` in chromiumSwitches);
 * undefined when it is not found in the expected shape.
 */
export function playwrightDisabledFeatures(source: string): string[] | undefined {
	const list = /\bdisabledFeatures = \[([\s\S]*?)\]\.filter\(Boolean\)/.exec(source)?.[1];
	if (!list) return undefined;
	const names = [...list.replace(/\/\/[^\n]*/g, '').matchAll(/"([A-Za-z0-9]+)"/g)].map(
		(m) => m[1]!
	);
	return names.length > 0 ? names : undefined;
}

function readPlaywrightSource(): string {
	const require = createRequire(import.meta.url);
	try {
		return readFileSync(require.resolve('playwright-core/lib/coreBundle'), 'utf8');
	} catch {
		return '';
	}
}

let warned = false;

/** Switches for `launchOptions.args`. */
export function chromiumArgs(source = readPlaywrightSource()): string[] {
	const theirs = playwrightDisabledFeatures(source);
	if (!theirs) {
		if (!warned && process.env.TEST_PARALLEL_INDEX === undefined)
			console.warn(
				"[e2e] Playwright's --disable-features list was not found in playwright-core: " +
					'Chromium keeps its WebUI address-bar popup (tests/e2e/browser-args.ts), slower only.'
			);
		warned = true;
		return BASE_ARGS;
	}
	const features = [...new Set([...theirs, ...OUR_DISABLED_FEATURES])];
	return [...BASE_ARGS, `--disable-features=${features.join(',')}`];
}
