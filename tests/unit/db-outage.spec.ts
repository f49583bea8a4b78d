// Database outages are told apart from bugs (503 "try again in a minute", not 500), through the
// wrappers the app really sees: drizzle's DrizzleQueryError and Node's AggregateError.
import { describe, expect, it, vi } from 'vitest';
import { DrizzleQueryError } from 'drizzle-orm';
import type { RequestEvent } from '@sveltejs/kit';
import {
	RETRY_AFTER_SECONDS,
	answerOutages,
	outageCode,
	outageError
} from '../../src/lib/server/db/outage';

const withCode = (code: string, message = 'boom') => Object.assign(new Error(message), { code });
const failedQuery = (cause: unknown) =>
	new DrizzleQueryError('select 1 where email = $1', ['someone@example.com'], cause as Error);

describe('outageCode', () => {
	it.each([
		['nothing listening', withCode('ECONNREFUSED'), 'ECONNREFUSED'],
		['connection cut', withCode('ECONNRESET'), 'ECONNRESET'],
		['server restarting (admin_shutdown)', withCode('57P01'), '57P01'],
		['server starting up (cannot_connect_now)', withCode('57P03'), '57P03'],
		['too many connections', withCode('53300'), '53300'],
		['connection exception class 08', withCode('08006'), '08006'],
		['postgres.js: pool ended', withCode('CONNECTION_ENDED'), 'CONNECTION_ENDED'],
		['postgres.js: connection closed', withCode('CONNECTION_CLOSED'), 'CONNECTION_CLOSED'],
		['postgres.js: connect timeout', withCode('CONNECT_TIMEOUT'), 'CONNECT_TIMEOUT']
	])('%s is an outage', (_, err, code) => {
		expect(outageCode(err)).toBe(code);
		expect(outageCode(failedQuery(err))).toBe(code);
	});

	it('finds the code inside an AggregateError (one refusal per address tried)', () => {
		const err = new AggregateError([withCode('ECONNREFUSED'), withCode('ECONNREFUSED')], 'x');
		expect(outageCode(failedQuery(err))).toBe('ECONNREFUSED');
	});

	it.each([
		['unique violation', withCode('23505')],
		['syntax error', withCode('42601')],
		['query canceled', withCode('57014')],
		['postgres.js: undefined value', withCode('UNDEFINED_VALUE')],
		['a code that only starts like class 08', withCode('08-not-a-state')],
		['a plain error', new Error('ECONNREFUSED in the message only')],
		['a string', 'ECONNREFUSED'],
		['null', null]
	])('%s is not an outage', (_, err) => {
		expect(outageCode(err)).toBeNull();
		expect(outageCode(failedQuery(err))).toBeNull();
	});

	it('stops on a cause that points back at itself', () => {
		const err = new Error('loop') as Error & { cause?: unknown };
		err.cause = err;
		expect(outageCode(err)).toBeNull();
	});
});

function fakeEvent(): RequestEvent {
	return { locals: { requestId: 'req-1' }, route: { id: '/(public)/intake/[step=step]' } } as never;
}

describe('outageError (handleError) and answerOutages (handle)', () => {
	it('answers an outage with the plain "try again" message and marks the request', () => {
		const event = fakeEvent();
		const log = vi.spyOn(console, 'error').mockImplementation(() => {});
		const shown = outageError(failedQuery(withCode('57P01')), event, 'req-1');
		expect(shown).toEqual({
			message: expect.stringMatching(/try again/),
			id: 'req-1',
			unavailable: true
		});
		expect(event.locals.outage).toBe('57P01');
		expect(log.mock.calls.join(' ')).not.toContain('someone@example.com');
		log.mockRestore();
	});

	it('leaves other errors alone', () => {
		const event = fakeEvent();
		expect(outageError(failedQuery(withCode('23505')), event, 'req-1')).toBeNull();
		expect(event.locals.outage).toBeUndefined();
	});

	it('turns the error page of an outage into 503 with Retry-After, body kept', async () => {
		const event = fakeEvent();
		const response = await answerOutages({
			event,
			resolve: async () => {
				event.locals.outage = 'ECONNREFUSED';
				return new Response('<h1>error page</h1>', { status: 500 });
			}
		});
		expect(response.status).toBe(503);
		expect(response.headers.get('Retry-After')).toBe(String(RETRY_AFTER_SECONDS));
		expect(await response.text()).toBe('<h1>error page</h1>');
	});

	it('passes other responses through untouched', async () => {
		const original = new Response('oops', { status: 500 });
		const response = await answerOutages({ event: fakeEvent(), resolve: async () => original });
		expect(response).toBe(original);
	});

	it('answers an outage thrown by a later hook with its own 503 page, no stack trace', async () => {
		const log = vi.spyOn(console, 'error').mockImplementation(() => {});
		const response = await answerOutages({
			event: fakeEvent(),
			resolve: async () => {
				throw failedQuery(withCode('ECONNREFUSED'));
			}
		});
		log.mockRestore();
		expect(response.status).toBe(503);
		expect(response.headers.get('Retry-After')).toBe(String(RETRY_AFTER_SECONDS));
		const html = await response.text();
		expect(html).toMatch(/try again/);
		expect(html).toContain('req-1');
		expect(html).not.toMatch(/Failed query|at \S+:\d+:\d+/);
	});

	it('rethrows errors that are not outages', async () => {
		const bug = new TypeError('bug');
		await expect(
			answerOutages({
				event: fakeEvent(),
				resolve: async () => {
					throw bug;
				}
			})
		).rejects.toBe(bug);
	});
});
