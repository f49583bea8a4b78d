// One lookup of a Paraglide message by its key, for code that holds keys as data (the
// questionnaire's labels, the screening's patient wording, staff texts). Static `m.some_key()`
// calls stay the way to use a message known in code (they are tree-shaken); this is for the rest.
import { m } from '../paraglide/messages';
import type { Locale } from '../paraglide/runtime';

type MessageFunction = (inputs: object, options: { locale: Locale }) => string;
const catalog = m as unknown as Record<string, MessageFunction | undefined>;

/** Whether the catalog has a message `key`. */
export const hasMessage = (key: string): boolean => typeof catalog[key] === 'function';

/** The message `key` rendered with `inputs` in `locale`; undefined when there is no such message. */
export function message(
	key: string,
	inputs: object = {},
	locale: Locale = 'en'
): string | undefined {
	return catalog[key]?.(inputs, { locale });
}
