// PRIVACY_NOTICE_URL: required in production like ORIGIN (patients must not consent without the
// clinic's Notice of Privacy Practices), a development default otherwise, and only http(s).
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '$lib/server/config';

const production = {
	ORIGIN: 'https://intake.example.com',
	BETTER_AUTH_SECRET: 'x'.repeat(40),
	PRIVACY_NOTICE_URL: 'https://clinic.example.com/privacy'
};

describe('PRIVACY_NOTICE_URL', () => {
	it('is required in production', () => {
		expect(() => loadConfig({ ...production, PRIVACY_NOTICE_URL: '' }, true)).toThrow(
			/^PRIVACY_NOTICE_URL is not set/
		);
		expect(loadConfig(production, true).privacyNoticeUrl).toBe(
			'https://clinic.example.com/privacy'
		);
	});

	it('has a development default', () => {
		expect(loadConfig({}, false).privacyNoticeUrl).toMatch(/^https:\/\//);
	});

	it('must be a web address', () => {
		for (const bad of ['javascript:alert(1)', 'not a url', 'ftp://clinic.example.com/npp']) {
			expect(() => loadConfig({ ...production, PRIVACY_NOTICE_URL: bad }, true)).toThrow(
				ConfigError
			);
		}
	});
});
