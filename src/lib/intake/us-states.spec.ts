import { describe, expect, it } from 'vitest';
import {
	isServiceState,
	isUsStateCode,
	SERVICE_STATES,
	US_STATE_CODES,
	US_STATES
} from './us-states';

describe('US states', () => {
	it('lists the 50 states and DC', () => {
		expect(US_STATE_CODES).toHaveLength(51);
		expect(US_STATES.DC).toBe('District of Columbia');
		expect(isUsStateCode('PR')).toBe(false);
		expect(isUsStateCode('toString')).toBe(false);
	});

	it('serves the default states unless the caller passes its own list', () => {
		expect(SERVICE_STATES).toEqual(['TX', 'FL', 'GA', 'MO', 'IL', 'IA']);
		expect(isServiceState('TX')).toBe(true);
		expect(isServiceState('CA')).toBe(false);
		expect(isServiceState('CA', ['CA', 'OR'])).toBe(true);
		expect(isServiceState('XX', ['XX'])).toBe(false);
	});
});
