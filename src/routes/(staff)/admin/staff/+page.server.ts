import { setError, superValidate, fail as formFail } from 'sveltekit-superforms';
import { zod4, type Infer, type ZodValidationSchema } from 'sveltekit-superforms/adapters';
import { z } from 'zod';
import { db } from '$lib/server/db';
import * as admin from '$lib/server/admin/staff';
import * as mail from '$lib/server/mail';
import { DuplicateEmailError } from '$lib/server/auth/accounts';
import {
	readForm,
	runFormAction,
	type FormOutcome,
	type FormRefusal
} from '$lib/server/http/form-action';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

/** The "Add a staff member" form: the account, and how its first password is given. */
const CREATE = admin.newStaffSchema.extend({
	firstPassword: z.enum(['one-time', 'email']).default('one-time')
});
const createForm = zod4(CREATE);

export const load: PageServerLoad = async ({ locals }) => ({
	staff: await admin.list(db),
	me: locals.user!.id,
	/** Set-password links can be emailed (SMTP is configured). */
	canEmail: mail.isConfigured(),
	createForm: await superValidate(createForm)
});

const actor = ({ locals }: RequestEvent) => ({
	id: locals.user!.id,
	role: locals.user!.role,
	requestId: locals.requestId
});
/** A change refused for the account's state or the admin's, said in words they can act on. */
const refused = (reason: admin.Refusal): FormRefusal => ({
	kind: 'refused',
	status: 400,
	text: admin.REFUSALS[reason]
});
/** A row's change as the admin is told it: done, nothing to change, or refused and why. */
const said = (result: admin.ChangeResult, done: string): FormOutcome =>
	result.ok
		? { kind: 'done', text: result.changed ? done : 'Nothing to change.' }
		: refused(result.reason);

/**
 * One row's change, a form of its own (the action's name is its id). Errors and refusals come
 * back with the form, whose `id` field says which row to show them in.
 */
function rowAction<
	S extends ZodValidationSchema,
	Extra extends Record<string, unknown> = Record<never, never>
>(
	action: string,
	schema: S,
	run: (a: admin.Actor, input: Infer<S, 'zod4'>) => Promise<FormOutcome<Extra>>
) {
	return (event: RequestEvent) =>
		runFormAction(event.request, { id: action, schema }, (input) => run(actor(event), input));
}

export const actions: Actions = {
	create: async (event) => {
		const form = await readForm(event.request, CREATE);
		if (!form.valid) return formFail(400, { form });
		const { firstPassword, ...account } = form.data;
		try {
			if (firstPassword === 'email' && mail.isConfigured()) {
				const { emailed } = await admin.createWithLink(db, actor(event), account, mail.linkMail());
				return { form, createdWithLink: { ...account, emailed } };
			}
			const { password } = await admin.create(db, actor(event), account);
			return { form, created: { ...account, password } };
		} catch (e) {
			if (!(e instanceof DuplicateEmailError)) throw e;
			return setError(form, 'email', e.message);
		}
	},
	setRole: rowAction('setRole', admin.roleChangeSchema, async (a, input) =>
		said(await admin.setRole(db, a, input.id, input.role), 'Role changed.')
	),
	disable: rowAction('disable', admin.targetSchema, async (a, input) =>
		said(await admin.disable(db, a, input.id), 'Disabled and signed out everywhere.')
	),
	enable: rowAction('enable', admin.targetSchema, async (a, input) =>
		said(await admin.enable(db, a, input.id), 'Enabled.')
	),
	resetPassword: rowAction(
		'resetPassword',
		admin.targetSchema,
		async (a, input): Promise<FormOutcome<{ reset: { password: string } }>> => {
			const result = await admin.resetPassword(db, a, input.id);
			if (!result.ok) return refused(result.reason);
			return { kind: 'done', extra: { reset: { password: result.password! } } };
		}
	),
	emailPasswordLink: rowAction(
		'emailPasswordLink',
		admin.targetSchema,
		async (a, input): Promise<FormOutcome<{ linkSent: { emailed: boolean } }>> => {
			if (!mail.isConfigured()) {
				return { kind: 'refused', status: 400, text: 'Email is not set up here.' };
			}
			const result = await admin.emailPasswordLink(db, a, input.id, mail.linkMail());
			if (!result.ok) return refused(result.reason);
			return { kind: 'done', extra: { linkSent: { emailed: result.emailed === true } } };
		}
	),
	resetTwoFactor: rowAction('resetTwoFactor', admin.targetSchema, async (a, input) =>
		said(
			await admin.resetTwoFactor(db, a, input.id),
			'Two-step verification removed and signed out everywhere; they set it up again at Security.'
		)
	)
};
