import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
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
			'evil.example',
			'/..//evil.example/x',
			'/../\\evil.example/x',
			'/./..//evil.example',
			'/a/../..//evil.example',
			'/%2e%2e//evil.example',
			'/.%2e//evil.example',
			'/..\t//evil.example',
			'/\\/evil.example'
		]) {
			expect(safeNext(next), JSON.stringify(next)).toBe('/clinic');
		}
	});

	it('only ever yields a same-site path that a browser reads as one (property)', () => {
		const piece = fc.constantFrom(
			'/',
			'\\',
			'.',
			'..',
			'%2f',
			'%2F',
			'%5c',
			'%2e',
			'%2e%2e',
			'\t',
			'\n',
			'\r',
			' ',
			'@',
			':',
			'?',
			'#',
			'evil.example',
			'clinic',
			'https:',
			'%09',
			'\u0000',
			'\u3002',
			'％'
		);
		const input = fc.array(piece, { maxLength: 10 }).map((parts) => '/' + parts.join(''));
		fc.assert(
			fc.property(fc.oneof(input, fc.string()), (next) => {
				const out = safeNext(next);
				expect(out).toMatch(/^\/(?![/\\])/);
				// Resolved as a Location header from any page of the app, it stays on this site.
				for (const base of ['https://app.example/', 'https://app.example/login/two-factor'])
					expect(new URL(out, base).origin).toBe('https://app.example');
				// And it needs no further normalising.
				expect(safeNext(out)).toBe(out);
			}),
			{ numRuns: 5000 }
		);
	});

	it('goes to the queue without a next', () => {
		expect(safeNext(null)).toBe('/clinic');
		expect(safeNext('')).toBe('/clinic');
	});
});
