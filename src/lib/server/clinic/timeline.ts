// Audit events of one intake in words, for its timeline. The events carry ids and statuses only;
// staff names come from the user table, and a reason is shown by the note it points to.
import { getStep, isStepId } from '../../intake';
import { statusLabel, TRIAGE_LABELS } from '../../clinic/labels';
import { plural, rulesetName } from '../../clinic/words';
import { textOf } from './texts';

export interface TimelineEvent {
	id: number;
	at: Date;
	action: string;
	/** Who did it ("the patient" for a submission). */
	actor: string;
	summary: string;
	/** The note holding the reason of a status change, if any. */
	noteId: number | null;
	/** How many audit rows the entry stands for (repeated views by one person are one entry). */
	count: number;
	/** For a grouped entry: when the first of its rows happened (`at` is the last). */
	firstAt: Date | null;
}

interface AuditRow {
	id: number;
	at: Date;
	action: string;
	actorId: string | null;
	details: Record<string, unknown>;
}

const str = (v: unknown) => (typeof v === 'string' ? v : null);

/** "Submitted; screened as Review with 2 flags" (or "Sent the answers asked for; ..."). */
function screened(what: string, d: Record<string, unknown>) {
	const triage = str(d.triage);
	const flags = typeof d.flags === 'number' ? d.flags : null;
	return `${what}${triage ? `; screened as ${TRIAGE_LABELS[triage] ?? triage}` : ''}${flags === null ? '' : ` with ${plural(flags, 'flag')}`}`;
}

/** The reopened pages of a request, by title. */
const pages = (steps: unknown) =>
	Array.isArray(steps)
		? steps.map((s) => (typeof s === 'string' && isStepId(s) ? textOf(getStep(s).titleKey) : s))
		: [];

/** One audit row as a timeline entry; `names` maps staff ids to names. */
export function describeEvent(row: AuditRow, names: ReadonlyMap<string, string>): TimelineEvent {
	const d = row.details;
	const who = (id: string | null) => (id ? (names.get(id) ?? 'a former staff member') : 'nobody');
	const byPatient = row.action === 'intake.submitted' || row.action === 'intake.resubmitted';
	const actor = row.actorId ? who(row.actorId) : byPatient ? 'Patient' : '';
	let summary: string;
	switch (row.action) {
		case 'intake.submitted':
			summary = screened('Submitted', d);
			break;
		case 'intake.resubmitted':
			summary = screened(
				d.replied === true
					? 'Sent the answers asked for, with a reply to the message'
					: 'Sent the answers asked for',
				d
			);
			break;
		case 'intake.viewed':
			summary = 'Viewed';
			break;
		case 'intake.printed':
			summary = 'Opened the print view';
			break;
		case 'intake.status_changed':
			summary = `Status changed from ${statusLabel(str(d.from))} to ${statusLabel(str(d.to))}`;
			if (typeof d.overrideId === 'number') {
				const n = typeof d.contraindications === 'number' ? d.contraindications : 0;
				summary += `, overriding ${plural(n, 'contraindication')}`;
			}
			break;
		case 'intake.flag_reviewed':
			summary = 'Marked a caution as reviewed';
			break;
		case 'intake.assigned':
			summary = str(d.to) ? `Assigned to ${who(str(d.to))}` : 'Unassigned';
			break;
		case 'intake.note_added':
			summary = 'Added a note';
			break;
		case 'intake.reopened': {
			const asked = pages(d.steps);
			summary = `Asked the patient for more information${asked.length ? ` (${asked.join(', ')})` : ''}`;
			break;
		}
		case 'intake.info_link_reissued':
			summary =
				d.emailed === true
					? 'Issued a fresh link for the patient (emailed; the old link and code stopped working)'
					: 'Issued a fresh link for the patient (the old link and code stopped working)';
			break;
		case 'intake.exported':
			summary = 'Exported';
			break;
		case 'intake.rescreened': {
			const from = str(d.triageFrom);
			const to = str(d.triageTo);
			const label = (t: string | null) => (t ? (TRIAGE_LABELS[t] ?? t) : 'unknown');
			summary =
				`Screened again with ${rulesetName(str(d.rulesetTo))}` +
				(from === to ? `; still ${label(to)}` : `; ${label(from)} → ${label(to)}`);
			break;
		}
		default:
			summary = row.action;
	}
	if (d.bulk === true) summary += ' (a bulk action from the queue)';
	return {
		id: row.id,
		at: row.at,
		action: row.action,
		actor,
		summary,
		noteId: typeof d.noteId === 'number' ? d.noteId : null,
		count: 1,
		firstAt: null
	};
}

/**
 * Consecutive views by the same person as one entry ("Viewed 5 times"), for display only: the
 * audit trail keeps one row per view. `events` are newest first, as the timeline shows them; a
 * grouped entry keeps the id and time of its newest view and remembers when the first one was.
 */
export function groupRepeatedViews(events: readonly TimelineEvent[]): TimelineEvent[] {
	const grouped: TimelineEvent[] = [];
	for (const event of events) {
		const last = grouped.at(-1);
		if (
			last &&
			event.action === 'intake.viewed' &&
			last.action === 'intake.viewed' &&
			last.actor === event.actor
		) {
			const count = last.count + 1;
			grouped[grouped.length - 1] = {
				...last,
				count,
				firstAt: event.at,
				summary: `Viewed ${plural(count, 'time')}`
			};
		} else {
			grouped.push(event);
		}
	}
	return grouped;
}
