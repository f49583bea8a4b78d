import * as settings from '$lib/server/alerts/settings';
import { config, db } from '$lib/server/db';
import { runFormAction } from '$lib/server/http/form-action';
import * as mail from '$lib/server/mail';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => ({
	...(await settings.modeOf(db, locals.user!)),
	mailConfigured: mail.isConfigured() && config.ALERTS_POLL_SECONDS > 0,
	digestHour: config.ALERTS_DIGEST_HOUR,
	timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone
});

export const actions: Actions = {
	default: ({ request, locals }) =>
		runFormAction(
			request,
			{ id: 'alerts', schema: settings.alertsFormSchema },
			async ({ mode }) => {
				await settings.choose(db, locals.user!, mode, locals.requestId);
				return { kind: 'done', extra: { saved: mode } };
			}
		)
};
