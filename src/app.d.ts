import type { Session } from '$lib/server/auth';

declare global {
	namespace App {
		interface Locals {
			requestId: string;
			user?: Session['user'];
			session?: Session['session'];
			/** Set when a database outage answered this request (sent as 503, see db/outage.ts). */
			outage?: string;
			/** Set-Cookie lines that expire cookies, for responses not made by `resolve`. */
			expiredCookies?: string[];
		}
		interface Error {
			message: string;
			id?: string;
			/** The database was unavailable: "try again in a minute" rather than "went wrong". */
			unavailable?: boolean;
		}
	}
}

export {};
