import { db } from '$lib/server/db';
import * as audit from '$lib/server/audit';
import * as admin from '$lib/server/admin/staff';
import { describeAuditFilters, page, parseAuditFilters } from '$lib/server/audit-trail/view';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url, locals }) => {
	const parsed = parseAuditFilters(url.searchParams);
	const staff = (await admin.list(db)).map((s) => ({ id: s.id, name: s.name, email: s.email }));
	if (!parsed.ok) return { staff, actions: audit.AUDIT_ACTIONS, ...parsed, rows: [], next: null };
	const result = await page(db, parsed.filters);
	// Reading the trail is itself on the trail.
	await audit.record(db, {
		action: 'audit.viewed',
		actorId: locals.user!.id,
		actorRole: locals.user!.role ?? null,
		requestId: locals.requestId,
		details: { ...describeAuditFilters(parsed.filters), rows: result.rows.length }
	});
	return { staff, actions: audit.AUDIT_ACTIONS, ...parsed, ...result };
};
