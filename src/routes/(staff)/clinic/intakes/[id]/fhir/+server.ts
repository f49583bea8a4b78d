// One intake as a FHIR R4 QuestionnaireResponse, for a clinician to import into the clinic's EHR.
// Clinicians and admins (the hook's role table covers /clinic); audited as `intake.exported`.
import { error } from '@sveltejs/kit';
import { db } from '$lib/server/db';
import { exportResponse } from '$lib/server/export/fhir';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params, url, locals }) => {
	const document = await exportResponse(db, {
		intakeId: params.id,
		base: url.origin,
		actor: { id: locals.user!.id, role: locals.user!.role },
		requestId: locals.requestId
	});
	if (!document) error(404, 'No submitted intake with that id.');
	return new Response(JSON.stringify(document, null, 2), {
		headers: {
			'content-type': 'application/fhir+json; charset=utf-8',
			'content-disposition': `attachment; filename="intake-${document.id}.fhir.json"`
		}
	});
};
