// Links between patient pages in the page's language: `/intake/about` in English, `/es/intake/about`
// in Spanish (Paraglide's URL strategy). Used for hrefs and for the server's redirects alike.
import { resolve } from '$app/paths';
import type { Pathname, ResolvedPathname } from '$app/types';
import { localizeHref } from '$lib/paraglide/runtime';

/** `path` (an app path such as '/intake/review') for the current language, base path included. */
export function localHref(path: string, locale?: 'en' | 'es'): ResolvedPathname {
	const resolved = resolve(path as Pathname);
	return localizeHref(resolved, locale ? { locale } : undefined) as ResolvedPathname;
}
