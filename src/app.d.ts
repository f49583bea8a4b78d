import type { Session } from '$lib/server/auth';

declare global {
	namespace App {
		interface Locals {
			requestId: string;
			user?: Session['user'];
			session?: Session['session'];
		}
		interface Error {
			message: string;
			id?: string;
		}
	}
}

export {};
