// The privacy notice shown on the consent step. Its text is in the message catalogs, one paragraph
// per key; the server renders these keys in the patient's language, joins them with blank lines and
// stores a hash of exactly that text with PRIVACY_NOTICE_VERSION. Change a paragraph → bump the version.

export const PRIVACY_NOTICE_VERSION = '2026-11.1';

/** The notice's heading and paragraphs, in order, as message keys. */
export const PRIVACY_NOTICE_KEYS = [
	'consent_privacy_notice_title',
	'consent_privacy_notice_who',
	'consent_privacy_notice_what',
	'consent_privacy_notice_why',
	'consent_privacy_notice_who_sees',
	'consent_privacy_notice_keep',
	'consent_privacy_notice_rights',
	'consent_privacy_notice_not_emergency'
] as const;
