// The consent step's record: the privacy notice as shown, the hash of everything consented to,
// and the consent columns of a draft.
import { createHash } from 'node:crypto';
import { getLocale, type Locale } from '$lib/paraglide/runtime';
import {
	CONSENT_QUESTION_KEYS,
	PRIVACY_NOTICE_KEYS,
	PRIVACY_NOTICE_LINK_KEY,
	PRIVACY_NOTICE_VERSION
} from '$lib/intake';
import { message } from '$lib/i18n/messages';
import { config } from '../db';

const render = (key: string, locale: Locale) =>
	message(key, { clinic: config.CLINIC_NAME }, locale) ?? key;

/**
 * The privacy notice exactly as shown on the consent step, in `locale`: the clinic named, and the
 * paragraph at `linkIndex` linking its Notice of Privacy Practices (`url`).
 */
export function privacyNotice(locale: Locale = getLocale()) {
	return {
		version: PRIVACY_NOTICE_VERSION,
		paragraphs: PRIVACY_NOTICE_KEYS.map((k) => render(k, locale)),
		linkIndex: PRIVACY_NOTICE_KEYS.indexOf(PRIVACY_NOTICE_LINK_KEY),
		url: config.privacyNoticeUrl
	};
}

/** SHA-256 of everything the patient consents to: the notice, its link and the consent questions. */
export function consentTextHash(locale: Locale) {
	const notice = privacyNotice(locale);
	const questions = CONSENT_QUESTION_KEYS.map((k) => render(k, locale));
	return createHash('sha256')
		.update([...notice.paragraphs, notice.url, ...questions].join('\n\n'))
		.digest('hex');
}

/** The consent record of the consent step's answers, against the text shown in `locale`. */
export const consentRecord = (locale: Locale, values: ConsentValues) => ({
	version: PRIVACY_NOTICE_VERSION,
	textHash: consentTextHash(locale),
	locale,
	contactConsent: values.contactConsent,
	textConsent: values.textConsent
});

export type ConsentValues = {
	privacyNotice: 'accepted';
	contactConsent: 'yes' | 'no';
	textConsent: 'yes' | 'no';
};

/** Consent answered again: recorded against the text shown now, at this time. */
export function consentColumns(values: ConsentValues) {
	const consent = consentRecord(getLocale(), values);
	return {
		consentVersion: consent.version,
		consentTextHash: consent.textHash,
		consentLocale: consent.locale,
		consentedAt: new Date(),
		contactConsent: consent.contactConsent,
		textConsent: consent.textConsent
	};
}
