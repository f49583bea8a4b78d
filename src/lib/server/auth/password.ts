// Staff password hashing: argon2id at the OWASP minimum (m=19 MiB, t=2, p=1), with Node's own
// implementation (node:crypto, Node >= 24.7), stored as a PHC string so parameters can be raised
// later without invalidating old hashes.
import { argon2, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

const argon2Async = promisify(argon2);
const PARAMS = { memory: 19_456, passes: 2, parallelism: 1, tagLength: 32 } as const;

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

/** Hashes a password into `$argon2id$v=19$m=…,t=…,p=…$salt$hash`. */
export async function hashPassword(password: string): Promise<string> {
	const nonce = randomBytes(16);
	const tag = await argon2Async('argon2id', { message: password, nonce, ...PARAMS });
	return `$argon2id$v=19$m=${PARAMS.memory},t=${PARAMS.passes},p=${PARAMS.parallelism}$${b64(nonce)}$${b64(tag)}`;
}

/** Checks a password against a stored PHC string in constant time; malformed hashes never match. */
export async function verifyPassword({ hash, password }: { hash: string; password: string }) {
	const m = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$/.exec(
		hash
	);
	if (!m) return false;
	const [, memory, passes, parallelism, salt, expected] = m as unknown as string[];
	const want = Buffer.from(expected!, 'base64');
	const got = await argon2Async('argon2id', {
		message: password,
		nonce: Buffer.from(salt!, 'base64'),
		memory: Number(memory),
		passes: Number(passes),
		parallelism: Number(parallelism),
		tagLength: want.length
	});
	return got.length === want.length && timingSafeEqual(got, want);
}

/** A random password of 20 characters from an unambiguous alphabet (about 115 bits). */
export function generatePassword(): string {
	const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789';
	return Array.from({ length: 20 }, () => alphabet[randomInt(alphabet.length)]).join('');
}

/** Lower-case letters and digits without the look-alikes i, l, o, 0 and 1. */
export const BACKUP_CODE_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/**
 * Ten single-use backup codes such as `k7mxq-3hw9t` (about 49 bits each): read off paper or a
 * screen without confusing l, I, 1, O or 0 (better-auth's own mix both cases and all digits).
 */
export function generateBackupCodes(): string[] {
	const char = () => BACKUP_CODE_ALPHABET[randomInt(BACKUP_CODE_ALPHABET.length)];
	return Array.from({ length: 10 }, () => {
		const code = Array.from({ length: 10 }, char).join('');
		return `${code.slice(0, 5)}-${code.slice(5)}`;
	});
}

const b64 = (buf: Buffer) => buf.toString('base64').replace(/=+$/, '');
