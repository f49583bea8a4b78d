// The text fields of a posted form that the form has, by name. Building an object from every
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
