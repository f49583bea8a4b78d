// Staff forms validate with superforms on the server (superValidate, setError, message) and post
// with SvelteKit's own `enhance` in the browser: superforms' client would put its stores and
// serializer into the framework chunk that every patient page loads (the first intake step's
// 50 kB budget, tests/e2e/wizard-a11y.e2e.ts). These helpers read the form an action returned.
import type { SuperValidated } from 'sveltekit-superforms';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any form's data and message
type AnyForm = SuperValidated<Record<string, any>, any>;

/** What a staff form action says about a change besides field errors: done, or refused and why. */
export interface FormMessage {
	ok: boolean;
	text: string;
}

/**
 * A form as an action returned it: what was posted (typed text comes back on an error), its field
 * errors and its message. `T` names the fields a component reads.
 */
export type ReturnedForm<T extends Record<string, unknown> = Record<string, unknown>> = Omit<
	SuperValidated<Partial<T>, FormMessage>,
	'errors'
> & { errors: Record<string, unknown> };

/**
 * The form the last post returned, if it is the one with this id (several forms of a page may
 * post, some to the same action: each has an id of its own). `posted` is the page's `form` prop.
 */
export function returnedForm<T extends { id: string } = ReturnedForm>(posted: unknown, id: string) {
	const returned = (posted as { form?: T } | null | undefined)?.form;
	return returned?.id === id ? returned : undefined;
}

/**
 * What a refused post sent, to show again in its fields (also without JavaScript); nothing after
 * a change that was made, so its fields start empty.
 */
export function keptValues<T extends Record<string, unknown>>(
	form: ReturnedForm<T> | undefined
): Partial<T> {
	return form && !form.valid ? form.data : {};
}

/**
 * The form to show: the one the last post to it returned (values kept, errors, message), else the
 * page's own. `posted` is the page's `form` prop; a post to another form of the page is ignored.
 */
export function shownForm<T extends AnyForm>(initial: T, posted: unknown): T {
	return returnedForm<T>(posted, initial.id) ?? initial;
}

/**
 * The first error of a field. superforms gives a field its list of messages, and a list field
 * (checkboxes) an object: the list's own messages (`_errors`) and each item's by index.
 */
export function firstError(errors: unknown, field: string): string | undefined {
	const found = (errors as Record<string, unknown> | null | undefined)?.[field];
	if (Array.isArray(found)) return found[0];
	if (!found || typeof found !== 'object') return undefined;
	const { _errors: own, ...items } = found as Record<string, string[] | undefined>;
	return own?.[0] ?? Object.values(items).find((item) => item?.length)?.[0];
}
