import { describe, expect, it } from 'vitest';
import { hasErrors, issuesToErrors, nestedToErrors, withoutErrors } from '$lib/wizard/errors';

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

describe('withoutErrors', () => {
	it('keeps the valid answers of an unfinished page; a row with an error is left out whole', () => {
		const values = {
			firstName: 'Ana',
			email: 'not-an-email',
			conditions: ['lupus'],
			medications: [
				{ name: 'Levothyroxine', dose: '75 mcg' },
				{ name: 'Percocet', route: 'mouth', status: 'maybe' }
			]
		};
		expect(
			withoutErrors(values, {
				email: 'error_invalid_email',
				'medications.0.route': 'error_required',
				'medications.1.status': 'error_invalid_choice'
			})
		).toEqual({
			firstName: 'Ana',
			conditions: ['lupus'],
			medications: []
		});
		// A row without errors stays; a row whose name was refused never becomes a nameless medicine.
		expect(
			withoutErrors(
				{ medications: [{ name: 'Levothyroxine', route: 'mouth' }, { name: 'x'.repeat(999) }] },
				{ 'medications.1.name': 'error_too_long' }
			)
		).toEqual({ medications: [{ name: 'Levothyroxine', route: 'mouth' }] });
	});
	it('an error on a whole list keeps its rows; an error on a choice list drops it', () => {
		const rows = [{ name: 'a' }];
		expect(withoutErrors({ medications: rows }, { medications: 'error_too_many_items' })).toEqual({
			medications: rows
		});
		expect(withoutErrors({ goals: ['a', 'b', 'c', 'd'] }, { goals: 'error_goals_max' })).toEqual(
			{}
		);
		expect(
			withoutErrors({ conditions: ['lupus', 'nope'] }, { 'conditions.1': 'error_invalid_choice' })
		).toEqual({});
	});
});
