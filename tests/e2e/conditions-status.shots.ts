// Screenshots of the use-disorder status question (issue 12) on the conditions step, at phone and
// laptop sizes, with and without JavaScript (`npm run screenshots`). Not part of the test suite.
import { test, hydrated } from './fixtures';
import { answers, expectPage, fillStep, pressContinue, say } from './wizard-helpers';

for (const js of [true, false]) {
	for (const size of [
		{ name: 'phone', width: 390, height: 844 },
		{ name: 'laptop', width: 1280, height: 800 }
	]) {
		test(`conditions with a use disorder, ${size.name}, ${js ? 'js' : 'no js'}`, async ({
			browser
		}) => {
			test.setTimeout(180_000);
			const context = await browser.newContext({ javaScriptEnabled: js, viewport: size });
			const page = await context.newPage();
			await page.goto('/intake/consent');
			await fillStep(page, 'consent', answers.consent);
			await fillStep(page, 'about', answers.about);
			await expectPage(page, 'conditions');
			if (js) await hydrated(page);
			await fillStep(
				page,
				'conditions',
				{ ...answers.conditions, conditions: ['fibromyalgia', 'alcohol-use-disorder'] },
				{ submit: false }
			);
			const shot = (name: string) =>
				page.screenshot({
					path: `test-results/screenshots/${size.name}-${js ? 'js' : 'nojs'}-conditions-${name}.png`,
					fullPage: true
				});
			await shot('aud');
			await pressContinue(page);
			if (!js) await shot('aud-after-continue');
			await context.close();
			void say;
		});
	}
}
