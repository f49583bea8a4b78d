import { describe, expect, it } from 'vitest';
import { textFields } from '../../src/lib/server/http/form-fields';

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
});
