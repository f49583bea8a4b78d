// "Screen again with the current rules": a clinician screens a submitted intake's stored answers
// today with the rules in force now, sees what differs from the stored screening, and the new
// screening is stored (screenings.ts) and audited. The old one stays in intake_screenings. Like
// every change of the intake row, it names the revision the clinician was looking at (workflow.ts).
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { intakeSchema, validatingOn } from '../../intake';
import * as audit from '../audit';
import type { Db } from '../db/client';
import { intakes } from '../db/schema';
import {
	currentScreening,
	screenAndStore,
	screeningChange,
	type ScreeningChange
} from '../intakes/screenings';
import { asDb, bump, revisionField, type Actor } from './workflow';

export const rescreenFormSchema = z.object({ revision: revisionField });

export type RescreenOutcome =
	| { kind: 'changed'; revision: number; extra: { change: ScreeningChange | null } }
	| { kind: 'conflict' }
	| { kind: 'not-allowed' }
	| { kind: 'not-found' };

export async function rescreen(
	db: Db,
	actor: Actor,
	input: { intakeId: string; revision: number; today: string; serviceStates: readonly string[] }
): Promise<RescreenOutcome> {
	return db.transaction(async (tx) => {
		const [row] = await tx
			.select({ status: intakes.status, revision: intakes.revision, answers: intakes.answers })
			.from(intakes)
			.where(eq(intakes.id, input.intakeId))
			.for('update');
		if (!row || row.status === 'draft') return { kind: 'not-found' };
		if (row.revision !== input.revision) return { kind: 'conflict' };
		const parsed = validatingOn(input.today, () => intakeSchema.safeParse(row.answers));
		if (!parsed.success) return { kind: 'not-allowed' };
		const before = await currentScreening(asDb(tx), input.intakeId);
		const { result } = await screenAndStore(asDb(tx), {
			intakeId: input.intakeId,
			answers: parsed.data,
			today: input.today,
			serviceStates: input.serviceStates,
			kind: 'rescreened',
			actorId: actor.id
		});
		const change = before ? screeningChange(before.result, result) : null;
		const revision = await bump(tx, input.intakeId, {});
		await audit.record(asDb(tx), {
			action: 'intake.rescreened',
			actorId: actor.id,
			actorRole: actor.role,
			intakeId: input.intakeId,
			requestId: actor.requestId,
			details: {
				revision,
				rulesetFrom: before?.rulesetVersion ?? null,
				rulesetTo: result.rulesetVersion,
				triageFrom: before?.result.triage ?? null,
				triageTo: result.triage,
				flagsAdded: change?.added.length ?? result.flags.length,
				flagsRemoved: change?.removed.length ?? 0
			}
		});
		return { kind: 'changed', revision, extra: { change } };
	});
}
