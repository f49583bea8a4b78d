// Audit events of one intake in words, for its timeline. The events carry ids and statuses only;
// staff names come from the user table, and a reason is shown by the note it points to.
import { statusLabel, TRIAGE_LABELS } from '../../components/clinic/labels';

export interface TimelineEvent {
	id: number;
	at: Date;
	action: string;
	/** Who did it ("the patient" for a submission). */
	actor: string;
	summary: string;
	/** The note holding the reason of a status change, if any. */
	noteId: number | null;
}

interface AuditRow {
	id: number;
	at: Date;
	action: string;
	actorId: string | null;
	details: Record<string, unknown>;
}

const str = (v: unknown) => (typeof v === 'string' ? v : null);

/** One audit row as a timeline entry; `names` maps staff ids to names. */
export function describeEvent(row: AuditRow, names: ReadonlyMap<string, string>): TimelineEvent {
	const d = row.details;
	const who = (id: string | null) => (id ? (names.get(id) ?? 'a former staff member') : 'nobody');
	const actor = row.actorId ? who(row.actorId) : row.action === 'intake.submitted' ? 'Patient' : '';
	let summary: string;
	switch (row.action) {
		case 'intake.submitted': {
			const triage = str(d.triage);
			summary = `Submitted${triage ? `; screened as ${TRIAGE_LABELS[triage] ?? triage}` : ''}${typeof d.flags === 'number' ? ` with ${d.flags} flag${d.flags === 1 ? '' : 's'}` : ''}`;
			break;
		}
		case 'intake.viewed':
			summary = 'Viewed';
			break;
		case 'intake.printed':
			summary = 'Opened the print view';
			break;
		case 'intake.status_changed':
			summary = `Status changed from ${statusLabel(str(d.from))} to ${statusLabel(str(d.to))}`;
			break;
		case 'intake.assigned':
			summary = str(d.to) ? `Assigned to ${who(str(d.to))}` : 'Unassigned';
			break;
		case 'intake.note_added':
			summary = 'Added a note';
			break;
		case 'intake.reopened':
			summary = 'Asked the patient for more information';
			break;
		case 'intake.exported':
			summary = 'Exported';
			break;
		default:
			summary = row.action;
	}
	return {
		id: row.id,
		at: row.at,
		action: row.action,
		actor,
		summary,
		noteId: typeof d.noteId === 'number' ? d.noteId : null
	};
}
