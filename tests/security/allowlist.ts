// Scanner reports that are not vulnerabilities, each with the reason. Keep this list tiny: a
// finding that is real is fixed in src/, never listed here.
import type { AllowEntry } from './findings';

export const ALLOWLIST: AllowEntry[] = [
	{
		tool: 'wapiti',
		module: 'Cross Site Request Forgery',
		where: /^POST \//,
		detail: /Lack of anti CSRF token/,
		reason:
			'SvelteKit refuses a form POST (urlencoded, multipart or text/plain) whose Origin header is ' +
			'not the app\'s own with 403 ("Cross-site POST form submissions are forbidden"); browsers ' +
			'always send Origin on cross-site POSTs, so no token is needed. The scan checks this for ' +
			'every listed form by re-sending it with a foreign Origin (see verifyCsrf in scan.ts).'
	}
];
