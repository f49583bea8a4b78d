import { describe, expect, it } from 'vitest';
import { readForm, textFields } from '../../src/lib/server/http/form-fields';

const form = (entries: [string, string | Blob][]) => {
	const f = new FormData();
	for (const [k, v] of entries) f.append(k, v);
	return f;
};

describe('textFields', () => {
	it('keeps only the named text fields: no `__proto__`, unknown names or files', () => {
		const posted = form([
			['__proto__', 'x'],
			['constructor', 'y'],
			['email', 'a@b.test'],
			['email', 'second@b.test'],
			['name', new Blob(['file'])],
			['role', 'clinician']
		]);
		const fields = textFields(posted, ['name', 'email', 'role']);
		expect(fields).toEqual({ email: 'a@b.test', role: 'clinician' });
		expect(Object.keys(fields)).toEqual(['email', 'role']);
		expect(Object.getPrototypeOf(fields)).toBe(Object.prototype);
	});

	it('reads a posted request: named text fields, every value of a list, nothing else', async () => {
		const body = form([
			['steps', 'about'],
			['steps', 'health'],
			['steps', new Blob(['file'])],
			['message', 'Which procedure?'],
			['__proto__', 'x']
		]);
		const request = new Request('http://x.test/', { method: 'POST', body });
		const fields = await readForm(request, ['message', 'revision'], ['steps', 'missing']);
		expect(fields).toEqual({
			message: 'Which procedure?',
			steps: ['about', 'health'],
			missing: []
		});
		expect(Object.getPrototypeOf(fields)).toBe(Object.prototype);
	});
});
