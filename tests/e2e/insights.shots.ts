// Screenshots of /insights at laptop size, for people to look at (`npm run screenshots`, PNGs
// under test-results/insights-screens/). Not part of the test suite.
import { test, hydrated } from './fixtures';
import { signInAs } from './clinic-helpers';

test('insights at laptop size', async ({ page, state }) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await signInAs(page, state, 'admin', { next: '/insights' });
	await hydrated(page);
	await page.screenshot({ path: 'test-results/insights-screens/laptop-top.png' });
	await page.screenshot({ path: 'test-results/insights-screens/laptop-full.png', fullPage: true });
	await page
		.getByRole('region', { name: 'Sources', exact: true })
		.getByText('Show the numbers')
		.click();
	await page
		.getByRole('region', { name: 'Sources', exact: true })
		.screenshot({ path: 'test-results/insights-screens/laptop-sources-table.png' });
	await page.goto('/insights?from=2026-02-30');
	await page.screenshot({ path: 'test-results/insights-screens/laptop-errors.png' });
});
