// The audit trail: who looked at or changed what, and when. Rows are append-only (enforced by a
// database trigger) and never carry answers or contact details: ids, actions, counts, filters.
import type { Db } from './db/client';
import { auditEvents } from './db/schema';

/** Every kind of audit row (the audit viewer filters by these). */
export const AUDIT_ACTIONS = [
	'staff.login',
	'staff.login_failed',
	'staff.logout',
	'staff.created',
	'staff.role_changed',
	'staff.disabled',
	'staff.enabled',
	'staff.two_factor_enabled',
	'staff.two_factor_reset',
	'staff.password_reset',
	'staff.password_changed',
	'staff.password_link_sent',
	'staff.password_link_requested',
	'staff.password_link_refused',
	'staff.password_set_by_link',
	'staff.alerts_changed',
	'audit.viewed',
	'audit.exported',
	'intake.submitted',
	'intake.viewed',
	'intake.status_changed',
	'intake.assigned',
	'intake.note_added',
	'intake.printed',
	'intake.reopened',
	'intake.info_link_reissued',
	'intake.resubmitted',
	'intake.exported',
	'intake.rescreened',
	'intake.flag_reviewed',
	'export.leads',
	'queue.view_saved',
	'queue.view_deleted',
	'insights.viewed',
	'insights.exported',
	'retention.purged'
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditEntry {
	action: AuditAction;
	actorId?: string | null;
	actorRole?: string | null;
	intakeId?: string | null;
	requestId?: string | null;
	details?: Record<string, string | number | boolean | null | string[]>;
}

/** Appends one audit row; pass a transaction as `db` to make it part of a larger change. */
export async function record(db: Db, entry: AuditEntry): Promise<void> {
	await db.insert(auditEvents).values({
		action: entry.action,
		actorId: entry.actorId ?? null,
		actorRole: entry.actorRole ?? null,
		intakeId: entry.intakeId ?? null,
		requestId: entry.requestId ?? null,
		details: entry.details ?? {}
	});
}
