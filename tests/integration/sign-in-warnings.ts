// Tests that sign in with a wrong password on purpose make the app log one
// `[auth warn] Sign-in failed` line each (SECURITY.md: failed sign-ins are logged, the same line
// for known and unknown accounts; tests/unit/error-log.spec.ts checks the line itself). Here those
// expected lines are kept out of the test output; every other warning is printed as usual.
import { afterEach, beforeEach, vi, type MockInstance } from 'vitest';

const SIGN_IN_FAILED = '[auth warn] Sign-in failed';

/** Call inside a describe (or at the top of a file) whose tests fail sign-ins on purpose. */
export function muteExpectedSignInFailures(): void {
	let spy: MockInstance<typeof console.warn> | undefined;
	beforeEach(() => {
		const warn = console.warn.bind(console);
		spy = vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => {
			if (args.length === 1 && args[0] === SIGN_IN_FAILED) return;
			warn(...args);
		});
	});
	afterEach(() => spy?.mockRestore());
}
