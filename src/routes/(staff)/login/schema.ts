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

/**
 * Only same-site paths are followed after sign-in (no open redirects). The path is read the way a
 * browser reads a Location header, which drops tabs and newlines and takes `\` for `/`: so
 * `/<tab>/evil.example` is `//evil.example`, another site. What is followed is the parsed path.
 */
export function safeNext(next: string | null): string {
	if (!next?.startsWith('/')) return '/clinic';
	try {
		const url = new URL(next, HERE);
		return url.origin === HERE ? url.pathname + url.search + url.hash : '/clinic';
	} catch {
		return '/clinic';
	}
}
