// Issue 16: decisions with clinical decision support. Approving or booking an intake triaged
// not-eligible-now needs a written reason (the override), refused as a field error with nothing
// changed; the override is kept (note, intake_overrides, audit without text) and shows on the
// detail page and in the leads export. Caution flags are marked as reviewed one by one per
// screening.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { DbHandle } from '../../src/lib/server/db/client';
import {
	auditEvents,
	flagReviews,
	intakeNotes,
	intakeOverrides,
	intakes
} from '../../src/lib/server/db/schema';
import * as workflow from '../../src/lib/server/clinic/workflow';
import * as decisions from '../../src/lib/server/clinic/decisions';
import * as detail from '../../src/lib/server/clinic/detail';
import { intakeView } from '../../src/lib/server/clinic/intake-view';
import { rescreen } from '../../src/lib/server/clinic/rescreen';
import { leadLines } from '../../src/lib/server/export/leads';
import { currentScreening } from '../../src/lib/server/intakes/screenings';
import type { Actor } from '../../src/lib/server/clinic/workflow';
import { openTestDb } from './db';
import { SERVICE_STATES, TODAY, staffActor, submitExample } from './clinic-helpers';

let handle: DbHandle;
let doc: Actor;

beforeAll(async () => {
	handle = await openTestDb();
	doc = await staffActor(handle.db, 'clinician', 'Dr Override');
});
afterAll(() => handle.close());

const rowOf = async (id: string) =>
	(await handle.db.select().from(intakes).where(eq(intakes.id, id)))[0]!;
const auditsOf = (id: string, action: string) =>
	handle.db
		.select()
		.from(auditEvents)
		.where(and(eq(auditEvents.intakeId, id), eq(auditEvents.action, action)))
		.orderBy(auditEvents.id);

async function inReview(example: string) {
	const id = await submitExample(handle.db, example);
	const outcome = await workflow.changeStatus(handle.db, doc, {
		intakeId: id,
		revision: 0,
		to: 'in_review'
	});
	expect(outcome.kind).toBe('changed');
	return id;
}

describe('override of a not-eligible-now triage', () => {
	it('refuses approving without a reason, as a field error, changing nothing', async () => {
		const id = await inReview('daily-oxycodone');
		const before = await rowOf(id);
		expect(before.triage).toBe('not-eligible-now');
		for (const reason of [undefined, '', '   ']) {
			const outcome = await workflow.changeStatus(handle.db, doc, {
				intakeId: id,
				revision: before.revision,
				to: 'approved',
				reason
			});
			expect(outcome).toEqual({
				kind: 'invalid',
				errors: { reason: [decisions.OVERRIDE_REASON_MISSING] }
			});
		}
		const after = await rowOf(id);
		expect(after).toMatchObject({ status: 'in_review', revision: before.revision });
		expect(after.overriddenAt).toBeNull();
		expect(await auditsOf(id, 'intake.status_changed')).toHaveLength(1);
		expect(await handle.db.select().from(intakeNotes).where(eq(intakeNotes.intakeId, id))).toEqual(
			[]
		);
		expect(
			await handle.db.select().from(intakeOverrides).where(eq(intakeOverrides.intakeId, id))
		).toEqual([]);
	});

	it('accepts it with a reason: a note, the override, an audit row without the text', async () => {
		const id = await inReview('daily-oxycodone');
		const reason = 'Tapering off oxycodone under pain clinic; LDN to start after washout.';
		const { revision } = await rowOf(id);
		const outcome = await workflow.changeStatus(handle.db, doc, {
			intakeId: id,
			revision,
			to: 'approved',
			reason
		});
		expect(outcome.kind).toBe('changed');
		const row = await rowOf(id);
		expect(row.status).toBe('approved');
		expect(row.overriddenAt).toBeInstanceOf(Date);

		const screening = await currentScreening(handle.db, id);
		const contraindications = screening!.result.flags
			.filter((f) => f.severity === 'contraindication')
			.map((f) => f.rule);
		expect(contraindications.length).toBeGreaterThan(0);
		const [override] = await handle.db
			.select()
			.from(intakeOverrides)
			.where(eq(intakeOverrides.intakeId, id));
		expect(override).toMatchObject({
			screeningId: screening!.id,
			toStatus: 'approved',
			ruleIds: contraindications,
			createdBy: doc.id
		});
		const [note] = await handle.db
			.select()
			.from(intakeNotes)
			.where(eq(intakeNotes.id, override!.noteId));
		expect(note!.body).toBe(reason);

		const audit = await auditsOf(id, 'intake.status_changed');
		expect(audit.at(-1)!.details).toEqual({
			from: 'in_review',
			to: 'approved',
			revision: row.revision,
			noteId: note!.id,
			overrideId: override!.id,
			contraindications: contraindications.length
		});
		expect(JSON.stringify(audit)).not.toContain('oxycodone');

		// Booking it later is another override, with its own reason.
		const refused = await workflow.changeStatus(handle.db, doc, {
			intakeId: id,
			revision: row.revision,
			to: 'booked'
		});
		expect(refused.kind).toBe('invalid');
		expect(
			(
				await workflow.changeStatus(handle.db, doc, {
					intakeId: id,
					revision: row.revision,
					to: 'booked',
					reason: 'Booked for the start date agreed.'
				})
			).kind
		).toBe('changed');

		// The detail page names the decision, who took it, what it overrode and why.
		const record = await detail.open(handle.db, id, doc, 'intake.viewed');
		const view = intakeView(record!, doc);
		expect(view.overrides.map((o) => [o.to, o.by, o.reason])).toEqual([
			['approved', 'Dr Override', reason],
			['booked', 'Dr Override', 'Booked for the start date agreed.']
		]);
		expect(view.overrides[0]!.contraindications).toEqual(
			view.flags.filter((f) => f.severity === 'contraindication').map((f) => f.title)
		);
		expect(view.timeline.some((e) => e.summary.includes('overriding 1 contraindication'))).toBe(
			true
		);

		// The leads export says so.
		const lines = await exportLines();
		expect(lines.get(id)).toContain('"not-eligible-now","yes"');
	});

	it('asks nothing more of an eligible intake, and the export says "no"', async () => {
		const id = await inReview('clean-fibromyalgia');
		const { revision } = await rowOf(id);
		const outcome = await workflow.changeStatus(handle.db, doc, {
			intakeId: id,
			revision,
			to: 'approved'
		});
		expect(outcome.kind).toBe('changed');
		expect((await exportLines()).get(id)).toContain('"eligible","no"');
		const view = intakeView((await detail.open(handle.db, id, doc, 'intake.viewed'))!, doc);
		expect(view.overrides).toEqual([]);
	});

	it('offers the override on the detail page only where the triage needs it', async () => {
		const id = await inReview('daily-oxycodone');
		const view = intakeView((await detail.open(handle.db, id, doc, 'intake.viewed'))!, doc);
		expect(view.transitions.find((t) => t.to === 'approved')).toMatchObject({ override: true });
		expect(view.transitions.find((t) => t.to === 'declined')).toMatchObject({ override: false });
		expect(view.contraindications.length).toBeGreaterThan(0);
	});
});

