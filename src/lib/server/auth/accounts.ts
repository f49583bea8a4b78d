// Staff accounts, written directly in better-auth's tables (user + credential account) so that
// the CLI and the dev bootstrap can create users without an HTTP request or a signed-in admin.
import { count, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db/client';
import { account, user } from '../db/schema';
import { hashPassword } from './password';
import { newPasswordSchema } from './password-policy';
import { STAFF_ROLES, type StaffRole } from './roles';

export const newStaffSchema = z.object({
	email: z.email('Enter a valid email address.').max(254).toLowerCase(),
	name: z.string().trim().min(1, 'Enter a name.').max(120),
	role: z.enum(STAFF_ROLES, { message: `Role must be one of: ${STAFF_ROLES.join(', ')}.` }),
	password: newPasswordSchema,
	/** A password someone else chose (a one-time password from an admin or the CLI): changed at first sign-in. */
	mustChangePassword: z.boolean().default(false)
});
export type NewStaff = z.input<typeof newStaffSchema>;

export class DuplicateEmailError extends Error {
	constructor() {
		super('A staff user with that email already exists.');
	}
}

/** Creates a staff user with a credential account; returns the new user's id. */
export async function create(db: Db, input: NewStaff): Promise<string> {
	const data = newStaffSchema.parse(input);
	const hash = await hashPassword(data.password);
	return db.transaction(async (tx) => {
		const [existing] = await tx
			.select({ id: user.id })
			.from(user)
			.where(eq(sql`lower(${user.email})`, data.email));
		if (existing) throw new DuplicateEmailError();
		const [row] = await tx
			.insert(user)
			.values({
				email: data.email,
				name: data.name,
				role: data.role,
				emailVerified: true,
				mustChangePassword: data.mustChangePassword
			})
			.returning({ id: user.id });
		const id = row!.id;
		await tx.insert(account).values({
			accountId: id,
			providerId: 'credential',
			userId: id,
			password: hash,
			updatedAt: new Date()
		});
		return id;
	});
}

/** How many staff users exist (any role). */
export async function countAll(db: Db): Promise<number> {
	const [row] = await db.select({ n: count() }).from(user);
	return row?.n ?? 0;
}

export type { StaffRole };
