// The server side of the patient wizard, by concern: the consent record (consent.ts), the form in
// progress and resuming it (drafts.ts), sending it and the done page (done.ts), request limits
// (throttles.ts) and where a form came from (origin.ts); the step pages' load and actions are in
// step-page.ts. Routes stay thin and call these functions.
import { locales, type Locale } from '$lib/paraglide/runtime';
import { db } from '../db';
import * as infoRequests from '../intakes/info-requests';
import * as funnel from '../funnel';

export { privacyNotice, consentTextHash } from './consent';
export * from './drafts';
export * from './done';
export { stepPostThrottle, nameLookupThrottle } from './throttles';

export type { IntakeRow } from '../intakes/drafts';
export type { WizardIntake } from '../intakes/info-requests';

/** The step funnel of this server (counted in memory, written every few seconds: funnel.ts). */
export const stepFunnel = funnel.createFunnel(db);

/** Counts a step view or completion; answering a clinic's request for more is not the funnel. */
export const countFunnel = (
	stepId: string,
	event: funnel.FunnelEvent,
	intake: infoRequests.WizardIntake | null
) => {
	if (!intake?.reopen) stepFunnel.count(stepId, event);
};

/** Bots fill every field; people never see this one. */
export const isHoneypotTripped = (form: Pick<FormData, 'get'>) =>
	String(form.get('website') ?? '').trim() !== '';

export const isLocale = (value: string): value is Locale =>
	(locales as readonly string[]).includes(value);
