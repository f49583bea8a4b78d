// Browser helpers for the patient wizard: fill a step from answer values by finding each control
// through the labels the questionnaire declares (the English catalog), the way a patient would.
import { STEP_IDS } from '../../src/lib/intake/step-ids';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';
import en from '../../src/lib/i18n/messages/en.json' with { type: 'json' };
import wizardEn from '../../src/lib/i18n/messages/wizard/en.json' with { type: 'json' };
import { getStep, type StepId } from '../../src/lib/intake/steps';
import type { AnyQuestion } from '../../src/lib/intake/questions';
import { hydrated } from './fixtures';
import { percocetAnswers } from '../support/answers';
import type { IntakeAnswers } from '../../src/lib/intake/answers';

export { daysAgo } from '../support/answers';

/** The English texts (plural messages, which tests do not look up, are left out). */
export const text: Record<string, string> = Object.fromEntries(
	Object.entries({ ...en, ...wizardEn }).filter(
		(entry): entry is [string, string] => typeof entry[1] === 'string'
	)
);
export const say = (key: string, params: Record<string, string | number> = {}) =>
	(text[key] ?? key).replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));

export type Mode = 'mouse' | 'keyboard';

/** A complete intake for a patient taking Percocet as needed (one follow-up), from the factory. */
export const answers = percocetAnswers() as Required<IntakeAnswers>;

/** The steps before the medicines page. */
export const untilMedications = {
	consent: answers.consent,
	about: answers.about,
	conditions: answers.conditions
};

const optionLabel = (q: AnyQuestion, value: string) =>
	say(q.options?.find((o) => o.value === value)?.labelKey ?? value);

async function check(box: Locator, mode: Mode) {
	if (mode === 'mouse') return box.check();
	await box.focus();
	if (!(await box.isChecked())) await box.press('Space');
}

async function type(field: Locator, value: string, mode: Mode) {
	if (mode === 'mouse') return field.fill(value);
	await field.focus();
	await field.press('ControlOrMeta+a');
	await field.pressSequentially(value);
}

/** Fills one question inside `scope`, found by its label. */
export async function answer(
	scope: Page | Locator,
	q: AnyQuestion,
	value: unknown,
	mode: Mode = 'mouse',
	name = q.key
) {
	if (value === undefined || q.hidden || q.carried) return;
	const label = say(q.labelKey);
	switch (q.kind) {
		case 'yesNo':
		case 'choice':
			if ((q.options?.length ?? 0) > 3 && name.includes('[')) {
				return scope.getByLabel(label, { exact: true }).selectOption(String(value));
			}
			return check(
				scope.getByRole('group', { name: label }).getByLabel(optionLabel(q, String(value)), {
					exact: true
				}),
				mode
			);
		case 'multi': {
			const group = scope.getByRole('group', { name: label });
			const list = value as string[];
			if (list.length === 0)
				return check(group.getByLabel(say(q.noneLabelKey ?? ''), { exact: true }), mode);
			for (const v of list) await check(group.getByLabel(optionLabel(q, v), { exact: true }), mode);
			return;
		}
		case 'consent':
			return check(scope.getByLabel(label), mode);
		case 'state':
			return scope.getByLabel(label).selectOption(String(value));
		case 'date':
			if (mode === 'keyboard') {
				// A date input takes typed digits in the browser's order (en-US: month, day, year).
				const [y, m, d] = String(value).split('-');
				const field = scope.getByLabel(label, { exact: false }).first();
				await field.focus();
				return field.pressSequentially(`${m}${d}${y}`);
			}
			return scope.getByLabel(label, { exact: false }).first().fill(String(value));
		default:
			return type(scope.getByLabel(label, { exact: false }).first(), String(value), mode);
	}
}

/** Fills a whole step (lists included) and presses Continue. */
export async function fillStep(
	page: Page,
	stepId: StepId,
	values: Record<string, unknown>,
	{ mode = 'mouse', submit = true }: { mode?: Mode; submit?: boolean } = {}
) {
	const step = getStep(stepId);
	for (const q of step.questions as readonly AnyQuestion[]) {
		const value = values[q.key];
		if (q.kind === 'medicationList') {
			const rows = (value as Record<string, unknown>[] | undefined) ?? [];
			for (const [i, row] of rows.entries()) {
				const heading =
					q.key === 'supplements'
						? 'wizard_list_supplement_heading'
						: 'wizard_list_medication_heading';
				const group = page.getByRole('group', {
					name: say(heading, { number: i + 1 }),
					exact: true
				});
				if ((await group.count()) === 0) await addRow(page, q.key, mode);
				for (const field of q.item ?? [])
					await answer(group, field, row[field.key], mode, `${q.key}[${i}]`);
			}
		} else if (q.kind === 'followUpList') {
			const rows = (value as Record<string, unknown>[] | undefined) ?? [];
			const groups = page.getByRole('group', { name: /^About / });
			for (const [i, row] of rows.entries()) {
				for (const field of q.item ?? []) await answer(groups.nth(i), field, row[field.key], mode);
			}
		} else {
			await answer(page, q, value, mode);
		}
	}
	if (submit) await pressContinue(page, mode);
}

export async function addRow(page: Page, list: string, mode: Mode = 'mouse') {
	const label =
		list === 'supplements' ? 'wizard_list_add_supplement' : 'wizard_list_add_medication';
	const button = page.getByRole('button', { name: say(label) });
	if (mode === 'keyboard') {
		await button.focus();
		await button.press('Enter');
	} else await button.click();
}

export async function pressContinue(page: Page, mode: Mode = 'mouse') {
	const button = page.getByRole('button', { name: say('intake_nav_next'), exact: true });
	if (mode === 'keyboard') {
		await button.focus();
		await button.press('Enter');
	} else await button.click();
}

/** Expects the page of `stepId` ('review', 'done' ...) to be showing. */
export async function expectPage(page: Page, path: string) {
	await expect(page).toHaveURL(new RegExp(`/intake/${path}$`));
}

/** From the start page to the review page, every step filled from `values`. */
export async function completeIntake(
	page: Page,
	values: Partial<Record<StepId, Record<string, unknown>>> = answers,
	{ mode = 'mouse', js = true }: { mode?: Mode; js?: boolean } = {}
) {
	await page.goto('/');
	if (js) await hydrated(page);
	await page.getByRole('link', { name: say('wizard_landing_start') }).click();
	for (const stepId of STEP_IDS) {
		const stepValues = values[stepId];
		if (!stepValues) continue;
		await expectPage(page, stepId);
		if (js) await hydrated(page);
		await fillStep(page, stepId, stepValues, { mode });
	}
	if (values.goals) await expectPage(page, 'review');
}

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe with the WCAG 2.0/2.1/2.2 A and AA rules: no violations. */
export async function expectNoAxeViolations(page: Page) {
	const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
	expect(
		result.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }))
	).toEqual([]);
}
