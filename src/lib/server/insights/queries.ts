// The aggregates behind each chart. Every query reads a rollup table (schema.ts, "Insights"), by
// week, through an index: never the intakes themselves. A week with nothing in it has no rows, so
// callers fill the gaps (charts.ts). Counts come back as numbers on both drivers (::int). Each
// returns the query itself (await it; the benchmark EXPLAINs its .toSQL()).
import { and, asc, between, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Db } from '../db/client';
import { funnelCounters, insightFlags, insightIntakes, insightWaits } from '../db/schema';
import { addDays, type InsightFilters } from './filters';

const total = (column: SQL | AnyPgColumn) =>
	sql<number>`coalesce(sum(${column}), 0)::int`.mapWith(Number);
const ii = insightIntakes;
const SENT = ['submitted', 'booked'] as const;

/** Sent intakes in the range that match the filters (insight_intakes_submitted_idx). */
function sentWhere(f: InsightFilters): SQL {
	return and(
		between(ii.weekSubmitted, f.fromWeek, f.toWeek),
		inArray(ii.stage, [...SENT]),
		f.triage ? eq(ii.triage, f.triage) : undefined,
		f.source ? eq(ii.source, f.source) : undefined,
		f.state ? eq(ii.usState, f.state) : undefined
	)!;
}

/** Intakes started each week (insight_intakes_key: its first column is week_started). */
export function startedByWeek(db: Db, f: InsightFilters) {
	return db
		.select({ week: ii.weekStarted, started: total(ii.intakes) })
		.from(ii)
		.where(
			and(
				between(ii.weekStarted, f.fromWeek, f.toWeek),
				f.triage ? eq(ii.triage, f.triage) : undefined,
				f.source ? eq(ii.source, f.source) : undefined,
				f.state ? eq(ii.usState, f.state) : undefined
			)
		)
		.groupBy(ii.weekStarted)
		.orderBy(asc(ii.weekStarted));
}

/** Intakes sent each week, by triage, and how many of them are booked now. */
export function sentByWeekAndTriage(db: Db, f: InsightFilters) {
	return db
		.select({
			week: sql<string>`${ii.weekSubmitted}`,
			triage: ii.triage,
			sent: total(ii.intakes),
			booked: total(sql`case when ${ii.stage} = 'booked' then ${ii.intakes} else 0 end`)
		})
		.from(ii)
		.where(sentWhere(f))
		.groupBy(ii.weekSubmitted, ii.triage)
		.orderBy(asc(ii.weekSubmitted), asc(ii.triage));
}

/** Sent intakes by source and UTM campaign: how many, how many eligible, how many booked. */
export function sentBySource(db: Db, f: InsightFilters) {
	return db
		.select({
			source: ii.source,
			campaign: ii.campaign,
			sent: total(ii.intakes),
			eligible: total(sql`case when ${ii.triage} = 'eligible' then ${ii.intakes} else 0 end`),
			booked: total(sql`case when ${ii.stage} = 'booked' then ${ii.intakes} else 0 end`)
		})
		.from(ii)
		.where(sentWhere(f))
		.groupBy(ii.source, ii.campaign);
}

/** Sent intakes by the patient's state. */
export function sentByState(db: Db, f: InsightFilters) {
	return db
		.select({ state: ii.usState, sent: total(ii.intakes) })
		.from(ii)
		.where(sentWhere(f))
		.groupBy(ii.usState);
}

/** The rules that fired most often on sent intakes (the state filter does not apply). */
export function topFlags(db: Db, f: InsightFilters, limit = 10) {
	const t = insightFlags;
	const n = total(t.intakes);
	return db
		.select({ ruleId: t.ruleId, intakes: n })
		.from(t)
		.where(
			and(
				between(t.weekSubmitted, f.fromWeek, f.toWeek),
				f.triage ? eq(t.triage, f.triage) : undefined,
				f.source ? eq(t.source, f.source) : undefined
			)
		)
		.groupBy(t.ruleId)
		.having(sql`sum(${t.intakes}) > 0`)
		.orderBy(desc(n), asc(t.ruleId))
		.limit(limit);
}

/** Waits per kind and bucket (the state filter does not apply). */
export function waitHistogram(db: Db, f: InsightFilters) {
	const t = insightWaits;
	return db
		.select({ kind: t.kind, bucket: t.bucket, intakes: total(t.intakes) })
		.from(t)
		.where(
			and(
				between(t.week, f.fromWeek, f.toWeek),
				f.triage ? eq(t.triage, f.triage) : undefined,
				f.source ? eq(t.source, f.source) : undefined
			)
		)
		.groupBy(t.kind, t.bucket);
}

/** Step views and completions over the range's days (funnel counters carry no filters). */
export function funnelTotals(db: Db, f: InsightFilters) {
	const t = funnelCounters;
	return db
		.select({ stepId: t.stepId, event: t.event, count: total(t.count) })
		.from(t)
		.where(between(t.day, f.fromWeek, addDays(f.toWeek, 6)))
		.groupBy(t.stepId, t.event);
}
