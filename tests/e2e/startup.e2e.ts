// The production server refuses to start without its secrets, saying which in one line.
import { spawnSync } from 'node:child_process';
import { test, expect } from '@playwright/test';

const start = (env: Record<string, string>) =>
	spawnSync(process.execPath, ['build'], {
		env: {
			PATH: process.env.PATH ?? '',
			PORT: '4399',
			HOST: '127.0.0.1',
			PGLITE_DIR: 'memory://',
			...env
		},
		encoding: 'utf8',
		timeout: 30_000
	});

test('node build without BETTER_AUTH_SECRET refuses to start', () => {
	const r = start({ ORIGIN: 'http://127.0.0.1:4399' });
	expect(r.status).toBe(1);
	expect(r.stderr.trim()).toBe(
		'Refusing to start: BETTER_AUTH_SECRET is not set (32+ random characters).'
	);
});

test('node build without ORIGIN refuses to start', () => {
	const r = start({ BETTER_AUTH_SECRET: 'x'.repeat(40) });
	expect(r.status).toBe(1);
	expect(r.stderr.trim()).toBe(
		'Refusing to start: ORIGIN is not set (the public URL, e.g. https://intake.example.com).'
	);
});

test('node build without PRIVACY_NOTICE_URL refuses to start', () => {
	const r = start({ BETTER_AUTH_SECRET: 'x'.repeat(40), ORIGIN: 'http://127.0.0.1:4399' });
	expect(r.status).toBe(1);
	expect(r.stderr.trim()).toBe(
		"Refusing to start: PRIVACY_NOTICE_URL is not set (the clinic's Notice of Privacy Practices, e.g. https://clinic.example.com/privacy)."
	);
});

test('node build with a short secret refuses to start', () => {
	const r = start({ BETTER_AUTH_SECRET: 'short', ORIGIN: 'http://127.0.0.1:4399' });
	expect(r.status).toBe(1);
	expect(r.stderr.trim()).toMatch(/^Refusing to start: Invalid BETTER_AUTH_SECRET: /);
});
