// The app's better-auth instance, bound to the app database and the current request's cookies.
import { getRequestEvent } from '$app/server';
import { db, config } from './db';
import { createAuth } from './auth/instance';

export { SESSION_ABSOLUTE_SECONDS, SESSION_IDLE_SECONDS, type Session } from './auth/instance';

export const auth = createAuth(db, {
	secret: config.secret,
	baseURL: config.origin,
	getRequestEvent
});
