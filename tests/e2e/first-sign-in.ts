// What a new staff member does on first sign-in, over plain HTTP (no JavaScript): replace the
// admin's one-time password with their own (/staff/password), and, when asked, turn on two-step
// verification (/staff/security), which every role needs before patient data. For the e2e tests
// whose fixtures are staff made through /admin/staff (the route matrix, the fuzz test).
import { totpCode } from '../support/totp';

export type Post = (
	path: string,
	form: Record<string, string>
) => Promise<{ status: number; text: string }>;
export type Get = (path: string) => Promise<{ status: number; text: string }>;

/** Changes the one-time password; with `enrol`, turns on TOTP as well and returns its key too. */
export async function finishFirstSignIn(
	post: Post,
	who: { email: string; password: string },
	{ enrol }: { enrol?: Get }
): Promise<{ email: string; password: string; totpSecret?: string }> {
	const password = `${who.password} chosen by me`;
	const changed = await post('/staff/password', {
		currentPassword: who.password,
		newPassword: password
	});
	if (changed.status !== 303) throw new Error(`password change: ${changed.status}`);
	if (!enrol) return { email: who.email, password };
	// The password starts enrolment; the page then shows the pending key (until confirmed).
	const started = await post('/staff/security?/start', { password });
	if (started.status !== 303) throw new Error(`two-step start: ${started.status}`);
	const page = await enrol('/staff/security');
	const totpSecret = /<code class="secret[^"]*">([A-Z2-7]+)<\/code>/.exec(page.text)?.[1];
	if (page.status !== 200 || !totpSecret) throw new Error(`two-step key: ${page.status}`);
	const verified = await post('/staff/security?/verify', { code: await totpCode(totpSecret) });
	if (verified.status !== 200 || !verified.text.includes('Two-step verification is on')) {
		throw new Error(`two-step verify: ${verified.status}`);
	}
	return { email: who.email, password, totpSecret };
}
