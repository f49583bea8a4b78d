// Screenshots of the clinic pages at laptop and phone sizes, for people to look at
// (`npm run screenshots`, PNGs under test-results/clinic-screens/). Not part of the test suite.
import { test, hydrated } from './fixtures';
import { signInAs } from './clinic-helpers';

const sizes = [
	{ name: 'laptop', width: 1280, height: 800 },
	{ name: 'phone', width: 390, height: 844 }
];

for (const size of sizes) {
	test(`queue, detail and print at ${size.name} size`, async ({ page, state }) => {
		await page.setViewportSize(size);
		const shot = async (name: string, fullPage = false) => {
			await hydrated(page);
			await page.screenshot({
				path: `test-results/clinic-screens/${size.name}-${name}.png`,
				fullPage
			});
		};
		await signInAs(page, state, 'clinician');
		await shot('queue');
		await shot('queue-full', true);
		await page.goto('/clinic?q=nobody-at-all');
		await shot('queue-empty');
		await page.goto(`/clinic/intakes/${state.intakes!.oxycodone}`);
		await shot('detail');
		await shot('detail-full', true);
		// The decision panel with "Request more information" open and its errors shown.
		await page.goto(`/clinic/intakes/${state.intakes!.reopen[sizes.indexOf(size)]}`);
		const decision = page.locator('section[aria-labelledby="decision"]');
		await hydrated(page);
		await decision.getByRole('button', { name: 'Start review' }).click();
		await decision.getByText('Request more information…').click();
		await decision.getByRole('button', { name: 'Send the request' }).click();
		await page.getByText('Choose at least one part of the form').waitFor();
		await decision.scrollIntoViewIfNeeded();
		await shot('request-info');
		await page.goto('/staff/alerts');
		await shot('alerts');
		await page.goto(`/clinic/intakes/${state.intakes!.oxycodone}/print`);
		await shot('print');
		await page.emulateMedia({ media: 'print' });
		await shot('print-media-full', true);
		await page
			.pdf?.({ path: `test-results/clinic-screens/${size.name}-print.pdf` })
			.catch(() => {});
		// An admin's queue with saved views and two rows ticked (the bulk bar with Archive).
		await page.emulateMedia({ media: 'screen' });
		await page.context().clearCookies();
		await signInAs(page, state, 'admin', { next: '/clinic?state=TX&sort=priority' });
		await hydrated(page);
		for (const name of ['Texas, urgent first', 'Mine']) {
			await page.getByLabel('Save this view as').fill(name);
			await page.getByRole('button', { name: 'Save view' }).click();
			await page.getByRole('link', { name }).waitFor();
		}
		await page
			.getByRole('checkbox', { name: /^Select / })
			.nth(1)
			.check();
		await page
			.getByRole('checkbox', { name: /^Select / })
			.nth(2)
			.check();
		await page.evaluate(() => window.scrollTo(0, 0));
		await shot('queue-bulk');
		await page.evaluate(() => document.getElementById('bulk')!.scrollIntoView());
		await shot('queue-bulk-bar');
		await page.getByRole('button', { name: 'Archive' }).click();
		await page.getByText('Give a reason for archiving.').waitFor();
		await page.evaluate(() => document.getElementById('bulk')!.scrollIntoView());
		await shot('queue-bulk-error');
	});
}
