// The medicine matcher the questionnaire asks (which follow-ups a medicine needs, which names to
// check with the patient) is injected: the questionnaire only knows the interface (Matcher,
// follow-up.ts), never the catalog behind it. The server installs the screening engine's catalog
// matcher at start (hooks.server.ts, the CLI and test set-up: src/lib/server/medicine-matcher.ts);
// asking before that is a programming error and says so, rather than answering "no medicine".
import type { Matcher } from './follow-up';

let installed: Matcher | undefined;

/** Makes `matcher` the one the questionnaire asks from now on. */
export function installMatcher(matcher: Matcher): void {
	installed = matcher;
}

/** The installed matcher (the default of every function that takes one). */
export const medicineMatcher: Matcher = (text, options) => {
	if (!installed) {
		throw new Error(
			'No medicine matcher installed: import src/lib/server/medicine-matcher.ts at start-up'
		);
	}
	return installed(text, options);
};
