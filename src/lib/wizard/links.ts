// Links between patient pages in the page's language (this module is light: no questionnaire
// model, so pages can import it without loading zod): `/intake/about` in English, `/es/intake/about`
// in Spanish (Paraglide's URL strategy). Used for hrefs and for the server's redirects alike.
import { resolve } from '$app/paths';
import type { Pathname, ResolvedPathname } from '$app/types';
import type { StepId } from '$lib/intake';
import { localizeHref } from '$lib/paraglide/runtime';

/** A page of the wizard: a step, or the review page. */
export type WizardPage = StepId | 'review';

/** The path of a wizard page (not yet localised). */
export const pagePath = (page: WizardPage) =>
	page === 'review' ? '/intake/review' : `/intake/${page}`;

/** Query of a step opened from the review page's "Change" link: saving it returns to the review. */
export const FROM_REVIEW = '?from=review';

/**
 * `path` (an app path such as '/intake/review') for the current language (or `locale`), base path
 * included, with an optional query (`search`, e.g. '?from=review').
 */
export function localHref(path: string, locale?: 'en' | 'es', search = ''): ResolvedPathname {
	// Past 25 routes TypeScript no longer matches a union of paths against resolve()'s overloads.
	const resolved = (resolve as (route: Pathname) => ResolvedPathname)(path as Pathname);
	return (localizeHref(resolved, locale ? { locale } : undefined) + search) as ResolvedPathname;
}
