// Medicine-name lookups from the browser (the medicines step with JavaScript): completions while the
// patient types, debounced and with any earlier request cancelled, and what the name was read as
// when they leave the field. Every failure (offline, refused, too many) is quiet: the plain text
// field works without any of this, and a refused lookup backs off for as long as the server says.
import type { Component } from 'svelte';
import type { TextLookup } from '../texts';

/** What the server says about a name (wizard/medicines.server.ts NameVerdict). */
export interface NameVerdict {
	readonly status: 'known' | 'unknown' | 'confirm' | 'ask';
	readonly candidates: readonly string[];
}

interface LookupAnswer {
	readonly names?: readonly string[];
	readonly verdict?: NameVerdict;
}

export const NAME_LOOKUP_PATH = '/intake/medicine-names';

/** What the medicines step hands its name fields: the lookups and the component that shows them. */
export interface NameHelp {
	readonly lookup: NameLookup;
	readonly component: Component<{
		inputId: string;
		lookup: NameLookup;
		t: TextLookup;
		oncomplete: (names: readonly string[]) => void;
	}>;
}

/** How long typing must pause before completions are asked for. */
export const TYPING_PAUSE_MS = 250;

export interface NameLookup {
	/** Completions for `text`, after a pause in typing; a newer call cancels an older one. */
	complete(text: string, done: (names: readonly string[]) => void): void;
	/** What `text` was read as; null when nothing could be learned. */
	verdict(text: string): Promise<NameVerdict | null>;
	/** Cancels what is pending (the page is going). */
	stop(): void;
}

export function createNameLookup(
	locale: string,
	fetcher: typeof fetch = (...args) => fetch(...args),
	now: () => number = () => Date.now()
): NameLookup {
	let timer: ReturnType<typeof setTimeout> | undefined;
	let inFlight: AbortController | undefined;
	let quietUntil = 0;

	async function ask(text: string, check: boolean, signal?: AbortSignal) {
		if (now() < quietUntil) return null;
		try {
			const response = await fetcher(NAME_LOOKUP_PATH, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({ q: text.slice(0, 100), check, locale }),
				signal
			});
			if (response.status === 429) {
				const wait = Number(response.headers.get('retry-after') ?? '60');
				quietUntil = now() + (Number.isFinite(wait) ? wait : 60) * 1000;
				return null;
			}
			if (!response.ok) return null;
			return (await response.json()) as LookupAnswer;
		} catch {
			return null;
		}
	}

	return {
		complete(text, done) {
			clearTimeout(timer);
			inFlight?.abort();
			if (text.trim().length < 2) {
				done([]);
				return;
			}
			timer = setTimeout(async () => {
				const controller = new AbortController();
				inFlight = controller;
				const answer = await ask(text, false, controller.signal);
				if (!controller.signal.aborted && answer?.names) done(answer.names);
			}, TYPING_PAUSE_MS);
		},
		async verdict(text) {
			if (text.trim() === '') return null;
			const answer = await ask(text, true);
			return answer?.verdict ?? null;
		},
		stop() {
			clearTimeout(timer);
			inFlight?.abort();
		}
	};
}
