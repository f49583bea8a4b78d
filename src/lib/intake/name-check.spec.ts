import { describe, expect, it } from 'vitest';
import { applicableSteps, isStepComplete, type DraftAnswers } from './answers';
import { catalogMatcher } from '../screening/medicine-matcher';
import { entryMatch, followUpItems } from './follow-up';
import {
	KEEP_NAME,
	applyNameAnswers,
	followUpsAfterNames,
	keepNameMarks,
	nameCheckIssues,
	nameChecks,
	needsNameCheck
} from './name-check';

const entry = (name: string, extra: Record<string, unknown> = {}) => ({
	name,
	route: 'mouth' as const,
	status: 'current' as const,
	...extra
});
const lists = (...names: (string | ReturnType<typeof entry>)[]) => ({
	medications: names.map((n) => (typeof n === 'string' ? entry(n) : n)),
	supplements: []
});

describe('nameChecks', () => {
	it('asks about a name we do not know that is close to medicine names', () => {
		const [check] = nameChecks(lists('atrovastin'), catalogMatcher);
		expect(check).toMatchObject({ list: 'medications', index: 0, kind: 'unknown' });
		expect(check?.candidates[0]).toBe('atorvastatin');
	});

	it('asks the patient to confirm a misspelt name read as a medicine a rule reads', () => {
		expect(nameChecks(lists('humra'), catalogMatcher)).toEqual([
			{ list: 'medications', index: 0, name: 'humra', kind: 'confirm', candidates: ['Humira'] }
		]);
	});

	it.each(['Lipitor', 'Humira', 'oxycodone', 'birth control pill', 'my heart pill', 'asdfgh', ''])(
		'asks nothing about %j (known, or nothing close to offer)',
		(name) => {
			expect(nameChecks(lists(name), catalogMatcher)).toEqual([]);
		}
	);

	it('asks nothing about a name the patient already kept', () => {
		const kept = lists(
			entry('humra', { nameChecked: 'kept' }),
			entry('atrovastin', { nameChecked: 'kept' })
		);
		expect(needsNameCheck(kept, catalogMatcher)).toBe(false);
	});

	it('follows supplements and list positions', () => {
		const checks = nameChecks(
			{ medications: [entry('Lipitor')], supplements: [entry('magnesium'), entry('xyzzy')] },
			catalogMatcher
		);
		expect(checks.map((c) => [c.list, c.index, c.name])).toEqual([['supplements', 1, 'xyzzy']]);
	});
});

describe('nameCheckIssues', () => {
	const meds = lists('Lipitor', 'humra');
	const answer = (choice?: string, extra: Record<string, unknown> = {}) => ({
		list: 'medications',
		index: 1,
		name: 'humra',
		...(choice !== undefined && { choice }),
		...extra
	});

	it('accepts a name offered, or keeping the name as written', () => {
		expect(nameCheckIssues(meds, [answer('Humira')], catalogMatcher)).toEqual([]);
		expect(nameCheckIssues(meds, [answer(KEEP_NAME)], catalogMatcher)).toEqual([]);
	});

	it('refuses a name that was not offered', () => {
		expect(nameCheckIssues(meds, [answer('oxycodone')], catalogMatcher)).toEqual([
			{ path: ['names', 0, 'choice'], message: 'error_invalid_choice' }
		]);
	});

	it('wants an answer to every question', () => {
		expect(nameCheckIssues(meds, [], catalogMatcher)).toEqual([
			{ path: ['names'], message: 'error_follow_up_mismatch' }
		]);
		expect(nameCheckIssues(meds, [answer('')], catalogMatcher)).toContainEqual({
			path: ['names', 0, 'choice'],
			message: 'error_required'
		});
	});

	it('refuses an answer about an entry that changed or has no question', () => {
		expect(
			nameCheckIssues(meds, [answer('Humira', { name: 'humira2' })], catalogMatcher)
		).toContainEqual({
			path: ['names', 0],
			message: 'error_follow_up_mismatch'
		});
		expect(
			nameCheckIssues(
				meds,
				[answer('Humira'), answer('Lipitor', { index: 0, name: 'Lipitor' })],
				catalogMatcher
			)
		).toContainEqual({ path: ['names', 1], message: 'error_follow_up_mismatch' });
	});
});

