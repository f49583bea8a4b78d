// One intake: the opioid contraindication with its evidence, the workflow (allowed and refused
// transitions, reasons, assignment, two clinicians at once), notes, and the print view.
import { test, expect, hydrated, signInWithTotp } from './fixtures';
import { expectNoAxeViolations, signInAs } from './clinic-helpers';

const detailPath = (id: string) => `/clinic/intakes/${id}`;

test('opening the daily-oxycodone intake shows the opioid contraindication and its evidence', async ({
	page,
	state
}) => {
	await signInAs(page, state, 'clinician', { next: '/clinic?q=Whitfield' });
	await page.getByRole('link', { name: 'Dana Whitfield' }).click();
	await expect(page.getByRole('heading', { name: 'Dana Whitfield', level: 1 })).toBeVisible();
	const head = page.locator('header.head');
	await expect(head).toContainText('Not eligible now');
	await expect(head).toContainText('Texas (TX)');
	await expect(head).toContainText('(512) 555-0142');
	await expect(head).toContainText('Phone call');

	const first = page.locator('.flags > li').first();
	await expect(first.getByRole('heading', { level: 3 })).toContainText('Contraindication');
	await expect(first.getByRole('heading', { level: 3 })).toContainText('Regular opioid use');
	await expect(first.getByRole('heading', { level: 3 })).toContainText('R01');
	await expect(first).toContainText("Regular opioid use: 'OxyContin'");
	await expect(first.locator('.typed')).toHaveText('“OxyContin”');
	await expect(first.locator('.match strong')).toHaveText('oxycodone (extended-release)');
	const fact = (name: string) => first.locator('.facts > div').filter({ hasText: name });
	await expect(fact('Ingredients').locator('dd')).toHaveText('oxycodone');
	await expect(fact('Class').locator('dd')).toHaveText('opioid-agonist');
	await expect(fact('How often').locator('dd')).toHaveText('scheduled');
	await expect(first.locator('.sources')).toContainText('S2 FDA label');
	const how = first.locator('details.how');
	await expect(how.locator('summary')).toHaveText('How this was found');
	await expect(how.locator('li').first()).not.toBeVisible();
	await how.locator('summary').click();
	await expect(how).toContainText('Medicine “OxyContin”:');
	await expect(how).toContainText('Rule opioid-scheduled-use (R01)');
	await expect(page.locator('.screened-by')).toContainText(/with ruleset LDN rules \d+\.\d+\.\d+/);

	await expect(page.getByRole('heading', { name: 'Suggested titration' })).toBeVisible();
	await expect(page.getByText('On hold:')).toBeVisible();
	for (const step of ['About you', 'Medicines and supplements', 'Your health']) {
		await expect(page.getByRole('heading', { name: step, level: 3, exact: true })).toBeVisible();
	}
	await expect(page.getByRole('region', { name: 'Answers' })).toContainText('OxyContin');
	await expect(page.getByRole('heading', { name: 'Record' })).toBeVisible();
	await expect(page.locator('.timeline li').first()).toContainText('E2E clinician: Viewed');
	await expect(page.locator('.timeline')).toContainText('Patient: Submitted');
	await expectNoAxeViolations(page);
});

// Issue 16: "555-0199", "0199", "maria.gonzalez" and "Lucia" (for "Lucía") found nothing.
test('search finds people by part of a name, email or phone, whatever the case and accents', async ({
	page,
	state
}) => {
	await signInAs(page, state, 'clinician', { next: '/clinic' });
	const names = page.locator('tbody th[scope="row"] a');
	await page.getByLabel('Search by name, email or phone').fill('LUCIA nunez');
	await page.getByRole('button', { name: 'Apply' }).click();
	await expect(page).toHaveURL(/q=LUCIA(\+|%20)nunez/);
	await expect(names).toHaveText(['Lucía Núñez-Override1', 'Lucía Núñez-Override0']);
	for (const [q, expected] of [
		['555-0719', ['Lucía Núñez-Override1']],
		['0709', ['Lucía Núñez-Override0']],
		['lucia.nunez1', ['Lucía Núñez-Override1']],
		['whítfield', ['Dana Whitfield']],
		['(512) 555-0142', ['Dana Whitfield']]
	] as const) {
		await page.goto(`/clinic?q=${encodeURIComponent(q)}`);
		if (q === '(512) 555-0142')
			await expect(names.filter({ hasText: 'Dana Whitfield' })).toHaveCount(1);
		else await expect(names, q).toHaveText([...expected]);
	}
});

