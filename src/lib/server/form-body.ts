// A form post whose body cannot be read as a form made `request.formData()` throw a TypeError inside
// the form action: a 500 for what a client sent. SvelteKit lets three content types through to
// actions (urlencoded, multipart and text/plain, the types a cross-site form can send), but only the
// first two can be read as a form, and a multipart body can be cut short or carry another boundary.
// Such a request is refused with 400 here, before any route reads it.
import { error, type Handle } from '@sveltejs/kit';

const FORM_TYPES = /^\s*(application\/x-www-form-urlencoded|multipart\/form-data|text\/plain)\b/i;

/** Whether a request says it carries a form but its body cannot be read as one. */
export async function isUnreadableForm(request: Request): Promise<boolean> {
	if (request.method === 'GET' || request.method === 'HEAD') return false;
	if (!FORM_TYPES.test(request.headers.get('content-type') ?? '')) return false;
	try {
		await request.clone().formData();
		return false;
	} catch (e) {
		// A TypeError is the parser's "not a form"; anything else (the body limit's 413) goes on.
		if (e instanceof TypeError) return true;
		throw e;
	}
}

export const rejectUnreadableForms: Handle = async ({ event, resolve }) => {
	if (await isUnreadableForm(event.request)) {
		error(400, 'The form could not be read. Reload the page and send it again.');
	}
	return resolve(event);
};
