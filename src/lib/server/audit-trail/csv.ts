// The audit trail as CSV (RFC 4180, every field quoted, CRLF), spreadsheet-safe like the leads
// export (a cell that could run as a formula gets a leading '), and audited as audit.exported with
// the filters and the row count when the stream ends.
import * as audit from '../audit';
import type { Db } from '../db/client';
import { looksLikeFormula } from '../export/leads';
import { allRows, describeAuditFilters, type AuditFilters, type AuditRow } from './view';

export const AUDIT_COLUMNS = [
	'id',
	'at',
	'actor_id',
	'actor_role',
	'action',
	'intake_id',
	'request_id',
	'details'
] as const;

const cell = (value: string | number | null) => {
	const text = value === null ? '' : String(value);
	const safe = looksLikeFormula(text) ? `'${text}` : text;
	return `"${safe.replace(/"/g, '""')}"`;
};

export const auditLine = (r: AuditRow) =>
	[
		r.id,
		r.at.toISOString(),
		r.actorId,
		r.actorRole,
		r.action,
		r.intakeId,
		r.requestId,
		JSON.stringify(r.details)
	]
		.map(cell)
		.join(',') + '\r\n';

/** audit-2026-12-07.csv (the UTC date of the download). */
export const auditFileName = (now = new Date()) => `audit-${now.toISOString().slice(0, 10)}.csv`;

export function auditCsv(
	db: Db,
	f: AuditFilters,
	ctx: { actor: { id: string; role?: string | null }; requestId: string }
): ReadableStream<Uint8Array> {
	const encoder = new TextEncoder();
	const pages = allRows(db, f);
	let rows = 0;
	let started = false;
	const finish = (completed: boolean) =>
		audit.record(db, {
			action: 'audit.exported',
			actorId: ctx.actor.id,
			actorRole: ctx.actor.role ?? null,
			requestId: ctx.requestId,
			details: { ...describeAuditFilters(f), rows, completed }
		});
	return new ReadableStream<Uint8Array>(
		{
			async pull(controller) {
				if (!started) {
					started = true;
					controller.enqueue(encoder.encode('\uFEFF' + AUDIT_COLUMNS.join(',') + '\r\n'));
					return;
				}
				const next = await pages.next();
				if (next.done) {
					await finish(true);
					controller.close();
					return;
				}
				rows += next.value.length;
				controller.enqueue(encoder.encode(next.value.map(auditLine).join('')));
			},
			async cancel() {
				await pages.return(undefined);
				await finish(false);
			}
		},
		{ highWaterMark: 0 }
	);
}
