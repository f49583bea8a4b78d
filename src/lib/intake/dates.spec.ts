import { describe, expect, it } from 'vitest';
import { addDays, ageOn, daysBetween, isIsoDate, todayIso, validatingOn } from './dates';

describe('ageOn', () => {
	it.each([
		['2008-11-27', '2026-11-26', 17],
		['2008-11-27', '2026-11-27', 18],
		['2008-11-27', '2026-11-28', 18],
		['2008-12-31', '2026-01-01', 17],
		['2008-01-01', '2026-12-31', 18],
		['2008-02-29', '2026-02-28', 17],
		['2008-02-29', '2026-03-01', 18],
		['1950-06-15', '2026-06-14', 75]
	])('born %s is %i on %s', (dob, today, age) => {
		expect(ageOn(dob, today)).toBe(age);
	});
});

describe('calendar dates', () => {
	it('recognises real ISO dates only', () => {
		expect(isIsoDate('2024-02-29')).toBe(true);
		expect(isIsoDate('2025-02-29')).toBe(false);
		expect(isIsoDate('2025-1-01')).toBe(false);
		expect(isIsoDate('01/02/2025')).toBe(false);
	});

	it('adds and counts days across months and leap years', () => {
		expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
		expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
		expect(daysBetween('2026-11-13', '2026-11-27')).toBe(14);
		expect(daysBetween('2026-11-27', '2026-11-13')).toBe(-14);
	});

	it('pins "today" only inside validatingOn', () => {
		const real = todayIso();
		expect(validatingOn('2030-01-02', () => todayIso())).toBe('2030-01-02');
		expect(todayIso()).toBe(real);
	});
});
