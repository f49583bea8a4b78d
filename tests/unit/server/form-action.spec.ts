// How a staff form action reads a post (superforms, strict) and answers it (runFormAction).
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { firstError, type FormMessage } from '../../../src/lib/clinic/forms';
import { roleChangeSchema } from '../../../src/lib/server/admin/staff';
import { reopenFormSchema } from '../../../src/lib/server/clinic/reopen';
import { statusFormSchema } from '../../../src/lib/server/clinic/workflow';
import {
	readForm,
	runFormAction,
	type FormOutcome
} from '../../../src/lib/server/http/form-action';

const post = (entries: [string, string | Blob][]) => {
	const body = new FormData();
	for (const [k, v] of entries) body.append(k, v);
	return new Request('http://x.test/', { method: 'POST', body });
};

describe('readForm', () => {
	it('keeps only the schema’s fields: no `__proto__`, unknown names or files', async () => {
		const form = await readForm(
			post([
				['__proto__', 'x'],
				['constructor', 'y'],
				['to', 'approved'],
				['revision', '3'],
				['reason', new Blob(['file'])],
				['admin', 'true']
			]),
			statusFormSchema,
			'status'
		);
		expect(form.valid).toBe(true);
		expect(form.data).toEqual({ to: 'approved', revision: 3 });
		expect(Object.getPrototypeOf(form.data)).toBe(Object.prototype);
	});

	it('reads a field left out as missing, never as a default value', async () => {
		// Without strict reading superforms fills in the type's default: the first status, 0.
		const status = await readForm(post([['reason', 'typed']]), statusFormSchema, 'status');
		expect(status.valid).toBe(false);
		expect(status.errors).toEqual({ to: ['Choose a status.'], revision: ['Reload the page.'] });
		expect(status.data.reason).toBe('typed');
		const role = await readForm(post([['id', crypto.randomUUID()]]), roleChangeSchema, 'setRole');
		expect(firstError(role.errors, 'role')).toBe('Choose clinician or admin.');
	});

	it('reads every value of a checkbox list, with the list’s own errors and each item’s', async () => {
		const none = await readForm(
			post([
				['message', 'Which procedure?'],
				['revision', '1']
			]),
			reopenFormSchema,
			'reopen'
		);
		expect(firstError(none.errors, 'steps')).toBe(
			'Choose at least one part of the form for the patient to update.'
		);
		expect(none.data.message).toBe('Which procedure?');
		const bad = await readForm(
			post([
				['steps', 'health'],
				['steps', 'no-such-page'],
				['message', 'Which procedure?'],
				['revision', '1']
			]),
			reopenFormSchema,
			'reopen'
		);
		expect(bad.data.steps).toEqual(['health', 'no-such-page']);
		expect(firstError(bad.errors, 'steps')).toBe('Choose from the list.');
	});

	it('takes the id a form posts (several forms on one action), else the one given', async () => {
		const posted = post([
			['__superform_id', 'status-declined'],
			['to', 'declined'],
			['revision', '0']
		]);
		expect((await readForm(posted, statusFormSchema, 'status')).id).toBe('status-declined');
		expect((await readForm(post([]), statusFormSchema, 'status')).id).toBe('status');
	});

	it('does not read superForm’s JSON field: no page sends it, and it may carry any shape', async () => {
		const form = await readForm(
			post([
				['__superform_json', '[{"steps":1,"message":2,"revision":3},{"a":4},"Hi",0]'],
				['message', 'Typed'],
				['revision', '1']
			]),
			reopenFormSchema,
			'reopen'
		);
		expect(form.data).toEqual({ steps: [], message: 'Typed', revision: 1 });
		expect(firstError(form.errors, 'steps')).toBe(
			'Choose at least one part of the form for the patient to update.'
		);
	});

	it('refuses a body that cannot be read as a form (400), as the hook does', async () => {
		const garbled = new Request('http://x.test/', {
			method: 'POST',
			headers: { 'content-type': 'multipart/form-data; boundary=x' },
			body: '--y\r\nnot a part'
		});
		await expect(readForm(garbled, statusFormSchema, 'status')).rejects.toMatchObject({
			status: 400
		});
	});
});

describe('runFormAction', () => {
	const schema = z.object({ note: z.string().trim().min(1, 'Write the note first.') });
	type Answer = { status?: number; data?: { form: Form }; form?: Form; extra?: string };
	type Form = { id: string; valid: boolean; data: { note?: string }; errors: object };
	const run = async (note: string, outcome: FormOutcome<{ extra: string }>) => {
		let ran = false;
		const answer = (await runFormAction(post([['note', note]]), { id: 'note', schema }, () => {
			ran = true;
			return Promise.resolve(outcome);
		})) as Answer;
		const form = (answer.form ?? answer.data!.form) as Form & { message?: FormMessage };
		return { ran, status: answer.status ?? 200, form, extra: answer.extra };
	};

	it('field errors: 400, nothing run, the typed text sent back', async () => {
		const answer = await run('   ', { kind: 'done', text: 'Note added.' });
		expect(answer).toMatchObject({ ran: false, status: 400 });
		expect(answer.form.errors).toEqual({ note: ['Write the note first.'] });
		expect(answer.form.data.note).toBe('   ');
	});

	it('done: the form with its status line, and what the change brought', async () => {
		const answer = await run('Called back', {
			kind: 'done',
			text: 'Note added.',
			extra: { extra: 'shown once' }
		});
		expect(answer).toMatchObject({ ran: true, status: 200, extra: 'shown once' });
		expect(answer.form).toMatchObject({ valid: true, message: { ok: true, text: 'Note added.' } });
	});

	it('bad input only the change could tell: field errors, 400', async () => {
		const answer = await run('Called back', { kind: 'invalid', errors: { note: ['Too late.'] } });
		expect(answer).toMatchObject({ ran: true, status: 400 });
		expect(answer.form).toMatchObject({ valid: false, errors: { note: ['Too late.'] } });
		expect(answer.form.data.note).toBe('Called back');
	});

	it('refused: its status and message, the typed text kept', async () => {
		const answer = await run('Called back', { kind: 'refused', status: 409, text: 'Changed.' });
		expect(answer).toMatchObject({ status: 409 });
		expect(answer.form).toMatchObject({
			valid: false,
			message: { ok: false, text: 'Changed.' },
			data: { note: 'Called back' }
		});
	});
});
