import { describe, expect, it } from 'vitest';
import { getStep } from '$lib/intake';
import { summaryLines } from '$lib/wizard/summary';
import { toStepView } from '$lib/wizard/view';

const t = (key: string) => `<${key}>`;
const rowLabel = (list: string, index: number) => `${list} #${index + 1}`;

describe('summaryLines', () => {
	it('lists the errors in page order, naming the question and linking to its field', () => {
		const about = toStepView(getStep('about')).questions;
		const lines = summaryLines(
			about,
			{ state: 'error_required', firstName: 'error_required' },
			t,
			rowLabel
		);
		expect(lines).toEqual([
			{ id: 'f-firstName', label: '<intake_about_first_name_label>:', message: '<error_required>' },
			{ id: 'f-state', label: '<intake_about_state_label>:', message: '<error_required>' }
		]);
	});

	it('names list rows and keeps a question mark instead of adding a colon', () => {
		const meds = toStepView(getStep('medications')).questions;
		const lines = summaryLines(
			meds,
			{ 'medications.1.status': 'error_required', 'medications.0.route': 'error_required' },
			(key) => (key === 'intake_medication_route_label' ? 'How do you take it?' : key),
			rowLabel
		);
		expect(lines.map((l) => [l.id, l.label])).toEqual([
			['f-medications-0-route', 'medications #1: How do you take it?'],
			['f-medications-1-status', 'medications #2: intake_medication_status_label:']
		]);
	});
});