test('hovering a queue row is not a view: only opening the intake is audited', async ({
	page,
	state
}) => {
	await signInAs(page, state, 'clinician2', { next: '/clinic?q=Whitfield' });
	await hydrated(page);
	await page.getByRole('link', { name: 'Dana Whitfield' }).hover();
	await page.waitForTimeout(500);
	await page.getByRole('link', { name: /^Approved/ }).click();
	await expect(page).toHaveURL(/status=approved/);
	await page.goto(detailPath(state.intakes!.oxycodone));
	await hydrated(page);
	await page.getByRole('link', { name: 'Print view' }).hover();
	await page.waitForTimeout(500);
	const timeline = page.locator('.timeline li');
	await expect(timeline.filter({ hasText: 'E2E clinician2' })).toHaveCount(1);
	await page.reload();
	// Two views in a row by one person: two audit rows, one timeline entry.
	await expect(timeline.filter({ hasText: 'E2E clinician2: Viewed' })).toHaveCount(1);
	await expect(timeline.filter({ hasText: 'E2E clinician2: Viewed' })).toContainText(
		'Viewed 2 times'
	);
	await expect(timeline.filter({ hasText: 'E2E clinician2: Opened the print view' })).toHaveCount(
		0
	);
});

test('a wrong id and a malformed id both give the same 404', async ({ page, state }) => {
	await signInAs(page, state, 'clinician');
	const bodies: string[] = [];
	for (const id of ['7b0c3a52-9d1e-4f6a-8b2c-1d2e3f4a5b6c', 'not-an-id', '1%27%20or%201=1']) {
		const response = await page.goto(detailPath(id));
		expect(response?.status()).toBe(404);
		bodies.push(await page.locator('main').innerText());
	}
	expect(new Set(bodies).size).toBe(1);
	expect((await page.goto(`${detailPath('not-an-id')}/print`))?.status()).toBe(404);
});

