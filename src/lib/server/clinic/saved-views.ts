// Saved views of the queue (issue 16): a staff member names the tab, filters and sort they are
// looking at and gets a link back to them. Views are private to each person (every query names
// the staff id), a few per person, and stored as the canonical query string the queue itself
// builds. Reading one parses it again like any URL, so a filter that no longer validates (a rule
// or condition since retired, a malformed value) is dropped and the view says so: never an error.
import { and, asc, count, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { rules } from '../../screening';
import * as audit from '../audit';
import type { Db } from '../db/client';
import { savedViews } from '../db/schema';
import { parseFilters, type QueueFilters } from './queue';
import { filterQuery } from './queue-view';
import { conditionOptions } from './texts';
import type { Actor } from './workflow';

/** The most saved views one person may keep, and the longest name. */
export const VIEWS_MAX = 20;
export const VIEW_NAME_MAX = 60;

export const saveViewSchema = z.object({
	name: z
		.string({ message: 'Name the view.' })
		.trim()
		.min(1, 'Name the view.')
		.max(VIEW_NAME_MAX, `Keep the name under ${VIEW_NAME_MAX} characters.`),
	/** The query string of the view (as the queue page builds it); re-parsed, never trusted. */
	query: z.string().max(2000).default('')
});

export const deleteViewSchema = z.object({
	view: z.uuid({ message: 'That saved view could not be found. Reload the page.' })
});

/** `filters` with any filter the app no longer knows left out. */
function currentFilters(filters: QueueFilters): QueueFilters {
	const known = (ids: string[], v: string | undefined) => (v && ids.includes(v) ? v : undefined);
	return {
		...filters,
		rule: known(
			rules.map((r) => r.id),
			filters.rule
		),
		condition: known(
			conditionOptions().map((c) => c.value),
			filters.condition
		),
		after: undefined
	};
}

/** The canonical query of a stored or posted query string, without the leading "?". */
export function canonicalQuery(query: string): string {
	const params = new URLSearchParams(query.replace(/^\?/, ''));
	return filterQuery(currentFilters(parseFilters(params))).replace(/^\?/, '');
}

/**
 * `staffId`'s saved views, by name, each with its link, whether it is the view shown now (the
 * page's `params`) and whether some of its filters were dropped; and the query a new view of the
 * page would save.
 */
export async function listFor(db: Db, staffId: string, params: URLSearchParams) {
	const current = canonicalQuery(params.toString());
	const rows = await db
		.select({ id: savedViews.id, name: savedViews.name, query: savedViews.query })
		.from(savedViews)
		.where(eq(savedViews.staffId, staffId))
		.orderBy(asc(sql`lower(${savedViews.name})`), asc(savedViews.name));
	const views = rows.map((row) => {
		const query = canonicalQuery(row.query);
		return {
			id: row.id,
			name: row.name,
			href: `?${query}`,
			current: query === current,
			degraded: query !== row.query
		};
	});
	return { views, query: current, max: VIEWS_MAX, nameMax: VIEW_NAME_MAX };
}

export type ViewOutcome =
	| { kind: 'added'; id: string }
	| { kind: 'changed'; id: string }
	| { kind: 'invalid'; errors: Record<string, string[]> }
	| { kind: 'not-found' };

/** Saves the view under `name`; a view of the same name (the person's own) is replaced. */
export async function save(
	db: Db,
	actor: Actor,
	input: { name: string; query: string }
): Promise<ViewOutcome> {
	const query = canonicalQuery(input.query);
	return db.transaction(async (tx) => {
		const tdb = tx as unknown as Db;
		const [same] = await tx
			.select({ id: savedViews.id })
			.from(savedViews)
			.where(and(eq(savedViews.staffId, actor.id), eq(savedViews.name, input.name)))
			.for('update');
		let id: string;
		if (same) {
			await tx
				.update(savedViews)
				.set({ query, updatedAt: sql`now()` })
				.where(eq(savedViews.id, same.id));
			id = same.id;
		} else {
			const [{ n }] = (await tx
				.select({ n: count() })
				.from(savedViews)
				.where(eq(savedViews.staffId, actor.id))) as [{ n: number }];
			if (n >= VIEWS_MAX) {
				return {
					kind: 'invalid',
					errors: {
						name: [
							`You already have ${VIEWS_MAX} saved views, the most one person can keep. ` +
								'Delete one you no longer use first.'
						]
					}
				};
			}
			const [row] = await tx
				.insert(savedViews)
				.values({ staffId: actor.id, name: input.name, query })
				.onConflictDoUpdate({
					target: [savedViews.staffId, savedViews.name],
					set: { query, updatedAt: sql`now()` }
				})
				.returning({ id: savedViews.id });
			id = row!.id;
		}
		// The audit row holds the view's id only: its name and query may hold a patient's name.
		await audit.record(tdb, {
			action: 'queue.view_saved',
			actorId: actor.id,
			actorRole: actor.role,
			requestId: actor.requestId,
			details: { viewId: id, replaced: Boolean(same) }
		});
		return same ? { kind: 'changed', id } : { kind: 'added', id };
	});
}

/** Deletes one of the actor's own saved views (another person's is "not found"). */
export async function remove(db: Db, actor: Actor, id: string): Promise<ViewOutcome> {
	return db.transaction(async (tx) => {
		const [row] = await tx
			.delete(savedViews)
			.where(and(eq(savedViews.id, id), eq(savedViews.staffId, actor.id)))
			.returning({ id: savedViews.id });
		if (!row) return { kind: 'not-found' };
		await audit.record(tx as unknown as Db, {
			action: 'queue.view_deleted',
			actorId: actor.id,
			actorRole: actor.role,
			requestId: actor.requestId,
			details: { viewId: row.id }
		});
		return { kind: 'changed', id: row.id };
	});
}
