import { deLocalizeHref, getLocale, locales } from '$lib/paraglide/runtime';
import { localHref } from '$lib/wizard/links';
import { resolveTexts } from '$lib/server/wizard/texts';
import type { LayoutServerLoad } from './$types';

const NAMES: Record<(typeof locales)[number], string> = { en: 'English', es: 'Español' };

/** The frame's texts and the language links, resolved here so the browser needs no i18n runtime. */
export const load: LayoutServerLoad = ({ url }) => {
	const locale = getLocale();
	const path = deLocalizeHref(url.pathname);
	return {
		locale,
		chrome: resolveTexts(
			[
				'app_name',
				'wizard_skip_to_content',
				'wizard_language_label',
				'wizard_footer_not_advice',
				'intake_nav_next'
			],
			locale
		),
		homeHref: localHref('/'),
		languages: locales.map((l) => ({
			locale: l,
			name: NAMES[l],
			href: localHref(path, l),
			current: l === locale
		}))
	};
};
