import { describe, expect, it } from 'vitest';
import { hasErrors, issuesToErrors, nestedToErrors } from '$lib/wizard/errors';

describe('issuesToErrors', () => {
	it('keeps the first message of each path', () => {
		expect(
			issuesToErrors([
				{ path: ['email'], message: 'error_required' },
				{ path: ['email'], message: 'error_invalid_email' },
				{ path: ['medications', 1, 'name'], message: 'error_required' }
			])
		).toEqual({ email: 'error_required', 'medications.1.name': 'error_required' });
	});
});

describe('nestedToErrors', () => {
	it("flattens superforms' nested errors the same way", () => {
		expect(
			nestedToErrors({
				email: ['error_required', 'error_invalid_email'],
				conditions: { _errors: ['error_conditions_required'] },
				medications: { 0: { name: ['error_required'] }, _errors: ['error_too_many_items'] }
			})
		).toEqual({
			email: 'error_required',
			conditions: 'error_conditions_required',
			'medications.0.name': 'error_required',
			medications: 'error_too_many_items'
		});
		expect(nestedToErrors(undefined)).toEqual({});
	});
});

describe('hasErrors', () => {
	it('is true only for a non-empty map', () => {
		expect(hasErrors({})).toBe(false);
		expect(hasErrors(undefined)).toBe(false);
		expect(hasErrors({ a: 'error_required' })).toBe(true);
	});
});