async function exportLines() {
	const result = (await handle.db.execute(
		leadLines({} as never, { after: null, limit: 1000 })
	)) as unknown;
	const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as {
		line: string;
		id: string;
	}[];
	return new Map(rows.map((r) => [r.id, r.line]));
}

describe('caution flags marked as reviewed', () => {
	it('one by one, per screening, audited without the rule', async () => {
		const id = await inReview('biologic-humira');
		const screening = (await currentScreening(handle.db, id))!;
		const cautions = screening.result.flags.filter((f) => f.severity === 'caution');
		expect(cautions.length).toBeGreaterThanOrEqual(2);
		const [first, second] = cautions;

		const input = { intakeId: id, screeningId: screening.id, ruleId: first!.rule };
		const outcome = await decisions.reviewFlag(handle.db, doc, input);
		expect(outcome.kind).toBe('added');
		// Twice is once.
		expect(await decisions.reviewFlag(handle.db, doc, input)).toEqual(outcome);
		const audit = await auditsOf(id, 'intake.flag_reviewed');
		expect(audit).toHaveLength(1);
		expect(audit[0]!.details).toEqual({
			screeningId: screening.id,
			reviewId: (outcome as { id: number }).id
		});

		let view = intakeView((await detail.open(handle.db, id, doc, 'intake.viewed'))!, doc);
		expect(Object.keys(view.reviews)).toEqual([first!.rule]);
		expect(view.reviews[first!.rule]!.by).toBe('Dr Override');
		expect(view.flags.some((f) => f.ruleId === second!.rule && !view.reviews[f.ruleId])).toBe(true);

		// Not a caution of this screening; an old screening: refused, nothing stored.
		expect(
			(await decisions.reviewFlag(handle.db, doc, { ...input, ruleId: 'no-such-rule' })).kind
		).toBe('not-allowed');
		const { revision } = await rowOf(id);
		await rescreen(handle.db, doc, {
			intakeId: id,
			revision,
			today: TODAY,
			serviceStates: SERVICE_STATES
		});
		const newer = (await currentScreening(handle.db, id))!;
		expect(newer.id).not.toBe(screening.id);
		expect(
			(await decisions.reviewFlag(handle.db, doc, { ...input, ruleId: second!.rule })).kind
		).toBe('conflict');
		// A new screening opens its cautions again.
		view = intakeView((await detail.open(handle.db, id, doc, 'intake.viewed'))!, doc);
		expect(view.reviews).toEqual({});
		expect(
			await handle.db.select().from(flagReviews).where(eq(flagReviews.intakeId, id))
		).toHaveLength(1);
	});

	it('refuses an intake that does not exist', async () => {
		expect(
			(
				await decisions.reviewFlag(handle.db, doc, {
					intakeId: crypto.randomUUID(),
					screeningId: 1,
					ruleId: 'x-y'
				})
			).kind
		).toBe('not-found');
	});
});
