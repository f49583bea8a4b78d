// Requests for more information as the detail page shows them: the one the patient is answering
// (who asked, when, which pages, the message), and for each answered one the patient's reply to the
// message (if they wrote one) and "What changed": triage
// before → after, flags added and removed, and every changed answer before → after, formatted like
// the answer list (answer-diff.ts). Plain serialisable values, English wording.
import { getStep, isStepId, type DraftAnswers } from '../../intake';
import { rules } from '../../screening';
import { answerChanges, changeTextKeys } from '../../intake/answer-diff';
import { resolveTexts } from '../wizard/texts';
import type { RequestFlag } from '../db/schema';
import { timeView } from './dates';
import type { IntakeRecord } from './detail';
import { textOf } from './texts';

type StoredRequest = IntakeRecord['requests'][number];

export const stepTitle = (id: string) => (isStepId(id) ? textOf(getStep(id).titleKey) : id);

const ruleOrder = new Map(rules.map((r, i) => [r.id, i]));

/** A flag in a list of changes: its rule's title and reference. */
function flagBrief(f: RequestFlag) {
	const rule = rules.find((r) => r.id === f.ruleId);
	return {
		ruleId: f.ruleId,
		severity: f.severity,
		ref: rule?.ref ?? '',
		title: rule?.title ?? f.ruleId
	};
}

/** Flags in `a` that are not in `b` (same rule and severity), in the rule table's order. */
function missingFrom(a: readonly RequestFlag[], b: readonly RequestFlag[]) {
	return a
		.filter((f) => !b.some((g) => g.ruleId === f.ruleId && g.severity === f.severity))
		.sort((x, y) => (ruleOrder.get(x.ruleId) ?? 99) - (ruleOrder.get(y.ruleId) ?? 99))
		.map(flagBrief);
}

function asked(r: StoredRequest, now: Date) {
	return {
		id: r.id,
		requested: timeView(r.requestedAt, now),
		by: r.requestedByName ?? 'A former staff member',
		steps: r.steps.map(stepTitle),
		message: r.message
	};
}

/** The open request (while the intake waits for the patient) and the answered ones, newest first. */
export function requestsView(record: IntakeRecord, now: Date) {
	const open = record.requests.find((r) => !r.answeredAt);
	const answered = record.requests.flatMap((r) => {
		if (!r.answeredAt) return [];
		const answers = answerChanges(r.answersBefore as DraftAnswers, r.answers as DraftAnswers);
		const after = r.flagsAfter ?? [];
		return [
			{
				...asked(r, now),
				answered: timeView(r.answeredAt, now),
				/** The patient's reply to the message (sent with the answers), or null. */
				reply: r.reply ?? null,
				triage: { before: r.triageBefore, after: r.triageAfter },
				flagsAdded: missingFrom(after, r.flagsBefore),
				flagsRemoved: missingFrom(r.flagsBefore, after),
				answers
			}
		];
	});
	return {
		pending: open && record.status === 'needs_info' ? asked(open, now) : null,
		answered,
		texts: resolveTexts(
			answered.flatMap((a) => changeTextKeys(a.answers)),
			'en'
		)
	};
}
