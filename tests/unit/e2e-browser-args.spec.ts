// The browser tests' Chromium switches (tests/e2e/browser-args.ts): our features are added to
// Playwright's own --disable-features list, never put in its place.
import { describe, expect, it } from 'vitest';
import { chromiumArgs, playwrightDisabledFeatures } from '../e2e/browser-args';

const SAMPLE = `
    disabledFeatures = [
      // See https://github.com/microsoft/playwright/issues/14047
      "AvoidUnnecessaryBeforeUnloadCheckSync",
      // Hides the Lens feature. "NotAFeature" in a comment is not read
      "LensOverlay",
      process.env.X ? "Maybe" : "",
      "PaintHolding"
    ].filter(Boolean);
    enabledFeatures = () => ["CDPScreenshotNewSurface"].filter(Boolean);`;

describe('Chromium switches for the browser tests', () => {
	it("reads Playwright's list, comments left out", () => {
		expect(playwrightDisabledFeatures(SAMPLE)).toEqual([
			'AvoidUnnecessaryBeforeUnloadCheckSync',
			'LensOverlay',
			'Maybe',
			'PaintHolding'
		]);
		expect(playwrightDisabledFeatures('no such list')).toBeUndefined();
	});

	it('passes one --disable-features with theirs first, then the WebUI address-bar popup', () => {
		const args = chromiumArgs(SAMPLE);
		const lists = args.filter((a) => a.startsWith('--disable-features='));
		expect(lists).toHaveLength(1);
		const features = lists[0]!.slice('--disable-features='.length).split(',');
		expect(features.slice(0, 4)).toEqual([
			'AvoidUnnecessaryBeforeUnloadCheckSync',
			'LensOverlay',
			'Maybe',
			'PaintHolding'
		]);
		expect(features).toContain('WebUIOmniboxPopup');
		expect(args).toContain('--no-sandbox');
	});

	it("without Playwright's list, passes none of its own (Playwright's stays in force)", () => {
		expect(chromiumArgs('').some((a) => a.startsWith('--disable-features='))).toBe(false);
	});

	it('finds the list in the installed Playwright (if this fails, Playwright moved it)', () => {
		expect(chromiumArgs().find((a) => a.startsWith('--disable-features='))).toMatch(
			/PaintHolding.*WebUIOmniboxPopup/
		);
	});
});
