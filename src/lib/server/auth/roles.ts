// Staff roles and what each may do, shared by better-auth's admin plugin and our route guard.
import { createAccessControl } from 'better-auth/plugins/access';
import { adminAc, defaultStatements } from 'better-auth/plugins/admin/access';

export const STAFF_ROLES = ['clinician', 'admin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const isStaffRole = (role: unknown): role is StaffRole =>
	typeof role === 'string' && (STAFF_ROLES as readonly string[]).includes(role);

export const ac = createAccessControl({
	...defaultStatements,
	intake: ['read', 'update', 'export'],
	leads: ['export']
});

export const roles = {
	// Clinicians review intakes; they cannot manage users, roles or sessions of others.
	clinician: ac.newRole({ intake: ['read', 'update', 'export'], user: [], session: [] }),
	admin: ac.newRole({
		...adminAc.statements,
		intake: ['read', 'update', 'export'],
		leads: ['export']
	})
};
