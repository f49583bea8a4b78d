import { describe, expect, it } from 'vitest';
import { DrizzleQueryError } from 'drizzle-orm/errors';
import { describeError } from '../../src/lib/server/error-log';

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
