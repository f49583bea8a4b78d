// The privacy notice and consents shown on the consent step. Their text is in the message catalogs,
// one paragraph per key; the server renders these keys in the patient's language (with the clinic's
// name and its Notice of Privacy Practices link), joins them with blank lines and stores a hash of
// exactly that text with PRIVACY_NOTICE_VERSION. Change a paragraph or a consent → bump the version.
// Wording: docs/patient-voice.md §9 (clinic named, NPP linked, service providers, how to reach the
// clinic about privacy; email/phone and text messages asked apart, TCPA-style; saying no does not
// affect care).

export const PRIVACY_NOTICE_VERSION = '2026-12.2';

/** The notice's heading and paragraphs, in order, as message keys ({clinic} is CLINIC_NAME). */
export const PRIVACY_NOTICE_KEYS = [
	'consent_privacy_notice_title',
	'consent_privacy_notice_who',
	'consent_privacy_notice_what',
	'consent_privacy_notice_why',
	'consent_privacy_notice_who_sees',
	'consent_privacy_notice_providers',
	'consent_privacy_notice_keep',
	'consent_privacy_notice_rights',
	'consent_privacy_notice_npp',
	'consent_privacy_notice_not_emergency'
] as const;

/** The paragraph that links the clinic's Notice of Privacy Practices (PRIVACY_NOTICE_URL). */
export const PRIVACY_NOTICE_LINK_KEY = 'consent_privacy_notice_npp';

/** The consent questions' own words, part of the text a consent is recorded against. */
export const CONSENT_QUESTION_KEYS = [
	'intake_consent_privacy_notice_label',
	'intake_consent_contact_consent_label',
	'intake_consent_contact_consent_help',
	'intake_consent_text_consent_label',
	'intake_consent_text_consent_help'
] as const;
