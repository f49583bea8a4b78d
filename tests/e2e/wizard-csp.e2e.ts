// The patient pages under the Content Security Policy of svelte.config.js (no 'unsafe-inline'):
// a whole intake with JavaScript on logs no console error, so no script, stylesheet or inline
// style was refused, and no page error. Covers the inlined stylesheets (nonce), the route
// announcer's style attribute (hash) and the lazily loaded validation chunk.
import type { ConsoleMessage } from '@playwright/test';
import { test, expect } from './fixtures';
import { completeIntake, expectPage, say } from './wizard-helpers';

test('a whole intake with JavaScript logs no CSP violation or other error', async ({ page }) => {
	const problems: string[] = [];
	page.on('console', (message: ConsoleMessage) => {
		if (message.type() === 'error' || /Content Security Policy/i.test(message.text())) {
			problems.push(`${page.url()}: ${message.text()}`);
		}
	});
	page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`));

	await completeIntake(page);
	await page.getByRole('button', { name: say('review_submit') }).click();
	await expectPage(page, 'done');
	// The route announcer is on the page and hidden by its (hash-allowed) inline style.
	await expect(page.locator('#svelte-announcer')).toHaveCSS('position', 'absolute');
	expect(problems).toEqual([]);
});
