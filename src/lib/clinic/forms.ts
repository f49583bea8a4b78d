// Staff forms validate with superforms on the server (superValidate, setError, message) and post
// with SvelteKit's own `enhance` in the browser: superforms' client would put its stores and
// serializer into the framework chunk that every patient page loads (the first intake step's
// 50 kB budget, tests/e2e/wizard-a11y.e2e.ts).
import type { SuperValidated } from 'sveltekit-superforms';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any form's data and message
type AnyForm = SuperValidated<Record<string, any>, any>;

/**
 * The form to show: the one the last post to it returned (values kept, errors, message), else the
 * page's own. `posted` is the page's `form` prop; a post to another form of the page is ignored.
 */
export function shownForm<T extends AnyForm>(initial: T, posted: unknown): T {
	const returned = (posted as { form?: T } | null | undefined)?.form;
	return returned && returned.id === initial.id ? returned : initial;
}
