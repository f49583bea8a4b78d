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
	},
	{
		tool: 'wapiti',
		module: 'HTTP Secure Headers',
		where: /^GET \//,
		detail: /X-XSS-Protection is not set/,
		reason:
			'wapiti 3.0.4 wants `X-XSS-Protection: 1`. Current browsers have no XSS auditor, and in old ' +
			'ones it enabled cross-site leaks, so OWASP advises against setting it; the Content-Security-' +
			"Policy (script-src 'self', nonces) is the app's XSS defence."
	},
	{
		tool: 'wapiti',
		module: 'HTTP Secure Headers',
		where: /^GET \//,
		detail: /Strict-Transport-Security is not set/,
		reason:
			'The scan runs over plain http on loopback. HSTS means nothing over http (RFC 6797 §8.1: ' +
			'browsers ignore it there); hooks.server.ts sends it on every https response.'
	},
	{
		tool: 'wapiti',
		module: 'Secure Flag cookie',
		where: /^GET \//,
		detail:
			/Secure flag is not set in the cookie : (ldn_resume|ldn_device|ldn-totp-pending|better-auth\.session_token)$/,
		reason:
			'The scan runs over plain http, where a Secure cookie would not be sent back. On https ' +
			"these cookies are Secure (better-auth's with the __Secure- prefix): " +
			'tests/integration/cookie-flags.spec.ts checks it.'
	}
];
