// What the patient has typed on a step page but not yet sent, kept in the tab's sessionStorage so
// that a reload (or a phone that drops the page) brings it back. sessionStorage belongs to the tab
// and ends with it; every copy is removed once the step is saved and when the form is sent.

const PREFIX = 'ldn-unsaved:';

type Pairs = [string, string][];

const storage = (): Storage | null => {
	try {
		return typeof sessionStorage === 'undefined' ? null : sessionStorage;
	} catch {
		return null; // storage blocked (privacy settings): nothing is kept, nothing breaks
	}
};

/** Keeps the form's current text values (files and the honeypot never). */
export function keepUnsaved(stepId: string, form: HTMLFormElement) {
	const pairs: Pairs = [];
	for (const [name, value] of new FormData(form)) {
		if (typeof value === 'string' && name !== 'website') pairs.push([name, value]);
	}
	try {
		storage()?.setItem(PREFIX + stepId, JSON.stringify(pairs));
	} catch {
		/* full or blocked: the server copy is still there */
	}
}

/**
 * Puts what was kept for this step back into the form's controls (those the page has), and
 * returns whether anything was restored. Text fields take the kept text; boxes and options are
 * ticked exactly as kept.
 */
export function restoreUnsaved(stepId: string, form: HTMLFormElement): boolean {
	const raw = storage()?.getItem(PREFIX + stepId);
	if (!raw) return false;
	let pairs: Pairs;
	try {
		pairs = JSON.parse(raw) as Pairs;
		if (!Array.isArray(pairs)) return false;
	} catch {
		return false;
	}
	const kept = new Map<string, string[]>();
	for (const [name, value] of pairs) kept.set(name, [...(kept.get(name) ?? []), value]);
	let restored = false;
	for (const control of form.elements) {
		if (
			!(control instanceof HTMLInputElement) &&
			!(control instanceof HTMLTextAreaElement) &&
			!(control instanceof HTMLSelectElement)
		) {
			continue;
		}
		if (!control.name || control.type === 'hidden' || control.name === 'website') continue;
		const values = kept.get(control.name) ?? [];
		if (
			control instanceof HTMLInputElement &&
			(control.type === 'checkbox' || control.type === 'radio')
		) {
			const checked = values.includes(control.value);
			if (control.checked !== checked) {
				control.checked = checked;
				restored = true;
			}
		} else if (values.length > 0 && control.value !== values[0]) {
			control.value = values[0]!;
			restored = true;
		}
	}
	return restored;
}

/** Forgets what was kept for a step (saved), or for every step (the form was sent). */
export function forgetUnsaved(stepId?: string) {
	const s = storage();
	if (!s) return;
	if (stepId) return s.removeItem(PREFIX + stepId);
	for (const key of Object.keys(s)) if (key.startsWith(PREFIX)) s.removeItem(key);
}
