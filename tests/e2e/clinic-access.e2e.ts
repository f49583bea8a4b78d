// Every /clinic page and action refuses anonymous visitors and signed-in users without a staff
// role (the hook's role table), whatever the request looks like.
import { test, expect } from './fixtures';
import type { E2eState } from './state';

const pages = (s: E2eState) => {
	const id = s.intakes!.oxycodone;
	return [
		'/clinic',
		'/clinic?status=approved',
		`/clinic/intakes/${id}`,
		`/clinic/intakes/${id}/print`
	];
};
const actions = (s: E2eState) =>
	['status', 'assign', 'note'].map((a) => `/clinic/intakes/${s.intakes!.oxycodone}?/${a}`);
const form = { to: 'in_review', revision: '0', assignee: '', body: 'x' };

test('anonymous visitors are sent to sign in from every page, and refused every action', async ({
	page,
	state,
	baseURL
}) => {
	for (const path of pages(state)) {
		const response = await page.request.get(path, { maxRedirects: 0 });
		expect(response.status(), path).toBe(303);
		expect(response.headers().location, path).toBe(`/login?next=${encodeURIComponent(path)}`);
		expect(await response.text()).not.toContain('Whitfield');
	}
	for (const path of actions(state)) {
		for (const accept of ['text/html', 'application/json']) {
			const response = await page.request.post(path, {
				form,
				headers: { origin: baseURL!, accept },
				maxRedirects: 0
			});
			expect(response.status(), path).toBe(401);
		}
	}
	// A patient's resume cookie is not a staff session.
	await page.context().addCookies([{ name: 'ldn_resume', value: 'a'.repeat(43), url: baseURL! }]);
	const response = await page.request.get(pages(state)[2]!, { maxRedirects: 0 });
	expect(response.status()).toBe(303);
});

test('a signed-in user without a staff role is refused every page and action', async ({
	page,
	state,
	baseURL
}) => {
	await page.goto('/login');
	await page.getByLabel('Work email').fill(state.staff.patient!.email);
	await page.getByLabel('Password').fill(state.staff.patient!.password);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await page.waitForURL((url) => url.pathname !== '/login');
	for (const path of pages(state)) {
		const response = await page.goto(path);
		expect(response?.status(), path).toBe(403);
		expect(await page.content()).not.toContain('Whitfield');
	}
	for (const path of actions(state)) {
		const response = await page.request.post(path, {
			form,
			headers: { origin: baseURL!, accept: 'text/html' }
		});
		expect(response.status(), path).toBe(403);
	}
});
