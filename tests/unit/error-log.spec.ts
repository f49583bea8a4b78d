import { describe, expect, it, vi } from 'vitest';
import { DrizzleQueryError } from 'drizzle-orm/errors';
import { describeError, logSafely } from '../../src/lib/server/http/error-log';

// The server logs unexpected errors through describeError: never a word of the data involved.
const MARKER = 'Zq-patient-note-Whitfield';

describe('describeError', () => {
	it('leaves out the parameters a failed query carries, and keeps its database code', () => {
		const cause = Object.assign(new Error(`duplicate key value (email)=(${MARKER})`), {
			code: '23505'
		});
		const err = new DrizzleQueryError('insert into "intake_notes" values ($1)', [MARKER], cause);
		expect(err.message).toContain(MARKER); // what the old log line printed
		const line = describeError(err);
		expect(line).not.toContain(MARKER);
		expect(line).toMatch(/^DrizzleQueryError code=23505 at /);
	});

	it('leaves out what JSON.parse quotes from its input', () => {
		let err: unknown;
		try {
			JSON.parse(`{"allergies": ${MARKER}}`);
		} catch (e) {
			err = e;
		}
		expect(String(err)).toContain('Zq');
		expect(describeError(err)).not.toContain('Zq');
		expect(describeError(err)).toMatch(/^SyntaxError at /);
	});

	it('says what was thrown when it is not an Error', () => {
		expect(describeError(MARKER)).toBe('string');
		expect(describeError({ answers: MARKER })).toBe('object');
	});
});

describe('better-auth log lines', () => {
	it('keep the first words and the error class, never tokens or query values', () => {
		const lines: string[] = [];
		const spy = vi.spyOn(console, 'error').mockImplementation((line) => lines.push(line));
		try {
			const failed = new Error(`Failed query: select … params: ${MARKER}`);
			logSafely('error', `Session lookup failed: token ${MARKER}`, failed, { token: MARKER });
			logSafely('info', `signed in ${MARKER}`);
		} finally {
			spy.mockRestore();
		}
		expect(lines).toEqual([expect.stringMatching(/^\[auth error\] Session lookup failed \(Error/)]);
		expect(lines.join('\n')).not.toContain(MARKER);
	});

	it('log a failed sign-in the same way for an unknown and a known account', () => {
		const lines: string[] = [];
		const spy = vi.spyOn(console, 'warn').mockImplementation((line) => lines.push(line));
		try {
			for (const reason of ['User not found', 'Password not found', 'Invalid password'])
				logSafely('warn', reason);
		} finally {
			spy.mockRestore();
		}
		expect(new Set(lines)).toEqual(new Set(['[auth warn] Sign-in failed']));
		expect(lines).toHaveLength(3);
	});
});
