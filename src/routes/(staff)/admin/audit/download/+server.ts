// The audit trail as CSV, with the viewer's filters (a plain link; audited as audit.exported).
import { error } from '@sveltejs/kit';
import { auditCsv, auditFileName } from '$lib/server/audit-trail/csv';
import { parseAuditFilters } from '$lib/server/audit-trail/view';
import { db } from '$lib/server/db';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ url, locals }) => {
	const parsed = parseAuditFilters(url.searchParams);
	if (!parsed.ok) error(400, 'Check the audit filters and try again.');
	const body = auditCsv(db, parsed.filters, {
		actor: { id: locals.user!.id, role: locals.user!.role },
		requestId: locals.requestId
	});
	return new Response(body, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${auditFileName()}"`,
			'x-content-type-options': 'nosniff'
		}
	});
};
