// Words for the workflow's stored values, shared by the staff pages and the server (timeline).
// Badges always carry these words: colour is never the only signal.

const STATUS_LABELS: Readonly<Record<string, string>> = {
	draft: 'Draft',
	submitted: 'Submitted',
	in_review: 'In review',
	needs_info: 'Needs info',
	approved: 'Approved',
	declined: 'Declined',
	booked: 'Booked',
	archived: 'Archived'
};

export const TRIAGE_LABELS: Readonly<Record<string, string>> = {
	'not-eligible-now': 'Not eligible now',
	review: 'Review',
	eligible: 'Eligible'
};

export const SEVERITY_LABELS: Readonly<Record<string, string>> = {
	contraindication: 'Contraindication',
	caution: 'Caution',
	info: 'Info'
};

/** What a status-change button says, by target status. */
export const TRANSITION_LABELS: Readonly<Record<string, string>> = {
	in_review: 'Start review',
	approved: 'Approve',
	declined: 'Decline',
	needs_info: 'Request more information',
	booked: 'Mark as booked',
	archived: 'Archive'
};

export const statusLabel = (s: string | null | undefined) => (s && STATUS_LABELS[s]) || s || '';
export const triageLabel = (t: string | null | undefined) =>
	(t && TRIAGE_LABELS[t]) || 'Not screened';

/** Under every "new password" field (the policy is in $lib/server/auth/password-policy.ts). */
export const NEW_PASSWORD_HINT =
	'At least 12 characters, anything you like: a few unrelated words are easy to remember and ' +
	'hard to guess. Very common passwords are refused.';
