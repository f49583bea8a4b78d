// A one-to-two-page summary of an intake for the chart. Opening it is audited as intake.printed.
import { error } from '@sveltejs/kit';
import { config, db } from '$lib/server/db';
import { actorFrom } from '$lib/server/clinic/actor';
import { exactTime } from '$lib/server/clinic/dates';
import * as detail from '$lib/server/clinic/detail';
import { intakeView } from '$lib/server/clinic/intake-view';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => {
	const actor = actorFrom(locals);
	const record = await detail.open(db, params.id, actor, 'intake.printed');
	if (!record) error(404, 'There is no intake at this address.');
	const { intake, flags, screeningNotes, titration, answerSheet, screenedBy, overrides, reviews } =
		intakeView(record, actor);
	return {
		intake,
		screenedBy,
		flags,
		overrides,
		reviews,
		screeningNotes,
		titration,
		answerSheet,
		clinicName: config.CLINIC_NAME,
		printedAt: exactTime(new Date()),
		printedBy: locals.user?.name ?? ''
	};
};
