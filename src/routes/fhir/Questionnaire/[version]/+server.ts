// The intake's FHIR Questionnaire. Public on purpose: it is the same set of questions anyone sees
// at /intake, holds no patient data, and an EHR importing a QuestionnaireResponse must be able to
// resolve the `questionnaire` canonical URL without a staff session.
import { error } from '@sveltejs/kit';
import { QUESTIONNAIRE_VERSION } from '$lib/intake';
import { questionnaire } from '$lib/fhir';
import { englishText } from '$lib/server/export/fhir';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ params, url }) => {
	// Only the current questionnaire model can be derived; older versions are not kept.
	if (params.version !== QUESTIONNAIRE_VERSION) error(404, 'No questionnaire with that version.');
	const body = questionnaire(url.origin, QUESTIONNAIRE_VERSION, englishText);
	return new Response(JSON.stringify(body, null, 2), {
		headers: {
			'content-type': 'application/fhir+json; charset=utf-8',
			'cache-control': 'public, max-age=3600'
		}
	});
};
