// Thyroid: R27 (Hashimoto's on thyroid hormone) and R28 (other thyroid situations). Exclusive:
// R28 fires only when R27 does not (RULEBOOK §1.1).
import { sources } from '../sources';
import type { Evidence, RuleContext } from '../types';
import {
	answer,
	answerText,
	currentWithClass,
	defineRule,
	describeAll,
	medEvidence
} from './common';

const HASHIMOTO = /hashimoto|autoimmune thyroid|thyroiditis|\btpo\b|tiroiditis/i;
const GRAVES = /graves|hyperthyroid|overactive thyroid|hipertiroid/i;

/** The answers naming a condition: the picklist id or a match in the free-text field. */
function conditionEvidence(ctx: RuleContext, id: string, text: RegExp): Evidence[] {
	const { conditions, otherConditions } = ctx.answers.conditions;
	const evidence: Evidence[] = [];
	if ((conditions as readonly string[]).includes(id))
		evidence.push(answer('conditions', 'conditions', id));
	if (otherConditions && text.test(otherConditions)) {
		evidence.push(answer('conditions', 'otherConditions', otherConditions));
	}
	return evidence;
}

const hashimoto = (ctx: RuleContext) => conditionEvidence(ctx, 'hashimotos', HASHIMOTO);
const thyroidHormone = (ctx: RuleContext) => currentWithClass(ctx, 'thyroid-hormone');

export const hashimotoThyroidReplacement = defineRule({
	id: 'hashimoto-thyroid-replacement',
	ref: 'R27',
	severity: 'caution',
	title: "Hashimoto's on thyroid hormone",
	patientMessageKey: 'screening_hashimoto_thyroid_replacement',
	sources: sources('S5', 'S6'),
	test: (ctx) => {
		const condition = hashimoto(ctx);
		const hormone = thyroidHormone(ctx);
		return condition.length > 0 && hormone.length > 0
			? [...condition, ...hormone.map(medEvidence)]
			: [];
	},
	clinicianMessage: (evidence) =>
		`${answerText(evidence)} on ${describeAll(evidence)}. LDN may reduce ` +
		'autoimmune thyroid activity and with it the replacement requirement, sometimes quickly. ' +
		'That can cause iatrogenic hyperthyroid symptoms (palpitations, anxiety, insomnia, tremor). ' +
		'Start at the lowest dose (≤1.5 mg) and titrate slowly. Check TSH/FT4 after the start and ' +
		'after each dose change; around 4-6 weeks is suggested. Coordinate thyroid-dose adjustment.'
});

export const thyroidOtherInfo = defineRule({
	id: 'thyroid-other-info',
	ref: 'R28',
	severity: 'info',
	title: 'Other thyroid condition or treatment',
	patientMessageKey: 'screening_thyroid_other_info',
	sources: sources('S6'),
	test: (ctx) => {
		if (hashimotoThyroidReplacement.test(ctx).length > 0) return [];
		return [
			...hashimoto(ctx),
			...conditionEvidence(ctx, 'graves', GRAVES),
			...thyroidHormone(ctx).map(medEvidence),
			...currentWithClass(ctx, 'antithyroid').map(medEvidence)
		];
	},
	clinicianMessage: (evidence) =>
		`Thyroid: ${[answerText(evidence), describeAll(evidence)].filter(Boolean).join('; ')}. If ` +
		'there is no functioning thyroid tissue, LDN is not expected to change thyroid needs. For ' +
		"Graves' or Hashimoto's without replacement, monitor thyroid function tests during titration."
});
