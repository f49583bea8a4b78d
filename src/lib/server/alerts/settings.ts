// Who gets alert emails, and how. Each staff member chooses for themselves (/staff/alerts): an
// email each time (batched per worker poll, so a burst of intakes is one email), a daily summary,
// or none. Without a choice, clinicians get one each time (the queue is their work) and admins
// none (they manage the service; they can opt in). Only roles that can open the intake queue get
// alerts, and never a disabled account.
import { and, eq, inArray, or, isNull } from 'drizzle-orm';
import { z } from 'zod';
import * as audit from '../audit';
import type { StaffRole } from '../auth/roles';
import type { Db } from '../db/client';
import { alertMode, staffAlertSettings, user } from '../db/schema';
import { rolesFor } from '../guard';

export const ALERT_MODES = alertMode.enumValues;
export type AlertMode = (typeof ALERT_MODES)[number];

/** What a staff member gets before choosing. */
const DEFAULT_MODE: Record<StaffRole, AlertMode> = { clinician: 'each', admin: 'none' };

/** The roles that can see intakes: the same table that guards the queue. */
const ALERT_ROLES: readonly StaffRole[] = rolesFor('/clinic') ?? [];

/** The form on /staff/alerts: one of the modes. */
export const alertsFormSchema = z.object({
	mode: z.enum(ALERT_MODES, { message: 'Choose one of the three options.' })
});

const effective = (role: string | null, chosen: AlertMode | null): AlertMode =>
	chosen ?? DEFAULT_MODE[role as StaffRole] ?? 'none';

/** A staff member's alert mode: their choice, else their role's default. */
export async function modeOf(db: Db, staff: { id: string; role?: string | null }) {
	const [row] = await db
		.select({ mode: staffAlertSettings.mode })
		.from(staffAlertSettings)
		.where(eq(staffAlertSettings.userId, staff.id));
	return { mode: effective(staff.role ?? null, row?.mode ?? null), chosen: Boolean(row) };
}

/** Stores a staff member's own choice, audited (the mode only). */
export async function choose(
	db: Db,
	staff: { id: string; role?: string | null },
	mode: AlertMode,
	requestId?: string
): Promise<void> {
	await db.transaction(async (txn) => {
		const tx = txn as unknown as Db;
		await tx
			.insert(staffAlertSettings)
			.values({ userId: staff.id, mode })
			.onConflictDoUpdate({
				target: staffAlertSettings.userId,
				set: { mode, updatedAt: new Date() }
			});
		await audit.record(tx, {
			action: 'staff.alerts_changed',
			actorId: staff.id,
			actorRole: staff.role ?? null,
			requestId: requestId ?? null,
			details: { mode }
		});
	});
}

/** Active staff of the alert roles whose mode is `mode`. */
export async function recipients(db: Db, mode: 'each' | 'digest'): Promise<string[]> {
	const rows = await db
		.select({ id: user.id, role: user.role, chosen: staffAlertSettings.mode })
		.from(user)
		.leftJoin(staffAlertSettings, eq(staffAlertSettings.userId, user.id))
		.where(
			and(inArray(user.role, [...ALERT_ROLES]), or(isNull(user.banned), eq(user.banned, false)))
		);
	return rows.filter((r) => effective(r.role, r.chosen) === mode).map((r) => r.id);
}

/** The address to send to, or null when the account can no longer get alerts. */
export async function addressOf(db: Db, id: string, mode: 'each' | 'digest') {
	const [row] = await db
		.select({
			email: user.email,
			role: user.role,
			banned: user.banned,
			chosen: staffAlertSettings.mode
		})
		.from(user)
		.leftJoin(staffAlertSettings, eq(staffAlertSettings.userId, user.id))
		.where(eq(user.id, id));
	if (!row || row.banned || !ALERT_ROLES.includes(row.role as StaffRole)) return null;
	return effective(row.role, row.chosen) === mode ? row.email : null;
}
