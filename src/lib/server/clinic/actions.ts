// The shape every clinic form action shares: read the posted fields, validate them (field errors →
// 400), run one workflow change as the signed-in staff member and turn its outcome into a message,
// a 409 with the reason (the page then shows the fresh state), or a 404.
import { error, fail, type RequestEvent } from '@sveltejs/kit';
import { z } from 'zod';
import { statusLabel } from '../../components/clinic/labels';
import { actorFrom } from './actor';
import type { Actor, ChangeOutcome } from './workflow';

type ActionName = 'status' | 'assign' | 'note';

type Outcome = ChangeOutcome | { kind: 'added'; id: number };

const CONFLICT_MESSAGE =
	'Someone else changed this intake while you had it open, so your change was not saved. ' +
	'The page now shows the current state: check it and try again if it is still needed.';

const REFUSED: Record<ActionName, string> = {
	status: 'That status change is not allowed from the current status.',
	assign: 'That person cannot be assigned intakes. Choose someone from the list.',
	note: 'The note could not be added.'
};

function doneMessage(action: ActionName, values: Record<string, unknown>) {
	if (action === 'status') return `Status changed to ${statusLabel(String(values.to))}.`;
	if (action === 'assign') return values.assignee ? 'Intake assigned.' : 'Intake unassigned.';
	return 'Note added.';
}

const isId = (id: string | undefined) => z.uuid().safeParse(id).success;

/** Runs one clinic form action; see the module note. */
export async function runAction<S extends z.ZodType>(
	event: RequestEvent<{ id: string }>,
	action: ActionName,
	schema: S,
	change: (actor: Actor, values: z.output<S>) => Promise<Outcome>
) {
	const actor = actorFrom(event.locals);
	if (!isId(event.params.id)) error(404, 'There is no intake at this address.');
	const posted = Object.fromEntries(
		[...(await event.request.formData())].filter(([, v]) => typeof v === 'string')
	) as Record<string, string>;
	const values = { to: posted.to, reason: posted.reason, body: posted.body };
	const parsed = schema.safeParse(posted);
	if (!parsed.success) {
		const errors = z.flattenError(parsed.error).fieldErrors as Record<string, string[]>;
		return fail(400, { action, errors, values });
	}
	const outcome = await change(actor, parsed.data);
	switch (outcome.kind) {
		case 'changed':
		case 'added':
			return { action, done: doneMessage(action, parsed.data as Record<string, unknown>) };
		case 'conflict':
			return fail(409, { action, conflict: true, message: CONFLICT_MESSAGE, values });
		case 'not-allowed':
			// A wrong assignee is bad input; a refused status change is about the intake's state.
			return action === 'assign'
				? fail(400, { action, errors: { assignee: [REFUSED.assign] }, values })
				: fail(409, { action, message: REFUSED[action], values });
		case 'not-found':
			error(404, 'There is no intake at this address.');
	}
}
