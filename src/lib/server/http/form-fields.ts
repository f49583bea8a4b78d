// The one way the app reads a flat posted form (the wizard's step forms, with rows of entries,
// have their own parser in src/lib/wizard/form-data.ts): the text fields the form has, by name. Building an object from every
// posted name (Object.fromEntries(form)) let a client add any key, `__proto__` included, and the
// action echoed the object back with its field errors: SvelteKit could not serialize that answer
// and the post ended in a 500 (found by the fuzz test). Files and unknown names are left out.

/** `{ name: value }` for each of `names` posted as text (the first value when sent twice). */
export function textFields<const N extends string>(
	form: FormData,
	names: readonly N[]
): Partial<Record<N, string>> {
	const out: Partial<Record<N, string>> = {};
	for (const name of names) {
		const value = form.get(name);
		if (typeof value === 'string') out[name] = value;
	}
	return out;
}

/**
 * The fields of a posted form: each of `names` as text (the first value when sent twice), and each
 * of `lists` as every text value sent under it (checkboxes).
 */
export async function readForm<const N extends string, const L extends string = never>(
	request: Request,
	names: readonly N[],
	lists: readonly L[] = []
): Promise<Partial<Record<N, string>> & Record<L, string[]>> {
	const form = await request.formData();
	const out = textFields(form, names) as Partial<Record<N, string>> & Record<L, string[]>;
	for (const name of lists) {
		(out as Record<string, unknown>)[name] = form
			.getAll(name)
			.filter((v): v is string => typeof v === 'string');
	}
	return out;
}
