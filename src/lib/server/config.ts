// Runtime configuration, validated once. Plain Node (no $env) so that the CLI scripts share it:
// SvelteKit's adapter-node and `vite dev` both expose the environment through process.env.
import { z } from 'zod';

const DEV_SECRET = 'dev-only-secret-not-for-production-use-0123456789';
/** In development only: HHS's page on what a Notice of Privacy Practices is, until a clinic sets its own. */
const DEV_PRIVACY_NOTICE_URL =
	'https://www.hhs.gov/hipaa/for-individuals/notice-privacy-practices/index.html';

const schema = z.object({
	DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
	PGLITE_DIR: z.string().min(1).default('./data/pglite'),
	MIGRATIONS_DIR: z.string().min(1).default('migrations'),
	ORIGIN: z.url().optional(),
	BETTER_AUTH_SECRET: z.string().min(32).optional(),
	SERVICE_STATES: z
		.string()
		.default('TX,FL,GA,MO,IL,IA')
		.transform((s) =>
			s
				.split(',')
				.map((x) => x.trim().toUpperCase())
				.filter(Boolean)
		),
	/** The clinic's name on the consent step and printed intake summaries. */
	CLINIC_NAME: z.string().trim().min(1).max(120).default('LDN clinic'),
	/** The clinic's Notice of Privacy Practices (HIPAA), linked from the consent step. */
	PRIVACY_NOTICE_URL: z.url({ protocol: /^https?$/ }).optional(),
	/** Where patients book; {name} and {email} placeholders are filled in (URL-encoded). */
	BOOKING_URL: z.url().optional(),
	/** smtp(s)://user:pass@host:port — when set, resume links are also emailed. */
	SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
	SMTP_FROM: z.string().default('LDN intake <no-reply@localhost>'),
	/** How often each instance's alerts worker looks for alert emails to send; 0 turns it off. */
	ALERTS_POLL_SECONDS: z.coerce.number().int().min(0).max(86_400).default(60),
	/** The clinic's hour (0 to 23, in TZ) at which daily alert summaries are sent. */
	ALERTS_DIGEST_HOUR: z.coerce.number().int().min(0).max(23).default(8),
	DRAFT_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
	DRAFT_STARTS_PER_HOUR: z.coerce.number().int().min(1).default(30),
	SUBMISSIONS_PER_HOUR: z.coerce.number().int().min(1).default(10),
	/** Who must use two-step verification before patient data: everyone, or admins only. */
	STAFF_TWO_FACTOR: z.enum(['everyone', 'admins']).default('everyone'),
	/** Step posts (saves, errors, language switches, added rows) per draft and per IP, each hour. */
	STEP_POSTS_PER_HOUR_DRAFT: z.coerce.number().int().min(1).default(300),
	STEP_POSTS_PER_HOUR_IP: z.coerce.number().int().min(1).default(1200),
	/** Medicine-name lookups (suggestions while typing) per IP, each minute. */
	NAME_LOOKUPS_PER_MINUTE_IP: z.coerce.number().int().min(1).default(120)
});

export type Config = z.infer<typeof schema> & {
	secret: string;
	origin: string;
	privacyNoticeUrl: string;
};

/**
 * Reads and validates the environment; in production a missing secret, origin or Notice of Privacy
 * Practices link is fatal (patients must not consent without the clinic's notice).
 */
export function loadConfig(env: Record<string, string | undefined>, production: boolean): Config {
	const parsed = schema.safeParse(emptyToUndefined(env));
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		throw new ConfigError(`Invalid ${issue?.path.join('.')}: ${issue?.message}`);
	}
	const c = parsed.data;
	if (production && !c.BETTER_AUTH_SECRET)
		throw new ConfigError('BETTER_AUTH_SECRET is not set (32+ random characters).');
	if (production && !c.ORIGIN)
		throw new ConfigError('ORIGIN is not set (the public URL, e.g. https://intake.example.com).');
	if (production && !c.PRIVACY_NOTICE_URL)
		throw new ConfigError(
			"PRIVACY_NOTICE_URL is not set (the clinic's Notice of Privacy Practices, e.g. https://clinic.example.com/privacy)."
		);
	return {
		...c,
		secret: c.BETTER_AUTH_SECRET ?? DEV_SECRET,
		origin: c.ORIGIN ?? 'http://localhost:5173',
		privacyNoticeUrl: c.PRIVACY_NOTICE_URL ?? DEV_PRIVACY_NOTICE_URL
	};
}

export class ConfigError extends Error {}

function emptyToUndefined(env: Record<string, string | undefined>) {
	return Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v === '' ? undefined : v]));
}
