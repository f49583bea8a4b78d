// An opened intake (detail.ts) as page data for the detail and print pages: the header facts, the
// flags in words, the suggested titration, answers by step, requests for more information, notes,
// timeline and what the staff member may do next. Plain serialisable values only.
import { ageOn, reopenableSteps, todayIso, type DraftAnswers } from '../../intake';
import { RULESET_VERSION, rules } from '../../screening';
import { answerSheet } from './answers';
import { calendarDay, timeView } from './dates';
import type { IntakeRecord } from './detail';
import { reviewScreening } from './flags';
import { requestsView, stepTitle } from './requests-view';
import { formatPhone, languageName, stateName, textOf } from './texts';
import { allowedTransitions, REASON_REQUIRED, type Actor } from './workflow';
import { needsOverride } from './decisions';

const ruleTitle = (id: string) => rules.find((r) => r.id === id)?.title ?? id;
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function preferredContact(answers: Record<string, unknown>): string | null {
	const about = answers.about as { preferredContact?: unknown } | undefined;
	const value = about?.preferredContact;
	return typeof value === 'string' ? textOf(`intake_contact_${value}`) : null;
}

/** Everything the detail and print pages show of one intake. */
export function intakeView(record: IntakeRecord, actor: Actor) {
	const answers = record.answers;
	const now = new Date();
	const screening = reviewScreening(record.screening, record.flags);
	const reasons = new Map(
		record.timeline
			.filter((e) => e.action === 'intake.status_changed' && e.noteId !== null)
			.map((e) => [e.noteId, e.summary])
	);
	return {
		intake: {
			id: record.id,
			status: record.status,
			revision: record.revision,
			name: [record.firstName, record.lastName].filter(Boolean).join(' ') || 'No name given',
			age: record.dateOfBirth ? ageOn(record.dateOfBirth, todayIso()) : null,
			dateOfBirth: record.dateOfBirth,
			state: stateName(record.usState),
			language: languageName(record.locale),
			email: record.email,
			phone: formatPhone(record.phone),
			preferredContact: preferredContact(answers),
			triage: record.triage,
			eligibleFrom: record.eligibleFrom ? calendarDay(record.eligibleFrom) : null,
			dateOfBirthText: record.dateOfBirth ? calendarDay(record.dateOfBirth) : null,
			submitted: record.submittedAt ? timeView(record.submittedAt, now) : null,
			assignedTo: record.assignedTo,
			assigneeName: record.assigneeName,
			source: record.source,
			questionnaireVersion: record.questionnaireVersion,
			/** What the patient agreed to be contacted by, and the consent text version they saw. */
			consent: {
				emailPhone: record.contactConsent,
				text: record.textConsent,
				version: record.consentVersion,
				locale: record.consentLocale,
				at: record.consentedAt ? timeView(record.consentedAt, now) : null
			},
			rulesetVersion: record.rulesetVersion,
			currentRulesetVersion: RULESET_VERSION,
			contraindicationCount: record.contraindicationCount,
			cautionCount: record.cautionCount
		},
		flags: screening.flags,
		/** The current screening's id (flag reviews name it); null without a stored screening. */
		screeningId: record.screening?.id ?? null,
		/** Caution flags marked as reviewed on the current screening, by rule id. */
		reviews: Object.fromEntries(
			record.reviews.map((r) => [
				r.ruleId,
				{ by: r.byName ?? 'A former staff member', time: timeView(r.reviewedAt, now) }
			])
		),
		/** Decisions taken against the screening: approved or booked though not eligible now. */
		overrides: record.overrides.map((o) => ({
			id: o.id,
			to: o.toStatus,
			by: o.byName ?? 'A former staff member',
			time: timeView(o.createdAt, now),
			reason: o.reason,
			contraindications: o.ruleIds.map(
				(id) => screening.flags.find((f) => f.ruleId === id)?.title ?? ruleTitle(id)
			)
		})),
		screeningNotes: screening.notes.map(capitalise),
		titration: screening.titration,
		screenedBy: screening.provenance,
		answerSheet: answerSheet(answers),
		notes: record.notes.map((n) => ({
			id: n.id,
			body: n.body,
			created: timeView(n.createdAt, now),
			authorName: n.authorName ?? 'A former staff member',
			/** Set when the note is the reason given for a status change. */
			reasonFor: reasons.get(n.id) ?? null
		})),
		timeline: record.timeline.map(({ at, firstAt, ...event }) => ({
			...event,
			time: timeView(at, now),
			firstTime: firstAt ? timeView(firstAt, now) : null
		})),
		timelineTruncated: record.timelineTruncated,
		requests: requestsView(record, now),
		transitions: allowedTransitions(record.status, actor.role).map((to) => ({
			to,
			needsReason: REASON_REQUIRED.includes(to),
			/** Against a not-eligible-now triage: the contraindications are overridden, with a reason. */
			override: needsOverride(record.triage, to)
		})),
		/** The contraindications an override would set aside, as the flags name them. */
		contraindications: screening.flags
			.filter((f) => f.severity === 'contraindication')
			.map((f) => ({ ruleId: f.ruleId, title: f.title })),
		/** The pages that can be reopened for the patient (when asking for more is allowed). */
		reopenSteps: allowedTransitions(record.status, actor.role).includes('needs_info')
			? reopenableSteps(answers as DraftAnswers).map((id) => ({ id, title: stepTitle(id) }))
			: []
	};
}