describe('applyNameAnswers', () => {
	it('puts a picked name in place and keeps the first spelling', () => {
		const applied = applyNameAnswers(
			lists('Lipitor', 'humra'),
			[{ list: 'medications', index: 1, name: 'humra', choice: 'Humira' }],
			catalogMatcher
		);
		expect(applied.medications[1]).toEqual(entry('Humira', { typedName: 'humra' }));
		expect(applied.medications[0]).toEqual(entry('Lipitor'));
	});

	it('marks a name kept as written, so it is not asked again', () => {
		const applied = applyNameAnswers(
			lists('atrovastin'),
			[{ list: 'medications', index: 0, name: 'atrovastin', choice: KEEP_NAME }],
			catalogMatcher
		);
		expect(applied.medications[0]).toEqual(entry('atrovastin', { nameChecked: 'kept' }));
		expect(needsNameCheck(applied, catalogMatcher)).toBe(false);
	});

	it('ignores answers that do not fit', () => {
		const meds = lists('humra');
		const applied = applyNameAnswers(
			meds,
			[
				{ list: 'medications', index: 0, name: 'humra', choice: 'oxycodone' },
				{ list: 'medications', index: 0, name: 'other', choice: KEEP_NAME }
			],
			catalogMatcher
		);
		expect(applied.medications[0]).toEqual(entry('humra'));
	});
});

describe('keepNameMarks', () => {
	const saved = lists(
		entry('Humira', { typedName: 'humra' }),
		entry('atrovastin', { nameChecked: 'kept' })
	);

	it('keeps the marks of entries whose name did not change, wherever they moved', () => {
		const posted = lists(
			entry('atrovastin', { nameChecked: 'kept' }),
			entry('Humira', { typedName: 'humra' })
		);
		expect(keepNameMarks(posted, saved)).toEqual(posted);
	});

	it('drops the marks of a name changed since', () => {
		const posted = lists(
			entry('Enbrel', { typedName: 'humra' }),
			entry('atorvastatin', { nameChecked: 'kept' })
		);
		expect(keepNameMarks(posted, saved)).toEqual(lists('Enbrel', 'atorvastatin'));
	});

	it('never lets a mark be posted into existence', () => {
		const posted = lists(entry('humra', { nameChecked: 'kept' }));
		expect(keepNameMarks(posted, lists('humra'))).toEqual(lists('humra'));
		expect(keepNameMarks(posted, undefined)).toEqual(lists('humra'));
	});
});

describe('the medicine-details step and name checks', () => {
	const draft = (medications: ReturnType<typeof lists>): DraftAnswers =>
		({ medications }) as DraftAnswers;

	it('applies when a name is to be checked, even with no follow-up questions', () => {
		const steps = applicableSteps(draft(lists('atrovastin'))).map((s) => s.id);
		expect(steps).toContain('medication-details');
		expect(
			isStepComplete(
				{ ...draft(lists('atrovastin')), 'medication-details': { entries: [] } },
				'medication-details'
			)
		).toBe(false);
	});

	it('is complete once the name is checked', () => {
		const kept = lists(entry('atrovastin', { nameChecked: 'kept' }));
		expect(
			isStepComplete(
				{ ...draft(kept), 'medication-details': { entries: [] } },
				'medication-details'
			)
		).toBe(true);
	});

	it('does not apply for names that are known', () => {
		expect(applicableSteps(draft(lists('Lipitor', 'vitamin D3'))).map((s) => s.id)).not.toContain(
			'medication-details'
		);
	});
});

describe('follow-up answers and name answers', () => {
	it('asks no follow-up about a name the patient said is not the medicine read', () => {
		const denied = lists(entry('tramadl', { nameChecked: 'kept' }));
		expect(followUpItems(lists('tramadl'), catalogMatcher)).toHaveLength(1);
		expect(followUpItems(denied, catalogMatcher)).toEqual([]);
		expect(entryMatch(denied.medications[0]!, catalogMatcher).status).toBe('unrecognised');
	});

	it('moves the answers given about a misspelt name to the name picked', () => {
		const before = lists('Lipitor', 'tramadl');
		const after = applyNameAnswers(
			before,
			[{ list: 'medications', index: 1, name: 'tramadl', choice: 'tramadol' }],
			catalogMatcher
		);
		const given = [{ list: 'medications', index: 1, name: 'tramadl', lastDoseDate: '2026-11-01' }];
		expect(followUpsAfterNames(before, after, given, catalogMatcher)).toEqual([
			{ list: 'medications', index: 1, name: 'tramadol', lastDoseDate: '2026-11-01' }
		]);
	});

	it('drops the answers given about a name the patient said is not the medicine read', () => {
		const before = lists('tramadl');
		const after = applyNameAnswers(
			before,
			[{ list: 'medications', index: 0, name: 'tramadl', choice: KEEP_NAME }],
			catalogMatcher
		);
		const given = [{ list: 'medications', index: 0, name: 'tramadl', lastDoseDate: '2026-11-01' }];
		expect(followUpsAfterNames(before, after, given, catalogMatcher)).toEqual([]);
	});
});
