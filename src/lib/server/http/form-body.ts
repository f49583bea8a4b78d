// Reading a posted form, once, before any route works on it.
//
// - A body that cannot be read as a form made `request.formData()` throw a TypeError inside the
//   action: a 500 for what a client sent. SvelteKit lets three content types through to actions
//   (urlencoded, multipart and text/plain, the types a cross-site form can send), but only the first
//   two can be read as a form, and a multipart body can be cut short or carry another boundary.
// - A form is small: no page of ours posts more than a few hundred fields or more than
//   FORM_BODY_LIMIT bytes. A 483 KiB post of 23,000 fields once held the event loop for 14 s in
//   the step parser; such a post is now refused (413 or 400) before any route reads it.
// - The hook parses the body once and keeps the result for the request (`postedForm`), so actions
//   neither parse it again nor go field by field through FormData's linear `get`.
import { error, type Handle } from '@sveltejs/kit';

const FORM_TYPES = /^\s*(application\/x-www-form-urlencoded|multipart\/form-data|text\/plain)\b/i;

/** The most fields any form of ours posts (a full medicine-details page posts about 420). */
export const MAX_FORM_FIELDS = 500;

/** Bytes a form post may carry (BODY_SIZE_LIMIT, default 64K; README). */
export const FORM_BODY_LIMIT = parseSize(process.env.BODY_SIZE_LIMIT) ?? 64 * 1024;

/** A posted form: each name with its values in order, read in one pass. */
export class PostedForm {
	readonly #fields = new Map<string, FormDataEntryValue[]>();
	readonly size: number;

	constructor(entries: Iterable<[string, FormDataEntryValue]>) {
		let size = 0;
		for (const [name, value] of entries) {
			const values = this.#fields.get(name);
			if (values) values.push(value);
			else this.#fields.set(name, [value]);
			size++;
		}
		this.size = size;
	}

	get(name: string): FormDataEntryValue | null {
		return this.#fields.get(name)?.[0] ?? null;
	}
	getAll(name: string): FormDataEntryValue[] {
		return [...(this.#fields.get(name) ?? [])];
	}
	has(name: string): boolean {
		return this.#fields.has(name);
	}
	keys(): IterableIterator<string> {
		return this.#fields.keys();
	}
	/** Every name with its first value (what `Object.fromEntries(formData)` gave, without repeats). */
	*entries(): IterableIterator<[string, FormDataEntryValue]> {
		for (const [name, values] of this.#fields) yield [name, values[0] as FormDataEntryValue];
	}
	[Symbol.iterator]() {
		return this.entries();
	}
}

export type FormCheck =
	| { kind: 'none' }
	| { kind: 'form'; form: PostedForm }
	| { kind: 'unreadable' }
	| { kind: 'too-large' }
	| { kind: 'too-many-fields' };

/** Reads the form a request carries, if it says it carries one, within the limits above. */
export async function checkForm(request: Request): Promise<FormCheck> {
	if (request.method === 'GET' || request.method === 'HEAD') return { kind: 'none' };
	const type = request.headers.get('content-type') ?? '';
	if (!FORM_TYPES.test(type)) return { kind: 'none' };
	const declared = Number(request.headers.get('content-length') ?? NaN);
	if (declared > FORM_BODY_LIMIT) return { kind: 'too-large' };
	const body = await readAtMost(request.clone(), FORM_BODY_LIMIT);
	if (body === 'too-large') return { kind: 'too-large' };
	let data: FormData;
	try {
		data = await new Response(body, { headers: { 'content-type': type } }).formData();
	} catch (e) {
		// A TypeError is the parser's "not a form".
		if (e instanceof TypeError) return { kind: 'unreadable' };
		throw e;
	}
	const form = new PostedForm(data);
	if (form.size > MAX_FORM_FIELDS) return { kind: 'too-many-fields' };
	return { kind: 'form', form };
}

/** Whether a request says it carries a form but its body cannot be read as one. */
export async function isUnreadableForm(request: Request): Promise<boolean> {
	return (await checkForm(request)).kind === 'unreadable';
}

const parsed = new WeakMap<Request, PostedForm>();

export const readPostedForms: Handle = async ({ event, resolve }) => {
	const check = await checkForm(event.request);
	switch (check.kind) {
		case 'unreadable':
			error(400, 'The form could not be read. Reload the page and send it again.');
		// eslint-disable-next-line no-fallthrough -- error() throws
		case 'too-large':
			error(413, 'This form is larger than any page of ours sends.');
		// eslint-disable-next-line no-fallthrough
		case 'too-many-fields':
			error(400, 'This form has more fields than any page of ours sends.');
		// eslint-disable-next-line no-fallthrough
		case 'form':
			parsed.set(event.request, check.form);
	}
	return resolve(event);
};

/**
 * The posted form of a request: the one the hook read, or (outside the hook, e.g. in tests) read
 * now with the same limits. Throws 400/413 as the hook does.
 */
export async function postedForm(request: Request): Promise<PostedForm> {
	const known = parsed.get(request);
	if (known) return known;
	const check = await checkForm(request);
	if (check.kind === 'form') return check.form;
	if (check.kind === 'too-large') error(413, 'This form is larger than any page of ours sends.');
	error(400, 'The form could not be read. Reload the page and send it again.');
}

/** The body as bytes, or 'too-large' as soon as it passes `limit` (chunked bodies included). */
async function readAtMost(
	request: Request,
	limit: number
): Promise<Uint8Array<ArrayBuffer> | 'too-large'> {
	if (!request.body) return new Uint8Array();
	const reader = request.body.getReader();
	const chunks: Uint8Array[] = [];
	let total = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		total += value.byteLength;
		if (total > limit) {
			// Not awaited: cancelling one branch of a cloned (teed) body settles only once the other
			// branch is cancelled too, and the request is answered with 413 without reading it.
			reader.cancel().catch(() => undefined);
			return 'too-large';
		}
		chunks.push(value);
	}
	const out = new Uint8Array(total);
	let at = 0;
	for (const chunk of chunks) {
		out.set(chunk, at);
		at += chunk.byteLength;
	}
	return out;
}

/** adapter-node's size format: bytes, or a number with K, M or G. */
export function parseSize(value: string | undefined): number | undefined {
	const match = /^\s*(\d+)\s*([kmg]?)b?\s*$/i.exec(value ?? '');
	if (!match) return undefined;
	const unit = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[match[2]?.toLowerCase() ?? ''] ?? 1;
	return Number(match[1]) * unit;
}