// Runs in both projects of .config/playwright.config.ts (tag @no-js): JavaScript on and off.
test.describe('workflow', { tag: '@no-js' }, () => {
	/** Each project works on an intake of its own. */
	const pick = (ids: string[], js: boolean) => ids[js ? 0 : 1]!;

	test('moves an intake through review to booked, one allowed step at a time', async ({
		page,
		state,
		javaScriptEnabled: js
	}) => {
		const id = pick(state.intakes!.workflow, js);
		await signInAs(page, state, 'clinician', { js, next: detailPath(id) });
		if (js) await hydrated(page);
		const decision = page.locator('section[aria-labelledby="decision"]');
		await expect(decision.getByRole('button')).toHaveText(['Start review']);
		await decision.getByRole('button', { name: 'Start review' }).click();
		await expect(
			page.getByRole('status').filter({ hasText: 'Status changed to In review.' })
		).toBeVisible();
		await expect(decision.getByRole('button', { name: 'Approve' })).toBeVisible();
		await decision.getByRole('button', { name: 'Approve' }).click();
		await expect(decision).toContainText('Status: Approved');
		await decision.getByRole('button', { name: 'Mark as booked' }).click();
		await expect(decision).toContainText('Status: Booked');
		await expect(decision).toContainText(
			'No further status changes from here (an admin can archive it).'
		);
		await expect(page.locator('.timeline')).toContainText('Status changed from Approved to Booked');
	});

	// Issue 16: "Approve" was one click on an intake with a contraindication.
	test('approving a not-eligible-now intake needs a written override; cautions are marked reviewed', async ({
		page,
		state,
		baseURL,
		javaScriptEnabled: js
	}) => {
		const id = pick(state.intakes!.override, js);
		await signInAs(page, state, 'clinician', { js, next: detailPath(id) });
		if (js) await hydrated(page);
		const decision = page.locator('section[aria-labelledby="decision"]');
		await decision.getByRole('button', { name: 'Start review' }).click();
		await expect(decision).toContainText('Status: In review');
		// No one-click approval: the override names each contraindication and asks why.
		await expect(decision.getByRole('button', { name: 'Approve', exact: true })).toHaveCount(0);
		await decision.getByText('Approve despite the screening…').click();
		await expect(decision.locator('.warning')).toContainText('Triage: not eligible now.');
		await expect(decision.locator('.warning li')).toHaveText(['Regular opioid use']);
		const approve = decision.getByRole('button', {
			name: 'Approve, overriding 1 contraindication'
		});
		await approve.click();
		const missing =
			'Write why you are overriding the contraindications: it is kept as a note on the intake.';
		await expect(page.getByText(missing)).toBeVisible();
		const reason = page.getByLabel('Why you are overriding it');
		await expect(reason).toHaveAttribute('aria-invalid', 'true');
		await expect(decision).toContainText('Status: In review');
		// The server refuses it as a plain form post too: 400, nothing changed.
		const revision = await decision.locator('input[name="revision"]').first().inputValue();
		const refused = await page.request.post(`${detailPath(id)}?/status`, {
			form: { to: 'approved', revision, reason: '  ' },
			headers: { origin: baseURL!, accept: 'text/html' }
		});
		expect(refused.status()).toBe(400);
		expect(await refused.text()).toContain(missing);

		const why = `Pain clinic tapering OxyContin; start LDN after washout (${js ? 'js' : 'no-js'}).`;
		await reason.fill(why);
		await approve.click();
		await expect(decision).toContainText('Status: Approved');
		const overrides = page.getByRole('region', { name: 'Decided against the screening' });
		await expect(overrides).toContainText('Approved by E2E clinician');
		await expect(overrides).toContainText('Contraindication overridden: Regular opioid use');
		await expect(overrides).toContainText(why);
		await expect(page.locator('section[aria-labelledby="notes"]')).toContainText(why);
		await expect(page.locator('.timeline')).toContainText(
			'Status changed from In review to Approved, overriding 1 contraindication'
		);

		// The caution is open until marked as reviewed.
		const flagsTitle = page.locator('#flags-title');
		await expect(flagsTitle).toContainText('1 caution (1 not reviewed)');
		const caution = page.locator('.flags > li.caution');
		await expect(caution).toHaveCount(1);
		await expect(caution).toContainText('Not reviewed yet');
		await caution.getByRole('button', { name: /^Mark as reviewed/ }).click();
		await expect(caution).toContainText('Reviewed by E2E clinician');
		await expect(flagsTitle).toContainText('1 caution (all reviewed)');
		await expect(page.locator('.timeline li').nth(1)).toContainText('Marked a caution as reviewed');
		if (js) {
			await expectNoAxeViolations(page);
			if (process.env.ISSUE16_SHOT) {
				await page.setViewportSize({ width: 1366, height: 900 });
				await page.screenshot({ path: process.env.ISSUE16_SHOT, fullPage: true });
			}
		}

		// The print view shows the override too.
		await page.goto(`${detailPath(id)}/print`);
		await expect(page.getByRole('region', { name: 'Decided against the screening' })).toContainText(
			why
		);
	});

	test('declining needs a reason, which is kept as a note', async ({
		page,
		state,
		javaScriptEnabled: js
	}) => {
		const id = pick(state.intakes!.workflow.slice(2), js);
		await signInAs(page, state, 'clinician', { js, next: detailPath(id) });
		if (js) await hydrated(page);
		const decision = page.locator('section[aria-labelledby="decision"]');
		await decision.getByRole('button', { name: 'Start review' }).click();
		await expect(decision).toContainText('Status: In review');
		await decision.getByText('Decline…').click();
		await decision.getByRole('button', { name: 'Decline' }).click();
		await expect(page.getByText('Give a reason for declining.')).toBeVisible();
		await expect(page.getByLabel('Reason for declining')).toHaveAttribute('aria-invalid', 'true');
		await expect(decision).toContainText('Status: In review');
		await page.getByLabel('Reason for declining').fill('Needs opioid taper first.');
		await decision.getByRole('button', { name: 'Decline' }).click();
		await expect(decision).toContainText('Status: Declined');
		const notes = page.locator('section[aria-labelledby="notes"]');
		await expect(notes).toContainText('Needs opioid taper first.');
		await expect(notes).toContainText('Reason given: Status changed from In review to Declined');
		await expect(notes).toContainText('E2E clinician');
	});

	test('screening again with the current rules keeps the old screening and says what changed', async ({
		page,
		state,
		javaScriptEnabled: js
	}) => {
		await signInAs(page, state, 'clinician', { js, next: detailPath(state.intakes!.oxycodone) });
		if (js) await hydrated(page);
		const flags = page.locator('section[aria-labelledby="flags-title"]');
		await expect(flags).toContainText(/Screened (at submission|again at a clinician's request) on/);
		await flags.getByRole('button', { name: 'Screen again with the current rules' }).click();
		await expect(
			page.getByRole('status').filter({ hasText: 'Screened again with the current rules' })
		).toBeVisible();
		await expect(
			flags.getByRole('heading', { name: 'What screening again changed' })
		).toBeVisible();
		await expect(flags).toContainText("Screened again at a clinician's request on");
		await expect(page.locator('.timeline')).toContainText('Screened again with LDN rules');
		await expect(page.locator('.flags > li').first()).toContainText('Regular opioid use');
	});

	test('notes are appended with author and time; an empty note is refused', async ({
		page,
		state,
		javaScriptEnabled: js
	}) => {
		await signInAs(page, state, 'clinician', { js, next: detailPath(state.intakes!.oxycodone) });
		if (js) await hydrated(page);
		const notes = page.locator('section[aria-labelledby="notes"]');
		await notes.getByRole('button', { name: 'Add note' }).click();
		await expect(notes.getByText('Write the note first.')).toBeVisible();
		const body = `Left a voicemail (${js ? 'js' : 'no-js'}).`;
		await page.getByLabel('Add a note').fill(body);
		await notes.getByRole('button', { name: 'Add note' }).click();
		const note = notes.locator('li').filter({ hasText: body });
		await expect(note).toContainText('E2E clinician');
		await expect(note.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d\d-\d\dT/);
		await expect(page.getByLabel('Add a note')).toHaveValue('');
		await expect(page.locator('.timeline li').nth(1)).toContainText('Added a note');
	});
});

test('a refused transition changes nothing and says why', async ({ page, state, baseURL }) => {
	const id = state.intakes!.workflow[4]!;
	await signInAs(page, state, 'clinician', { next: detailPath(id) });
	const post = (form: Record<string, string>) =>
		page.request.post(`${detailPath(id)}?/status`, {
			form,
			headers: { origin: baseURL!, accept: 'text/html' }
		});
	for (const to of ['approved', 'booked', 'archived']) {
		const response = await post({ to, revision: '0', reason: 'x' });
		expect(response.status(), to).toBe(409);
		expect(await response.text()).toContain(
			'That status change is not allowed from the current status.'
		);
	}
	const bad = await post({ to: 'nonsense', revision: 'x' });
	expect(bad.status()).toBe(400);
	await page.reload();
	await expect(page.locator('section[aria-labelledby="decision"]')).toContainText(
		'Status: Submitted'
	);
	await expect(page.getByText('Archive…')).toHaveCount(0);
});

test('an admin may archive, with a reason', async ({ page, state }) => {
	const id = state.intakes!.workflow[4]!;
	await signInWithTotp(page, state.staff.admin!, detailPath(id));
	await expect(page).toHaveURL(detailPath(id));
	await hydrated(page);
	await page.getByText('Archive…').click();
	await page.getByLabel('Reason for archiving').fill('Duplicate submission.');
	await page.getByRole('button', { name: 'Archive', exact: true }).click();
	await expect(page.locator('section[aria-labelledby="decision"]')).toContainText(
		'Status: Archived'
	);
});

test('two clinicians at once: the second is told, shown the fresh state, and overwrites nothing', async ({
	browser,
	state,
	baseURL
}) => {
	const id = state.intakes!.workflow[5]!;
	const [one, two] = await Promise.all([
		browser.newContext({ baseURL, extraHTTPHeaders: { 'x-forwarded-for': '198.51.100.251' } }),
		browser.newContext({ baseURL, extraHTTPHeaders: { 'x-forwarded-for': '198.51.100.252' } })
	]);
	const a = await one.newPage();
	const b = await two.newPage();
	await signInAs(a, state, 'clinician', { next: detailPath(id) });
	await signInAs(b, state, 'clinician2', { next: detailPath(id) });
	await Promise.all([hydrated(a), hydrated(b)]);
	await a.getByRole('button', { name: 'Start review' }).click();
	await expect(a.locator('section[aria-labelledby="decision"]')).toContainText('Status: In review');
	await b.getByRole('button', { name: 'Assign to me' }).click();
	await expect(b.getByRole('alert')).toContainText(
		'Someone else changed this intake while you had it open'
	);
	await expect(b.locator('section[aria-labelledby="decision"]')).toContainText('Status: In review');
	await expect(b.locator('section[aria-labelledby="assignment"]')).toContainText(
		'Assigned to: nobody'
	);
	// With the fresh state, the same click now works.
	await b.getByRole('button', { name: 'Assign to me' }).click();
	await expect(b.locator('section[aria-labelledby="assignment"]')).toContainText(
		'Assigned to: E2E clinician2'
	);
	await a.reload();
	await expect(a.locator('section[aria-labelledby="decision"]')).toContainText('Status: In review');
	await expect(a.locator('section[aria-labelledby="assignment"]')).toContainText('E2E clinician2');
	await Promise.all([one.close(), two.close()]);
});

test('the print view renders a chart summary and is audited', async ({ page, state }) => {
	await signInAs(page, state, 'clinician', { next: detailPath(state.intakes!.oxycodone) });
	await page.getByRole('link', { name: 'Print view' }).click();
	await expect(page).toHaveURL(/\/print$/);
	await expect(page.getByRole('heading', { name: 'Intake summary: Dana Whitfield' })).toBeVisible();
	await expect(page.getByText('LDN clinic', { exact: true })).toBeVisible();
	await expect(page.locator('.flags > li').first()).toContainText('Regular opioid use');
	await expect(page.getByText(/Printed .* by E2E clinician/)).toBeVisible();
	await expect(page.locator('.staff-bar')).toHaveCount(0);
	await expectNoAxeViolations(page);
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
	// One to two pages for the chart (US Letter): the page count of the PDF Chromium prints.
	const pdf = (await page.pdf({ format: 'Letter' })).toString('latin1');
	const pages = Math.max(...[...pdf.matchAll(/\/Count\s+(\d+)/g)].map((m) => Number(m[1])));
	expect(pages).toBeGreaterThanOrEqual(1);
	expect(pages).toBeLessThanOrEqual(2);
	await page.goto(detailPath(state.intakes!.oxycodone));
	await expect(page.locator('.timeline li').nth(1)).toContainText('Opened the print view');
});
