import { fail } from '@sveltejs/kit';
import * as settings from '$lib/server/alerts/settings';
import { config, db } from '$lib/server/db';
import { readForm } from '$lib/server/http/form-fields';
import * as mail from '$lib/server/mail';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => ({
	...(await settings.modeOf(db, locals.user!)),
	mailConfigured: mail.isConfigured() && config.ALERTS_POLL_SECONDS > 0,
	digestHour: config.ALERTS_DIGEST_HOUR,
	timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone
});

export const actions: Actions = {
	default: async ({ request, locals }) => {
		const { mode } = await readForm(request, ['mode'] as const);
		if (!settings.isAlertMode(mode)) {
			return fail(400, { modeError: 'Choose one of the three options.' });
		}
		await settings.choose(db, locals.user!, mode, locals.requestId);
		return { saved: mode };
	}
};
