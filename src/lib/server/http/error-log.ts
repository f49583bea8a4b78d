// What the server logs about an unexpected error. Never the message: messages carry data (a failed
// drizzle query lists its parameters, so a note or a name; postgres quotes the bad value; JSON.parse
// quotes its input). The error's class, a database error code and the code location where it was
// thrown are enough to find the bug, and hold no health information.

/** `TypeError code=23505 at load (file:///app/build/server/chunks/x.js:12:5)`, never data. */
export function describeError(err: unknown): string {
	if (!(err instanceof Error)) return typeof err;
	const code = [err, err.cause]
		.map((e) => (e && typeof e === 'object' ? (e as { code?: unknown }).code : undefined))
		.find((c): c is string => typeof c === 'string' && /^[A-Z0-9_]{1,40}$/i.test(c));
	const at = err.stack
		?.split('\n')
		.map((line) => line.trim())
		.find((line) => line.startsWith('at '));
	const name = err.name === 'Error' ? err.constructor.name : err.name;
	return [name, code && `code=${code}`, at?.replace(/[^\w\s./:()<>@-]/g, '')]
		.filter(Boolean)
		.join(' ');
}

/**
 * better-auth's warnings for a failed password sign-in name the reason ("User not found",
 * "Invalid password"): a log reader could tell staff emails from others. They are one line here.
 */
const CREDENTIAL_FAILURES = new Set(['User not found', 'Password not found', 'Invalid password']);

/** One line per better-auth log call, without data: its arguments are summarised, never printed. */
export function logSafely(
	level: 'debug' | 'info' | 'warn' | 'error',
	message: string,
	...args: unknown[]
) {
	if (level === 'debug' || level === 'info') return;
	// better-auth's messages are fixed words with values after a colon, a quote or a bracket.
	const what = message
		.split(/[:\n"'`([{=]/)[0]!
		.split(/\s+/)
		.filter((word) => /^[A-Za-z-]+$/.test(word))
		.slice(0, 8)
		.join(' ');
	if (CREDENTIAL_FAILURES.has(what)) {
		console.warn('[auth warn] Sign-in failed');
		return;
	}
	const errors = args.filter((a) => a instanceof Error).map(describeError);
	const line = `[auth ${level}] ${what}${errors.length ? ` (${errors.join('; ')})` : ''}`;
	if (level === 'warn') console.warn(line);
	else console.error(line);
}
