// One intake for review, and the clinician's actions on it. Every render records one view; every
// action is a plain form post (works without JavaScript) checked against the revision it was shown at.
import { error } from '@sveltejs/kit';
import { db, config } from '$lib/server/db';
import { actorFrom } from '$lib/server/clinic/actor';
import * as detail from '$lib/server/clinic/detail';
import { intakeView } from '$lib/server/clinic/intake-view';
import * as workflow from '$lib/server/clinic/workflow';
import { runIntakeAction } from '$lib/server/clinic/actions';
import * as reopen from '$lib/server/clinic/reopen';
import { rescreen, rescreenFormSchema } from '$lib/server/clinic/rescreen';
import { reviewFlag, reviewFormSchema } from '$lib/server/clinic/decisions';
import { todayIso } from '$lib/intake';
import * as mail from '$lib/server/mail';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => {
	const actor = actorFrom(locals);
	const record = await detail.open(db, params.id, actor, 'intake.viewed');
	if (!record) error(404, 'There is no intake at this address.');
	return {
		...intakeView(record, actor),
		assignable: await workflow.assignableStaff(db),
		me: actor.id,
		role: actor.role
	};
};

export const actions: Actions = {
	status: (event) =>
		runIntakeAction(event, 'status', workflow.statusFormSchema, (actor, v) =>
			workflow.changeStatus(db, actor, { intakeId: event.params.id, ...v })
		),
	assign: (event) =>
		runIntakeAction(event, 'assign', workflow.assignFormSchema, (actor, v) =>
			workflow.assign(db, actor, {
				intakeId: event.params.id,
				revision: v.revision,
				assignee: v.assignee || null
			})
		),
	// Screen the stored answers again today with the rules in force now (the old screening is kept).
	rescreen: (event) =>
		runIntakeAction(event, 'rescreen', rescreenFormSchema, (actor, v) =>
			rescreen(db, actor, {
				intakeId: event.params.id,
				revision: v.revision,
				today: todayIso(),
				serviceStates: config.SERVICE_STATES
			})
		),
	// Mark one caution flag of the screening shown as reviewed.
	review: (event) =>
		runIntakeAction(event, 'review', reviewFormSchema, (actor, v) =>
			reviewFlag(db, actor, {
				intakeId: event.params.id,
				screeningId: v.screening,
				ruleId: v.rule
			})
		),
	note: (event) =>
		runIntakeAction(event, 'note', workflow.noteFormSchema, (actor, v) =>
			workflow.addNote(db, actor, { intakeId: event.params.id, body: v.body })
		),
	// Request more information: reopen pages for the patient, then email them the new link (when
	// email is set up) and show it here once either way.
	reopen: (event) =>
		runIntakeAction(event, 'reopen', reopen.reopenFormSchema, async (actor, v) =>
			delivered(
				event.url,
				await reopen.requestInfo(db, actor, {
					intakeId: event.params.id,
					resumeDays: config.DRAFT_RETENTION_DAYS,
					...v
				})
			)
		),
	// A fresh link and code for an open request: the old ones stop working.
	reissue: (event) =>
		runIntakeAction(event, 'reissue', reopen.reissueFormSchema, async (actor, v) =>
			delivered(
				event.url,
				await reopen.reissueLink(db, actor, {
					intakeId: event.params.id,
					resumeDays: config.DRAFT_RETENTION_DAYS,
					...v
				})
			)
		)
};

/** A new link's outcome with the link delivered: emailed if possible, and shown once here. */
async function delivered(url: URL, outcome: reopen.ReissueOutcome) {
	if (outcome.kind !== 'changed') return outcome;
	const extra = await reopen.deliverResume(outcome.resume, {
		origin: config.ORIGIN ?? url.origin,
		send: mail.isConfigured() ? mail.send : null
	});
	return { kind: 'changed' as const, revision: outcome.revision, extra };
}
