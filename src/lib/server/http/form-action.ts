// The one way a staff form action reads what was posted: superforms' superValidate with the form's
// zod schema, and the one way it answers: `fail(400, { form })` with field errors, or the form with
// a message (done; or refused with its status: 403, 404, 409, 429). The form comes back with what
// was posted, so a page without JavaScript shows the typed text again beside the errors.
//
// What is read: the fields of the form the hook already read (form-body.ts: size and field limits,
// unreadable bodies refused), and of those only the schema's: unknown names, `__proto__` and files
// go (the fuzz test found a 500 when a reader built an object from every posted name; a file sent
// for a text field reads as missing). Not superForm's `__superform_json` field: no page of ours
// sends it (the pages post with SvelteKit's enhance), and what it decodes to may have any shape
// (a page rendering the values sent back would meet an object where it expects a list).
//
// Strict reading: a field the post left out stays missing and fails validation. superforms would
// otherwise fill it with its type's default (a status form without `to` would read as the first
// status, a missing revision as 0).
import type { ActionFailure } from '@sveltejs/kit';
import { fail, message, setError, superValidate, type SuperValidated } from 'sveltekit-superforms';
import { zod4, type Infer, type ZodValidationSchema } from 'sveltekit-superforms/adapters';
import type { FormMessage } from '../../clinic/forms';
import { postedForm } from './form-body';

/** Refused as a whole, with why: someone else's change (409), a role (403), a limit (429)… */
export interface FormRefusal {
	kind: 'refused';
	status: 400 | 403 | 404 | 409 | 429;
	text: string;
}

/**
 * What a change came to, as the person who posted is told. `Extra`: what a change that was made
 * brings for the page to show once (a new link, a report), beside the form.
 */
export type FormOutcome<Extra extends Record<string, unknown> = Record<never, never>> =
	/** Done, with a status line (or none). */
	| { kind: 'done'; text?: string; extra?: Extra }
	/** Bad input only the change could tell (a missing override reason, a full list): 400. */
	| { kind: 'invalid'; errors: Record<string, string[]> }
	| FormRefusal;

/** A form as read from a post and sent back: its values, field errors and message. */
type Posted<S extends ZodValidationSchema> = SuperValidated<Infer<S, 'zod4'>, FormMessage>;

/** The posted fields, as the hook read them, but superForm's JSON field (see the module note). */
async function postedFields(request: Request): Promise<FormData> {
	const posted = await postedForm(request);
	const fields = new FormData();
	for (const name of posted.keys()) {
		if (name === '__superform_json') continue;
		for (const value of posted.getAll(name)) fields.append(name, value);
	}
	return fields;
}

/**
 * A posted form read against `schema`. `id` tells the page's forms apart (without it, superforms'
 * id for the schema, as `superValidate(zod4(schema))` gives the page's empty form); a form that
 * posts its own `__superform_id` (several forms posting to one action) keeps that one. `M`: the
 * type of the form's message.
 */
export async function readForm<S extends ZodValidationSchema, M = FormMessage>(
	request: Request,
	schema: S,
	id?: string
): Promise<SuperValidated<Infer<S, 'zod4'>, M>> {
	const fields = await postedFields(request);
	return superValidate(fields, zod4(schema), {
		...(id ? { id } : {}),
		strict: true,
		allowFiles: false
	});
}

/**
 * Runs one form action: reads the form (field errors → 400, nothing changed), runs `change` with
 * its values and answers with its outcome.
 */
export async function runFormAction<
	S extends ZodValidationSchema,
	Extra extends Record<string, unknown> = Record<never, never>
>(
	request: Request,
	form: { id: string; schema: S },
	change: (values: Infer<S, 'zod4'>) => Promise<FormOutcome<Extra>>
): Promise<ActionFailure<{ form: Posted<S> }> | ({ form: Posted<S> } & Partial<Extra>)> {
	const posted = await readForm(request, form.schema, form.id);
	if (!posted.valid) return fail(400, { form: posted });
	const outcome = await change(posted.data);
	switch (outcome.kind) {
		case 'done':
			return { ...answered(posted, outcome.text), ...(outcome.extra as Extra) };
		case 'invalid':
			for (const [field, errors] of Object.entries(outcome.errors)) {
				setError(posted, field as never, errors);
			}
			return fail(400, { form: posted });
		case 'refused': {
			// With an error status, message() marks the form invalid and answers with fail(status).
			const said = { ok: false, text: outcome.text };
			return message(posted, said, { status: outcome.status }) as ActionFailure<{
				form: Posted<S>;
			}>;
		}
	}
}

/** `{ form }` for a change that was made, with its status line when it has one. */
function answered<T extends Record<string, unknown>>(
	form: SuperValidated<T, FormMessage>,
	text: string | undefined
): { form: SuperValidated<T, FormMessage> } {
	if (text === undefined) return { form };
	// A message without an error status leaves the form valid and answers 200 with it.
	return message(form, { ok: true, text }) as { form: SuperValidated<T, FormMessage> };
}
