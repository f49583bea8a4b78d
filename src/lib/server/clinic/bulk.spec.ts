import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { BULK_MAX, bulkArchiveSchema, parseRowRef, selectedRows } from './bulk';
import { canonicalQuery } from './saved-views';

const id = '0b6f1c9e-5d1a-4c3b-9a77-2f0e8d4c1a10';

describe('bulk selection', () => {
	it('reads "<id>:<revision>" and nothing else', () => {
		expect(parseRowRef(`${id.toUpperCase()}:12`)).toEqual({ id, revision: 12 });
		for (const bad of [id, `${id}:`, `${id}:-1`, `${id}:1.5`, 'x:1', `${id}:1:2`, ''])
			expect(parseRowRef(bad), bad).toBeNull();
	});

	it('takes the page rows when "all" is ticked, each intake once', () => {
		expect(selectedRows({ ids: [`${id}:1`], page: [], all: undefined })).toEqual([
			{ id, revision: 1 }
		]);
		expect(selectedRows({ ids: [], page: [`${id}:2`, `${id}:3`], all: 'page' })).toEqual([
			{ id, revision: 2 }
		]);
	});

	it('gives one field error on ids for none, too many or a malformed row', () => {
		const errors = (ids: string[]) => {
			const r = bulkArchiveSchema.safeParse({ ids, page: [], reason: 'r' });
			return r.success ? undefined : z.flattenError(r.error).fieldErrors;
		};
		expect(errors([`${id}:0`])).toBeUndefined();
		expect(errors([])?.ids).toHaveLength(1);
		expect(errors(['nope'])?.ids).toHaveLength(1);
		expect(errors(Array.from({ length: BULK_MAX + 1 }, () => `${id}:0`))?.ids?.[0]).toMatch(
			/at most 100/
		);
	});
});

describe('saved view queries', () => {
	it('keeps only filters the queue still understands, in its own order, without a cursor', () => {
		expect(canonicalQuery('?sort=priority&status=all&after=x&state=TX&junk=1')).toBe(
			'status=all&state=TX&sort=priority'
		);
		expect(canonicalQuery('rule=no-such-rule&condition=fibromyalgia&status=nope')).toBe(
			'status=submitted&condition=fibromyalgia'
		);
	});
});
