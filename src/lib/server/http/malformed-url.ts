// A path that cannot be percent-decoded (`/%ED%A0%80`, `/%E0%A4`) makes SvelteKit skip the
// try/catch its other requests run in: an error thrown by any handle hook then escapes as an
// unhandled rejection and the Node process exits. Our hooks throw on purpose (a NUL byte, an
// unreadable form, a body over BODY_SIZE_LIMIT read by them), so one request such as
// `POST /%ED%A0%80` with a text/plain body stopped the server. Such a path is answered with 400
// before any other hook runs.
import type { Handle } from '@sveltejs/kit';

/**
 * The pathname decoded as SvelteKit decodes it (each part between literal `%25`s), or null when it
 * cannot be. (The decoded value is returned, not just tried: a bare `decodeURI()` whose result is
 * unused is dropped by the bundler as free of side effects.)
 */
export function decodedPath(pathname: string): string | null {
	try {
		return pathname.split('%25').map(decodeURI).join('%25');
	} catch {
		return null;
	}
}

export const refuseMalformedPaths: Handle = ({ event, resolve }) => {
	if (decodedPath(event.url.pathname) === null) {
		return new Response('Malformed URI', {
			status: 400,
			headers: { 'content-type': 'text/plain; charset=utf-8' }
		});
	}
	return resolve(event);
};
