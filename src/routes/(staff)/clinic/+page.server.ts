// The triage queue: filters, search, sort and the page cursor all come from the URL (a GET form),
// so a view can be bookmarked and the page works without JavaScript. Its POST actions (plain
// forms, posted to the same URL so the page comes back as it was): bulk assign and archive of the
// ticked rows, and saving or deleting a saved view of one's own.
import { db } from '$lib/server/db';
import { actorFrom } from '$lib/server/clinic/actor';
import { runQueueAction } from '$lib/server/clinic/actions';
import * as bulk from '$lib/server/clinic/bulk';
import { filterOptions, queuePage } from '$lib/server/clinic/queue-view';
import * as savedViews from '$lib/server/clinic/saved-views';
import { assignableStaff } from '$lib/server/clinic/workflow';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url, locals }) => {
	const actor = actorFrom(locals);
	const [page, saved, assignable] = await Promise.all([
		queuePage(db, url.searchParams, actor.id),
		savedViews.listFor(db, actor.id, url.searchParams),
		assignableStaff(db)
	]);
	return { ...page, saved, assignable, role: actor.role, options: filterOptions() };
};

export const actions: Actions = {
	assign: (event) =>
		runQueueAction(event, 'assign', bulk.bulkAssignSchema, (actor, v) =>
			bulk.assignMany(db, actor, {
				rows: bulk.selectedRows(v),
				assignee: v.assignee === 'nobody' ? null : v.assignee
			})
		),
	archive: (event) =>
		runQueueAction(event, 'archive', bulk.bulkArchiveSchema, (actor, v) =>
			bulk.archiveMany(db, actor, { rows: bulk.selectedRows(v), reason: v.reason })
		),
	saveView: (event) =>
		runQueueAction(event, 'saveView', savedViews.saveViewSchema, (actor, v) =>
			savedViews.save(db, actor, v)
		),
	deleteView: (event) =>
		runQueueAction(event, 'deleteView', savedViews.deleteViewSchema, (actor, v) =>
			savedViews.remove(db, actor, v.view)
		)
};
