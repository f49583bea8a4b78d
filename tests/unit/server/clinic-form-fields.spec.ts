// Which posted fields each clinic form reads (actions.ts reads exactly these, checkboxes as lists).
import { describe, expect, it } from 'vitest';
import { fieldsOf } from '../../../src/lib/server/clinic/actions';
import { reviewFormSchema } from '../../../src/lib/server/clinic/decisions';
import { reopenFormSchema } from '../../../src/lib/server/clinic/reopen';
import { rescreenFormSchema } from '../../../src/lib/server/clinic/rescreen';
import {
	assignFormSchema,
	noteFormSchema,
	statusFormSchema
} from '../../../src/lib/server/clinic/workflow';

describe('the fields of the clinic forms', () => {
	it.each([
		['status', statusFormSchema, ['to', 'revision', 'reason'], []],
		['assign', assignFormSchema, ['assignee', 'revision'], []],
		['note', noteFormSchema, ['body'], []],
		['reopen', reopenFormSchema, ['message', 'revision'], ['steps']],
		['rescreen', rescreenFormSchema, ['revision'], []],
		['review', reviewFormSchema, ['screening', 'rule'], []]
	] as const)('%s reads its text fields and its checkbox lists', (_, schema, names, lists) => {
		expect(fieldsOf(schema)).toEqual({ names: [...names], lists: [...lists] });
	});
});
