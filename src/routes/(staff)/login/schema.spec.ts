import { describe, expect, it } from 'vitest';
import { safeNext } from './schema';

describe('safeNext', () => {
	it('follows same-site paths with their query and fragment', () => {
		expect(safeNext('/clinic/intakes/abc?tab=notes#n2')).toBe('/clinic/intakes/abc?tab=notes#n2');
		expect(safeNext('/admin/staff')).toBe('/admin/staff');
	});

	it('refuses other sites however the path is written', () => {
		for (const next of [
			'//evil.example',
			'/\\evil.example',
			'/\t/evil.example',
			'/\n/evil.example',
			'/\r\n/evil.example',
			'https://evil.example/',
			'evil.example'
		]) {
			expect(safeNext(next), JSON.stringify(next)).toBe('/clinic');
		}
	});

	it('goes to the queue without a next', () => {
		expect(safeNext(null)).toBe('/clinic');
		expect(safeNext('')).toBe('/clinic');
	});
});
