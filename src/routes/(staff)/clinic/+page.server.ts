// The triage queue: filters, search, sort and the page cursor all come from the URL (a GET form),
// so a view can be bookmarked and the page works without JavaScript.
import { db } from '$lib/server/db';
import { actorFrom } from '$lib/server/clinic/actor';
import { filterOptions, queuePage } from '$lib/server/clinic/queue-view';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url, locals }) => ({
	...(await queuePage(db, url.searchParams, actorFrom(locals).id)),
	options: filterOptions()
});
