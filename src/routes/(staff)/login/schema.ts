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

/** Only same-site paths are followed after sign-in (no open redirects). */
export function safeNext(next: string | null): string {
	return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\')
		? next
		: '/clinic';
}
