// Sending the form and the done page: submit once, hand over to a short done pass, and show calm
// next steps from the intake's stored screening.
import type { RequestEvent } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { getLocale, type Locale } from '$lib/paraglide/runtime';
import { todayIso } from '$lib/intake';
import { patientMessage } from '$lib/i18n/screening';
import { groupSafetySentence, notesInReadingOrder } from './done-notes';
import { config, db } from '../db';
import * as drafts from '../intakes/drafts';
import * as infoRequests from '../intakes/info-requests';
import { resubmit } from '../intakes/resubmit';
import { submit } from '../intakes/submit';
import { currentScreening } from '../intakes/screenings';
import { readDonePass, resumeCookieOptions, signDonePass } from '../intakes/tokens';
import * as rateLimit from '../http/rate-limit';
import { clientKey, HOUR } from './throttles';
import { forgetDraft, isEditable } from './drafts';

const DONE_COOKIE = 'ldn_done';
/** How long the done page can be shown after sending (then the browser keeps nothing). */
const DONE_PASS_MINUTES = 30;

/** After sending: the resume cookie goes, a short done pass comes (tokens.ts). */
function handOverToDonePage(event: RequestEvent, id: string) {
	forgetDraft(event);
	const expires = Date.now() + DONE_PASS_MINUTES * 60_000;
	event.cookies.set(DONE_COOKIE, signDonePass(id, expires, config.secret), {
		...resumeCookieOptions(event.url, DONE_PASS_MINUTES * 60),
		path: '/'
	});
}

/** The intake just sent from this browser (within the done pass), or null. */
export async function justSent(event: RequestEvent) {
	const pass = event.cookies.get(DONE_COOKIE);
	const id = pass ? readDonePass(pass, config.secret) : null;
	if (!id) return null;
	const row = await drafts.findById(db, id);
	return row && row.status !== 'draft' && row.status !== 'needs_info' ? row : null;
}

/** Validates, screens and stores the intake once, however often it is submitted. */
export async function submitDraft(event: RequestEvent, draft: infoRequests.WizardIntake) {
	if (!isEditable(draft)) {
		handOverToDonePage(event, draft.id);
		return { kind: 'already-submitted' as const, id: draft.id };
	}
	const limit = await rateLimit.hit(db, clientKey(event, 'submit'), {
		window: HOUR,
		max: config.SUBMISSIONS_PER_HOUR
	});
	if (!limit.allowed) return { kind: 'throttled' as const };
	const outcome = await (draft.reopen ? resubmit : submit)(db, draft.id, {
		today: todayIso(),
		serviceStates: config.SERVICE_STATES,
		requestId: event.locals.requestId
	});
	if (outcome.kind === 'submitted' || outcome.kind === 'already-submitted') {
		handOverToDonePage(event, draft.id);
	}
	return outcome.kind === 'submitted' ? { kind: 'submitted' as const, id: outcome.id } : outcome;
}

/**
 * What the done page shows: calm next steps from the intake's stored screening (the one made when
 * it was sent), and when booking opens.
 */
export async function doneView(intake: drafts.IntakeRow, locale: Locale = getLocale()) {
	const screening = await currentScreening(db, intake.id);
	const flags = (screening?.result.flags ?? []).map((f) => ({
		rule: f.rule,
		patientMessage: patientMessage(f, locale)
	}));
	const { notes: messages, keepMedicines } = groupSafetySentence(
		notesInReadingOrder(flags),
		m.wizard_done_keep_medicines({}, { locale })
	);
	const triage = intake.triage ?? screening?.result.triage ?? 'review';
	const eligibleFrom = intake.eligibleFrom ?? undefined;
	const open = eligibleFrom ? todayIso() >= eligibleFrom : triage !== 'not-eligible-now';
	return {
		triage,
		eligibleFrom,
		messages,
		keepMedicines,
		bookingUrl: open ? bookingUrl(intake) : null
	};
}

function bookingUrl(intake: drafts.IntakeRow): string | null {
	if (!config.BOOKING_URL) return null;
	const name = [intake.firstName, intake.lastName].filter(Boolean).join(' ');
	return config.BOOKING_URL.replaceAll('{name}', encodeURIComponent(name)).replaceAll(
		'{email}',
		encodeURIComponent(intake.email ?? '')
	);
}
