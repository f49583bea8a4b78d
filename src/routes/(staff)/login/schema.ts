import { z } from 'zod';

export const loginSchema = z.object({
	email: z.email('Enter your work email address.').max(254),
	password: z.string().min(1, 'Enter your password.').max(128, 'Enter your password.')
});

export const totpSchema = z.object({
	code: z
		.string()
		.trim()
		.regex(
			/^(\d{6}|[A-Za-z0-9-]{10,12})$/,
			'Enter the 6-digit code from your app, or a backup code.'
		)
});

const HERE = 'https://here.invalid';

const FALLBACK = '/clinic';

/** The path, query and fragment of `next` read against this site, or null if it leaves it. */
function sameSite(next: string): string | null {
	const url = new URL(next, HERE);
	return url.origin === HERE ? url.pathname + url.search + url.hash : null;
}

/**
 * Only same-site paths are followed after sign-in (no open redirects). The path is read the way a
 * browser reads a Location header, which drops tabs and newlines and takes `\` for `/`: so
 * `/<tab>/evil.example` is `//evil.example`, another site. What is followed is the parsed path,
 * and only when it is a fixed point: `/..//evil.example/x` parses to the path
 * `//evil.example/x`, which a browser would read as another host (issue 14). A result must begin
 * with one `/` not followed by `/` or `\`, and read back as itself.
 */
export function safeNext(next: string | null): string {
	if (!next?.startsWith('/')) return FALLBACK;
	try {
		const path = sameSite(next);
		if (!path || !/^\/(?![/\\])/.test(path)) return FALLBACK;
		return sameSite(path) === path ? path : FALLBACK;
	} catch {
		return FALLBACK;
	}
}
