import { describe, expect, it } from 'vitest';
import { decodedPath } from '../../src/lib/server/http/malformed-url';

describe('decodedPath', () => {
	it('accepts the paths a browser sends, escaped or not', () => {
		for (const path of [
			'/',
			'/intake/about',
			'/clinic/intakes/%F0%9F%92%8A',
			'/a%25ED%25A0%2580',
			'/%E2%80%AE'
		]) {
			expect(decodedPath(path), path).not.toBeNull();
		}
	});

	it('decodes each part between literal %25s, as SvelteKit does', () => {
		expect(decodedPath('/a%25ED%25A0%2580/%F0%9F%92%8A')).toBe('/a%25ED%25A0%2580/💊');
	});

	it('finds escapes that are not UTF-8: a lone surrogate, a cut sequence, a stray byte', () => {
		for (const path of [
			'/%ED%A0%80',
			'/intake/%E0%A4',
			'/%FF',
			'/clinic/intakes/%C0%AF?/note',
			'/%'
		]) {
			expect(decodedPath(path), path).toBeNull();
		}
	});
});
