// The FHIR exports' server side: English wording from the message catalog, loading one submitted
// intake, and the `intake.exported` audit row (ids and the format only).
import { and, eq, ne } from 'drizzle-orm';
import { z } from 'zod';
import { questionnaireResponse, type QuestionnaireResponse } from '../../fhir';
import { message } from '../../i18n/messages';
import type { Db } from '../db/client';
import { intakes } from '../db/schema';
import * as audit from '../audit';
import { currentScreening } from '../intakes/screenings';

/** The English wording of a questionnaire message key (staff and EHRs read English). */
export const englishText = (key: string): string => message(key) ?? key;

/**
 * The QuestionnaireResponse of a submitted intake, audited as `intake.exported`; null when there
 * is no such intake (drafts are not exported).
 */
export async function exportResponse(
	db: Db,
	input: {
		intakeId: string;
		base: string;
		actor: { id: string; role?: string | null };
		requestId: string;
	}
): Promise<QuestionnaireResponse | null> {
	if (!z.uuid().safeParse(input.intakeId).success) return null;
	const [row] = await db
		.select({
			id: intakes.id,
			questionnaireVersion: intakes.questionnaireVersion,
			submittedAt: intakes.submittedAt,
			locale: intakes.locale,
			firstName: intakes.firstName,
			lastName: intakes.lastName,
			answers: intakes.answers
		})
		.from(intakes)
		.where(and(eq(intakes.id, input.intakeId), ne(intakes.status, 'draft')));
	if (!row) return null;
	const screening = await currentScreening(db, row.id);
	const document = questionnaireResponse(
		input.base,
		{ ...row, medicines: screening?.result.medicines ?? [] },
		englishText
	);
	await audit.record(db, {
		action: 'intake.exported',
		actorId: input.actor.id,
		actorRole: input.actor.role ?? null,
		intakeId: row.id,
		requestId: input.requestId,
		details: { format: 'fhir-r4-questionnaire-response' }
	});
	return document;
}
