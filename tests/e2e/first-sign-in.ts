// What a new staff member does on first sign-in, over plain HTTP (no JavaScript): replace the
// admin's one-time password with their own (/staff/password), and, when asked, turn on two-step
// verification (/staff/security), which every role needs before patient data. For the e2e tests
// whose fixtures are staff made through /admin/staff (the route matrix, the fuzz test).
import { totpCode } from '../support/totp';

export type Post = (
	path: string,
	form: Record<string, string>
) => Promise<{ status: number; text: string }>;

const unescape = (s: string) =>
	s
		.replace(/&amp;/g, '&')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&lt;/g, '<');

/** Changes the one-time password; with `enrol`, turns on TOTP and returns its key too. */
export async function finishFirstSignIn(
	post: Post,
	who: { email: string; password: string },
	{ enrol }: { enrol: boolean }
): Promise<{ email: string; password: string; totpSecret?: string }> {
	const password = `${who.password} chosen by me`;
	const changed = await post('/staff/password', {
		currentPassword: who.password,
		newPassword: password
	});
	if (changed.status !== 303) throw new Error(`password change: ${changed.status}`);
	if (!enrol) return { email: who.email, password };
	const started = await post('/staff/security?/start', { password });
	const totpURI = /name="totpURI" value="([^"]+)"/.exec(started.text)?.[1];
	if (started.status !== 200 || !totpURI) throw new Error(`two-step start: ${started.status}`);
	const uri = unescape(totpURI);
	const totpSecret = new URL(uri).searchParams.get('secret')!;
	const verified = await post('/staff/security?/verify', {
		code: await totpCode(totpSecret),
		totpURI: uri
	});
	if (verified.status !== 200 || !verified.text.includes('Two-step verification is on')) {
		throw new Error(`two-step verify: ${verified.status}`);
	}
	return { email: who.email, password, totpSecret };
}
