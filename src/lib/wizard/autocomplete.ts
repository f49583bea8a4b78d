// Input purposes of the personal-data questions (WCAG 1.3.5), keyed `step.question`, so browsers
// and password managers can fill them in.
import type { FullAutoFill } from 'svelte/elements';

export const AUTOCOMPLETE: Readonly<Record<string, FullAutoFill>> = {
	'about.firstName': 'given-name',
	'about.lastName': 'family-name',
	'about.email': 'email',
	'about.phone': 'tel',
	'about.dateOfBirth': 'bday',
	'about.state': 'address-level1'
};
