// Direct session maintenance that better-auth's API only offers with the user's own headers.
import { eq } from 'drizzle-orm';
import type { Db } from './db/client';
import { session } from './db/schema';

/** Deletes one session by its token (absolute expiry, disabled user). */
export async function revoke(db: Db, token: string): Promise<void> {
	await db.delete(session).where(eq(session.token, token));
}

/** Deletes every session of a user, e.g. when an admin disables the account. */
export async function revokeAllFor(db: Db, userId: string): Promise<void> {
	await db.delete(session).where(eq(session.userId, userId));
}

/** True when a session has outlived the absolute limit, however active it has been. */
export function isPastAbsoluteLimit(
	createdAt: Date | string,
	limitSeconds: number,
	now = Date.now()
) {
	return now - new Date(createdAt).getTime() > limitSeconds * 1000;
}
