import { describe, expect, it } from 'vitest';
import { alertEmail } from '../../../src/lib/server/alerts/email';
import { clinicClock, daysBefore } from '../../../src/lib/server/alerts/clock';

const base = { clinicName: 'Test clinic', origin: 'https://intake.clinic.test' };

describe('alert email text', () => {
	it('says how many, with plurals, and links the queue and the settings', () => {
		const { subject, text } = alertEmail({
			...base,
			kind: 'each',
			counts: { submitted: 2, updated: 1, eligible: 1 }
		});
		expect(subject).toBe('Test clinic: 4 intakes to look at');
		expect(text).toContain('- 2 new intakes were sent.');
		expect(text).toContain(
			'- 1 intake was updated by the patient after a request for more details.'
		);
		expect(text).toContain('- 1 intake reached its eligible-from date');
		expect(text).toContain('Open the intake queue: https://intake.clinic.test/clinic');
		expect(text).toContain('Change it at https://intake.clinic.test/staff/alerts');
	});

	it('leaves out kinds with nothing, and names a daily summary as such', () => {
		const { subject, text } = alertEmail({
			...base,
			kind: 'digest',
			counts: { submitted: 0, updated: 0, eligible: 3 }
		});
		expect(subject).toBe('Test clinic: daily intake summary');
		expect(text).toContain('Since your last daily summary:');
		expect(text).toContain('- 3 intakes reached their eligible-from date');
		expect(text).not.toContain('sent.');
		expect(text).not.toContain('updated');
	});

	it('has nothing in it but counts, the clinic name and the two links', () => {
		const { subject, text } = alertEmail({
			...base,
			kind: 'each',
			counts: { submitted: 1, updated: 0, eligible: 0 }
		});
		// Every line is fixed wording: take the numbers and links out and only the template is left.
		const template = (subject + '\n' + text)
			.replace(/\d+/g, '#')
			.replace(/https:\/\/intake\.clinic\.test\S*/g, 'LINK');
		expect(template).toBe(
			[
				'Test clinic: # intake to look at',
				'Hello,',
				'',
				'Since the last alert:',
				'- # new intake was sent.',
				'',
				'Open the intake queue: LINK',
				'',
				'Alerts never contain names or health information: sign in to see the intakes.',
				'You get these emails because of your alert setting (an email each time). Change it at LINK'
			].join('\n')
		);
	});
});

describe('the clinic clock', () => {
	it('reads the day and hour in the clinic time zone', () => {
		const at = new Date('2026-12-07T05:30:00Z');
		expect(clinicClock(at, 'America/Chicago')).toEqual({ day: '2026-12-06', hour: 23 });
		expect(clinicClock(at, 'UTC')).toEqual({ day: '2026-12-07', hour: 5 });
		expect(clinicClock(new Date('2026-12-07T06:00:00Z'), 'America/Chicago')).toEqual({
			day: '2026-12-07',
			hour: 0
		});
	});

	it('counts days back across months', () => {
		expect(daysBefore('2026-03-02', 7)).toBe('2026-02-23');
	});
});
