import { describe, expect, it } from 'vitest';
import { globSync } from 'node:fs';
import { rolesFor, STAFF_FOLDERS } from '../../src/lib/server/guard';

// Every page, action and endpoint under a staff folder must be covered by the hook's role table.
const files = globSync('src/routes/**/+{page.server,page,server,layout.server}.{ts,svelte}');
const routeId = (file: string) =>
	file
		.replace(/^src\/routes/, '')
		.replace(/\/\+[^/]+$/, '')
		.replace(/^$/, '/');
const stripGroups = (id: string) => id.replace(/\/\([^)]+\)/g, '') || '/';
const staffRoutes = [
	...new Set(
		files
			.map(routeId)
			.filter((id) => STAFF_FOLDERS.some((f) => stripGroups(id).split('/')[1] === f))
	)
];

describe('route guard coverage', () => {
	it('finds the staff routes', () => {
		expect(staffRoutes.length).toBeGreaterThanOrEqual(3);
	});

	it.each(staffRoutes)('guards %s', (id) => {
		expect(rolesFor(id)).not.toBeNull();
	});

	it('keeps admin routes for admins only and clinic routes for both roles', () => {
		expect(rolesFor('/(staff)/admin')).toEqual(['admin']);
		expect(rolesFor('/(staff)/admin/staff/[id]')).toEqual(['admin']);
		expect(rolesFor('/(staff)/clinic')).toEqual(['clinician', 'admin']);
		expect(rolesFor('/(staff)/insights/download')).toEqual(['clinician', 'admin']);
		expect(rolesFor('/(staff)/login')).toBeNull();
		expect(rolesFor('/(staff)/administrator')).toBeNull();
		expect(rolesFor(null)).toBeNull();
	});
});
