import { fail } from '@sveltejs/kit';
import { setError, superValidate, fail as formFail } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { z } from 'zod';
import { db } from '$lib/server/db';
import * as admin from '$lib/server/admin/staff';
import * as mail from '$lib/server/mail';
import { DuplicateEmailError } from '$lib/server/auth/accounts';
import { textFields } from '$lib/server/http/form-fields';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

/** The "Add a staff member" form: the account, and how its first password is given. */
const createForm = zod4(
	admin.newStaffSchema.extend({
		firstPassword: z.enum(['one-time', 'email']).default('one-time')
	})
);

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
/** The fields of the row forms (each action's schema reads its own). */
const FIELDS = ['id', 'role'] as const;
const fields = async (request: Request) => textFields(await request.formData(), FIELDS);

/** One row's change: field errors and refusals come back with the row's id, shown in its row. */
function rowAction<T extends { id: string }>(
	schema: z.ZodType<T>,
	run: (a: admin.Actor, input: T) => Promise<admin.ChangeResult>,
	done: string
) {
	return async (event: RequestEvent) => {
		const values = await fields(event.request);
		const parsed = schema.safeParse(values);
		const rowId = typeof values.id === 'string' ? values.id : null;
		if (!parsed.success) {
			return fail(400, { rowId, rowError: parsed.error.issues[0]?.message ?? 'Check the form.' });
		}
		const result = await run(actor(event), parsed.data);
		if (!result.ok) return fail(400, { rowId, rowError: admin.REFUSALS[result.reason] });
		return { rowId, message: result.changed ? done : 'Nothing to change.' };
	};
}

export const actions: Actions = {
	create: async (event) => {
		const form = await superValidate(event.request, createForm);
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
	setRole: rowAction(
		admin.roleChangeSchema,
		(a, input) => admin.setRole(db, a, input.id, input.role),
		'Role changed.'
	),
	disable: rowAction(
		admin.targetSchema,
		(a, input) => admin.disable(db, a, input.id),
		'Disabled and signed out everywhere.'
	),
	enable: rowAction(admin.targetSchema, (a, input) => admin.enable(db, a, input.id), 'Enabled.'),
	resetPassword: async (event) => {
		const values = await fields(event.request);
		const parsed = admin.targetSchema.safeParse(values);
		const rowId = typeof values.id === 'string' ? values.id : null;
		if (!parsed.success) return fail(400, { rowId, rowError: 'Unknown staff account.' });
		const result = await admin.resetPassword(db, actor(event), parsed.data.id);
		if (!result.ok) return fail(400, { rowId, rowError: admin.REFUSALS[result.reason] });
		return { rowId, reset: { password: result.password! } };
	},
	emailPasswordLink: async (event) => {
		const values = await fields(event.request);
		const parsed = admin.targetSchema.safeParse(values);
		const rowId = typeof values.id === 'string' ? values.id : null;
		if (!parsed.success) return fail(400, { rowId, rowError: 'Unknown staff account.' });
		if (!mail.isConfigured()) return fail(400, { rowId, rowError: 'Email is not set up here.' });
		const result = await admin.emailPasswordLink(db, actor(event), parsed.data.id, mail.linkMail());
		if (!result.ok) return fail(400, { rowId, rowError: admin.REFUSALS[result.reason] });
		return { rowId, linkSent: { emailed: result.emailed === true } };
	},
	resetTwoFactor: rowAction(
		admin.targetSchema,
		(a, input) => admin.resetTwoFactor(db, a, input.id),
		'Two-step verification removed and signed out everywhere; they set it up again at Security.'
	)
};
