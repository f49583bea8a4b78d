// PostgreSQL cannot store U+0000 in text or jsonb: a query string or form field carrying one made
// the query fail (a 500) wherever its value reached the database (wizard answers, the queue
// search, notes, new staff names, campaign parameters). Nobody types it, so a request that
// carries one is refused with 400 before any route sees it, whatever the field.
import { error, type Handle } from '@sveltejs/kit';

const URLENCODED = /^application\/x-www-form-urlencoded/i;
const MULTIPART = /^multipart\/form-data/i;

/** Whether the query string or a form body (urlencoded, or multipart from enhanced forms) holds a NUL. */
export async function carriesNul(request: Request, url: URL): Promise<boolean> {
	for (const [key, value] of url.searchParams) {
		if (key.includes('\0') || value.includes('\0')) return true;
	}
	const type = request.headers.get('content-type') ?? '';
	if (!URLENCODED.test(type) && !MULTIPART.test(type)) return false;
	const body = await request.clone().text();
	// In a urlencoded body a typed "%00" arrives as %2500, so there %00 always means NUL. (The app
	// takes no file uploads, whose multipart bytes could hold a NUL.)
	return body.includes('\0') || (URLENCODED.test(type) && body.includes('%00'));
}

export const rejectNulBytes: Handle = async ({ event, resolve }) => {
	if (await carriesNul(event.request, event.url)) {
		error(400, 'The request contained a character that cannot be accepted (U+0000).');
	}
	return resolve(event);
};
