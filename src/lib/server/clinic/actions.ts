// The shape every clinic form action shares: read the posted fields, validate them (field errors →
// 400), run one workflow change as the signed-in staff member and turn its outcome into a message,
// a 409 with the reason (the page then shows the fresh state), or a 404.
import { error, fail, type RequestEvent } from '@sveltejs/kit';
import { z } from 'zod';
import { statusLabel } from '../../clinic/labels';
import { readForm } from '../http/form-fields';
import { plural } from '../../clinic/words';
import { actorFrom } from './actor';
import type { ScreeningChange } from '../intakes/screenings';
import type { Actor, ChangeOutcome } from './workflow';

type ActionName = 'status' | 'assign' | 'note' | 'reopen' | 'reissue' | 'rescreen' | 'review';

/** A workflow outcome; a change may bring `extra` values for the page (shown once). */
type Outcome =
	| ChangeOutcome
	| { kind: 'changed'; revision: number; extra: Record<string, unknown> }
	| { kind: 'added'; id: number }
	/** Refused for a reason of its own (too many fresh links in an hour): 429 with the message. */
	| { kind: 'refused'; message: string };

const CONFLICT_MESSAGE =
	'Someone else changed this intake while you had it open, so your change was not saved. ' +
	'The page now shows the current state: check it and try again if it is still needed.';

const REFUSED: Record<ActionName, string> = {
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

function doneMessage(action: ActionName, values: Record<string, unknown>, extra: Extra) {
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

type Extra = Record<string, unknown>;

/** The fields a form schema reads: its keys, array-valued ones (checkboxes) as lists. */
export function fieldsOf(schema: z.ZodType) {
	const shape = (schema as unknown as { shape?: Record<string, z.ZodType> }).shape ?? {};
	const isList = (field: z.ZodType): boolean =>
		field instanceof z.ZodArray ||
		(field instanceof z.ZodPipe && isList(field.out as z.ZodType)) ||
		((field instanceof z.ZodOptional || field instanceof z.ZodDefault) &&
			isList(field.unwrap() as z.ZodType));
	const keys = Object.keys(shape);
	return {
		names: keys.filter((k) => !isList(shape[k]!)),
		lists: keys.filter((k) => isList(shape[k]!))
	};
}

const isId = (id: string | undefined) => z.uuid().safeParse(id).success;

/** A posted form's field errors, by field name. */
const fieldErrors = (error: z.ZodError) =>
	z.flattenError(error).fieldErrors as Record<string, string[]>;

/** Runs one clinic form action; see the module note. */
export async function runAction<S extends z.ZodType>(
	event: RequestEvent<{ id: string }>,
	action: ActionName,
	schema: S,
	change: (actor: Actor, values: z.output<S>) => Promise<Outcome>
) {
	const actor = actorFrom(event.locals);
	if (!isId(event.params.id)) error(404, 'There is no intake at this address.');
	const { names, lists } = fieldsOf(schema);
	const posted: Record<string, string | string[] | undefined> = await readForm(
		event.request,
		names,
		lists
	);
	const values = {
		to: posted.to,
		reason: posted.reason,
		body: posted.body,
		message: posted.message,
		steps: posted.steps ?? []
	};
	const parsed = schema.safeParse(posted);
	if (!parsed.success) return fail(400, { action, errors: fieldErrors(parsed.error), values });
	const outcome = await change(actor, parsed.data);
	switch (outcome.kind) {
		case 'changed':
		case 'added': {
			const extra = 'extra' in outcome ? outcome.extra : {};
			return { action, done: doneMessage(action, parsed.data as Extra, extra), ...extra };
		}
		case 'invalid':
			return fail(400, { action, errors: outcome.errors, values });
		case 'refused':
			return fail(429, { action, message: outcome.message, values });
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

/** What a queue form action returns (bulk actions and saved views), by outcome. */
type QueueOutcome =
	| { kind: 'done'; report: { done: string; skipped: { id: string; name: string; why: string }[] } }
	| { kind: 'added' | 'changed'; id: string }
	| { kind: 'invalid'; errors: Record<string, string[]> }
	| { kind: 'not-allowed'; message: string }
	| { kind: 'not-found' };

type QueueActionName = 'assign' | 'archive' | 'saveView' | 'deleteView';

const QUEUE_DONE: Record<Exclude<QueueActionName, 'assign' | 'archive'>, Record<string, string>> = {
	saveView: { added: 'View saved.', changed: 'View saved (it replaces the view of that name).' },
	deleteView: { changed: 'Saved view deleted.' }
};

/**
 * Runs one form action of the queue page: read the posted fields (`lists` are checkbox lists),
 * validate them (field errors → 400, nothing changed), run the change as the signed-in staff
 * member. A refusal of the role is a 403 with a message; a view that is not the person's, a 404
 * message. Typed text is echoed back so a form without JavaScript keeps it.
 */
export async function runQueueAction<S extends z.ZodType>(
	event: RequestEvent,
	action: QueueActionName,
	schema: S,
	lists: readonly string[],
	change: (actor: Actor, values: z.output<S>) => Promise<QueueOutcome>
) {
	const actor = actorFrom(event.locals);
	const names = ['all', 'assignee', 'reason', 'name', 'query', 'view'] as const;
	const posted = await readForm(event.request, names, lists);
	const values = { assignee: posted.assignee, reason: posted.reason, name: posted.name };
	const parsed = schema.safeParse(posted);
	if (!parsed.success) return fail(400, { action, errors: fieldErrors(parsed.error), values });
	const outcome = await change(actor, parsed.data);
	switch (outcome.kind) {
		case 'done':
			return { action, done: outcome.report.done, skipped: outcome.report.skipped };
		case 'added':
		case 'changed':
			return { action, done: QUEUE_DONE[action as 'saveView'][outcome.kind] ?? 'Done.' };
		case 'invalid':
			return fail(400, { action, errors: outcome.errors, values });
		case 'not-allowed':
			return fail(403, { action, message: outcome.message, values });
		case 'not-found':
			return fail(404, { action, message: 'That saved view no longer exists.', values });
	}
}
