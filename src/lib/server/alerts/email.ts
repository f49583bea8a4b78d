// The text of an alert email. Pure, so a unit test can check it: counts, a link to the queue and
// one to the alert settings, nothing else. Alerts go to a mailbox the clinic does not control
// end to end, so they never carry a name, an email address, a condition, a medicine or any other
// answer, and the subject is as bland as the body.
import { plural } from '../../clinic/words';

export interface AlertCounts {
	/** Intakes sent for the first time. */
	submitted: number;
	/** Intakes sent again after a clinician asked for more details. */
	updated: number;
	/** Intakes whose eligible-from date (the end of an opioid washout) arrived. */
	eligible: number;
}

export const NO_ALERTS: AlertCounts = { submitted: 0, updated: 0, eligible: 0 };

export const isEmpty = (c: AlertCounts) => c.submitted + c.updated + c.eligible === 0;

export interface AlertEmailInput {
	kind: 'each' | 'digest';
	counts: AlertCounts;
	clinicName: string;
	/** The app's public URL, without a trailing slash. */
	origin: string;
}

/** Subject and plain-text body of one alert email. */
export function alertEmail({ kind, counts, clinicName, origin }: AlertEmailInput) {
	const total = counts.submitted + counts.updated + counts.eligible;
	const subject =
		kind === 'digest'
			? `${clinicName}: daily intake summary`
			: `${clinicName}: ${plural(total, 'intake')} to look at`;
	const lines = [
		counts.submitted > 0 &&
			`- ${plural(counts.submitted, 'new intake')} ${counts.submitted === 1 ? 'was' : 'were'} sent.`,
		counts.updated > 0 &&
			`- ${plural(counts.updated, 'intake')} ${counts.updated === 1 ? 'was' : 'were'} updated by the patient after a request for more details.`,
		counts.eligible > 0 &&
			`- ${plural(counts.eligible, 'intake')} reached ${counts.eligible === 1 ? 'its' : 'their'} eligible-from date (the end of an opioid washout).`
	].filter((l): l is string => typeof l === 'string');
	const text = [
		'Hello,',
		'',
		kind === 'digest' ? 'Since your last daily summary:' : 'Since the last alert:',
		...(lines.length ? lines : ['- nothing new.']),
		'',
		`Open the intake queue: ${origin}/clinic`,
		'',
		'Alerts never contain names or health information: sign in to see the intakes.',
		`You get these emails because of your alert setting (${kind === 'digest' ? 'a daily summary' : 'an email each time'}). Change it at ${origin}/staff/alerts`
	].join('\n');
	return { subject, text };
}
