// The done pass (a short signed pass instead of the resume cookie after sending) and the in-memory
// limiter of step posts.
import { describe, expect, it } from 'vitest';
import { readDonePass, signDonePass } from '../../../src/lib/server/intakes/tokens';
import { createMemoryLimiter } from '../../../src/lib/server/http/memory-limit';

const SECRET = 'a-test-secret-of-at-least-thirty-two-characters';
const ID = '7f0c1d2e-3b4a-4c5d-8e6f-708192a3b4c5';

describe('done pass', () => {
	it('reads back the intake id until it expires', () => {
		const pass = signDonePass(ID, 2_000, SECRET);
		expect(readDonePass(pass, SECRET, 1_999)).toBe(ID);
		expect(readDonePass(pass, SECRET, 2_000)).toBeNull();
	});
	it('refuses a pass signed with another secret, changed, or not a pass at all', () => {
		const pass = signDonePass(ID, 2_000, SECRET);
		expect(readDonePass(pass, `${SECRET}x`, 0)).toBeNull();
		const [id, expiry, signature] = pass.split('.');
		expect(readDonePass(`${id}.${Number(expiry) + 1}.${signature}`, SECRET, 0)).toBeNull();
		const other = '00000000-0000-4000-8000-000000000000';
		expect(readDonePass(`${other}.${expiry}.${signature}`, SECRET, 0)).toBeNull();
		for (const junk of ['', '.', '..', `${pass}.x`, `${id}.1e3.${signature}`, 'a'.repeat(500)]) {
			expect(readDonePass(junk, SECRET, 0)).toBeNull();
		}
	});
});

describe('createMemoryLimiter', () => {
	it('allows max hits per window per key, says how long to wait, then starts again', () => {
		let now = 0;
		const limiter = createMemoryLimiter({ window: 60, max: 3 }, 100, () => now);
		expect([1, 2, 3].map(() => limiter.hit('a').allowed)).toEqual([true, true, true]);
		now = 15_000;
		expect(limiter.hit('a')).toEqual({ allowed: false, retryAfter: 45 });
		expect(limiter.hit('b').allowed).toBe(true);
		now = 60_000;
		expect(limiter.hit('a').allowed).toBe(true);
	});
	it('keeps at most maxKeys keys, forgetting the oldest window first', () => {
		const limiter = createMemoryLimiter({ window: 60, max: 1 }, 3, () => 0);
		for (const key of ['a', 'b', 'c', 'd']) limiter.hit(key);
		expect(limiter.size).toBe(3);
		// 'a' was forgotten: it may post again; 'd' may not.
		expect(limiter.hit('a').allowed).toBe(true);
		expect(limiter.hit('d').allowed).toBe(false);
	});
});
