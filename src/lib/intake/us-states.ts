// US states and DC (USPS codes). The intake stores the code; names are proper nouns and the same in
// English and Spanish, so they are data here rather than message keys.

export const US_STATES = {
	AL: 'Alabama',
	AK: 'Alaska',
	AZ: 'Arizona',
	AR: 'Arkansas',
	CA: 'California',
	CO: 'Colorado',
	CT: 'Connecticut',
	DE: 'Delaware',
	DC: 'District of Columbia',
	FL: 'Florida',
	GA: 'Georgia',
	HI: 'Hawaii',
	ID: 'Idaho',
	IL: 'Illinois',
	IN: 'Indiana',
	IA: 'Iowa',
	KS: 'Kansas',
	KY: 'Kentucky',
	LA: 'Louisiana',
	ME: 'Maine',
	MD: 'Maryland',
	MA: 'Massachusetts',
	MI: 'Michigan',
	MN: 'Minnesota',
	MS: 'Mississippi',
	MO: 'Missouri',
	MT: 'Montana',
	NE: 'Nebraska',
	NV: 'Nevada',
	NH: 'New Hampshire',
	NJ: 'New Jersey',
	NM: 'New Mexico',
	NY: 'New York',
	NC: 'North Carolina',
	ND: 'North Dakota',
	OH: 'Ohio',
	OK: 'Oklahoma',
	OR: 'Oregon',
	PA: 'Pennsylvania',
	RI: 'Rhode Island',
	SC: 'South Carolina',
	SD: 'South Dakota',
	TN: 'Tennessee',
	TX: 'Texas',
	UT: 'Utah',
	VT: 'Vermont',
	VA: 'Virginia',
	WA: 'Washington',
	WV: 'West Virginia',
	WI: 'Wisconsin',
	WY: 'Wyoming'
} as const;

export type UsStateCode = keyof typeof US_STATES;

export const US_STATE_CODES = Object.keys(US_STATES) as [UsStateCode, ...UsStateCode[]];

/**
 * States the clinic serves by default. The server may override this from config; the intake still
 * accepts every state so that a patient elsewhere can be told kindly rather than rejected.
 */
export const SERVICE_STATES: readonly UsStateCode[] = ['TX', 'FL', 'GA', 'MO', 'IL', 'IA'];

/** True when `code` is a US state code. */
export function isUsStateCode(code: string): code is UsStateCode {
	return Object.hasOwn(US_STATES, code);
}

/** True when the clinic serves `code` (the default list unless the caller passes its own). */
export function isServiceState(
	code: string,
	serviceStates: readonly string[] = SERVICE_STATES
): code is UsStateCode {
	return isUsStateCode(code) && serviceStates.includes(code);
}
