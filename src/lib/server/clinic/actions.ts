// The clinic's form actions, on an intake's page and on the queue: each reads its form with
// superforms and answers through the one runner (../http/form-action.ts), as the signed-in staff
// member. What differs is only what each outcome of a change is called: here.
import { error, type RequestEvent } from '@sveltejs/kit';
import { z } from 'zod';
import type { Infer, ZodValidationSchema } from 'sveltekit-superforms/adapters';
import { statusLabel } from '../../clinic/labels';
import { plural } from '../../clinic/words';
import { runFormAction, type FormOutcome } from '../http/form-action';
import { actorFrom } from './actor';
import type { BulkOutcome, BulkReport } from './bulk';
import type { ViewOutcome } from './saved-views';
import type { ScreeningChange } from '../intakes/screenings';
import type { Actor, ChangeOutcome } from './workflow';

type IntakeAction = 'status' | 'assign' | 'note' | 'reopen' | 'reissue' | 'rescreen' | 'review';

/** A workflow outcome; a change may bring `extra` values for the page (shown once). */
type IntakeOutcome =
	| ChangeOutcome
	| { kind: 'changed'; revision: number; extra: Record<string, unknown> }
	| { kind: 'added'; id: number }
	/** Refused for a reason of its own (too many fresh links in an hour): 429 with the message. */
	| { kind: 'refused'; message: string };

const NO_INTAKE = 'There is no intake at this address.';

const CONFLICT_MESSAGE =
	'Someone else changed this intake while you had it open, so your change was not saved. ' +
	'The page now shows the current state: check it and try again if it is still needed.';

const REFUSED: Record<IntakeAction, string> = {
	status: 'That status change is not allowed from the current status.',
	assign: 'That person cannot be assigned intakes. Choose someone from the list.',
	note: 'The note could not be added.',
	reopen:
		'More information can only be asked for while the intake is in review, ' +
		'and only about pages of the form that apply to it.',
	reissue:
		'A fresh link can only be issued while the intake is waiting for the patient to answer ' +
		'a request for more information.',
	rescreen:
		'These answers cannot be read by the current questionnaire, so they cannot be screened again.',
	review: 'Only a caution flag of the current screening can be marked as reviewed.'
};

/** What screening again changed, in one sentence. */
function rescreenMessage(change: ScreeningChange | null): string {
	if (!change) return 'Screened with the current rules.';
	const parts: string[] = [];
	if (change.triageFrom !== change.triageTo) parts.push('the triage changed');
	const count = (n: number, what: string) => `${plural(n, 'flag')} ${what}`;
	if (change.added.length) parts.push(count(change.added.length, 'added'));
	if (change.removed.length) parts.push(count(change.removed.length, 'removed'));
	if (change.changed.length) parts.push(count(change.changed.length, 'reworded or regraded'));
	if (change.eligibleFromBefore !== change.eligibleFromAfter)
		parts.push('the eligible-from date changed');
	return parts.length
		? `Screened again with the current rules: ${parts.join(', ')}. The differences are listed below.`
		: 'Screened again with the current rules: nothing changed.';
}

type Extra = Record<string, unknown>;

function doneMessage(action: IntakeAction, values: Extra, extra: Extra) {
	if (action === 'status') return `Status changed to ${statusLabel(String(values.to))}.`;
	if (action === 'assign') return values.assignee ? 'Intake assigned.' : 'Intake unassigned.';
	if (action === 'rescreen') return rescreenMessage((extra.change as ScreeningChange) ?? null);
	if (action === 'review') return 'Caution marked as reviewed.';
	if (action === 'reopen') return 'More information requested.';
	if (action === 'reissue') {
		return 'A fresh link was issued: the link and code from before no longer work.';
	}
	return 'Note added.';
}

/** What the person is told of a change to an intake. */
function intakeAnswer(
	action: IntakeAction,
	values: Extra,
	outcome: IntakeOutcome
): FormOutcome<Extra> {
	switch (outcome.kind) {
		case 'changed':
		case 'added': {
			const extra = 'extra' in outcome ? outcome.extra : {};
			return { kind: 'done', text: doneMessage(action, values, extra), extra };
		}
		case 'invalid':
			return outcome;
		case 'refused':
			return { kind: 'refused', status: 429, text: outcome.message };
		case 'conflict':
			return { kind: 'refused', status: 409, text: CONFLICT_MESSAGE };
		case 'not-allowed':
			// A wrong assignee is bad input; a refused status change is about the intake's state.
			return action === 'assign'
				? { kind: 'invalid', errors: { assignee: [REFUSED.assign] } }
				: { kind: 'refused', status: 409, text: REFUSED[action] };
		case 'not-found':
			error(404, NO_INTAKE);
	}
}

const isId = (id: string | undefined) => z.uuid().safeParse(id).success;

/**
 * Runs one form action of an intake's page: the form's id is the action's name, or the id its
 * form posts (the status forms, one per target status, all post to `status`). Field errors are a
 * 400 with nothing changed; a change someone else made first, a 409 with the reason (the page then
 * shows the fresh state); a missing intake, a 404.
 */
export async function runIntakeAction<S extends ZodValidationSchema>(
	event: RequestEvent<{ id: string }>,
	action: IntakeAction,
	schema: S,
	change: (actor: Actor, values: Infer<S, 'zod4'>) => Promise<IntakeOutcome>
) {
	const actor = actorFrom(event.locals);
	if (!isId(event.params.id)) error(404, NO_INTAKE);
	return runFormAction(event.request, { id: action, schema }, async (values) =>
		intakeAnswer(action, values, await change(actor, values))
	);
}

type QueueAction = 'assign' | 'archive' | 'saveView' | 'deleteView';

/** The queue's forms: one bulk form posts to both bulk actions. */
const QUEUE_FORM: Record<QueueAction, string> = {
	assign: 'bulk',
	archive: 'bulk',
	saveView: 'saveView',
	deleteView: 'deleteView'
};

const VIEW_DONE = {
	saveView: { added: 'View saved.', changed: 'View saved (it replaces the view of that name).' },
	deleteView: { added: 'Saved view deleted.', changed: 'Saved view deleted.' }
};

/** What the person is told of a bulk action or a change to their saved views. */
function queueAnswer(
	action: QueueAction,
	outcome: BulkOutcome | ViewOutcome
): FormOutcome<{ skipped?: BulkReport['skipped'] }> {
	switch (outcome.kind) {
		case 'done':
			return {
				kind: 'done',
				text: outcome.report.done,
				extra: { skipped: outcome.report.skipped }
			};
		case 'added':
		case 'changed':
			return { kind: 'done', text: VIEW_DONE[action as keyof typeof VIEW_DONE][outcome.kind] };
		case 'invalid':
			return outcome;
		case 'not-allowed':
			return { kind: 'refused', status: 403, text: outcome.message };
		case 'not-found':
			return { kind: 'refused', status: 404, text: 'That saved view no longer exists.' };
	}
}

/**
 * Runs one form action of the queue page (bulk actions, saved views) as the signed-in staff
 * member: field errors are a 400 with nothing changed, a refusal of the role a 403, a view that
 * is not the person's a 404 (each with its message).
 */
export function runQueueAction<S extends ZodValidationSchema>(
	event: RequestEvent,
	action: QueueAction,
	schema: S,
	change: (actor: Actor, values: Infer<S, 'zod4'>) => Promise<BulkOutcome | ViewOutcome>
) {
	const actor = actorFrom(event.locals);
	return runFormAction(event.request, { id: QUEUE_FORM[action], schema }, async (values) =>
		queueAnswer(action, await change(actor, values))
	);
}
