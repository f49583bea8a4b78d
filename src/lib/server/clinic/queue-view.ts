// The queue page's data: one page of rows in words (age, relative and exact times, condition
// names), the tab counts, the choices of each filter, and the links that keep the filters (tabs,
// next page). Links are built here from the parsed filters, never from the raw query string.
import { ageOn, todayIso, US_STATES } from '../../intake';
import { rules } from '../../screening';
import type { Db } from '../db/client';
import { timeView } from './dates';
import * as queue from './queue';
import { conditionLabel, conditionOptions, languageName } from './texts';

const TOP_CONDITIONS = 3;

/** The query string of `filters` with blanks left out (and without a page cursor). */
export function filterQuery(
	filters: queue.QueueFilters,
	overrides: Partial<Record<keyof queue.QueueFilters, string | undefined>> = {}
): string {
	const params = new URLSearchParams();
	const merged: Record<string, unknown> = { ...filters, after: undefined, ...overrides };
	for (const [key, value] of Object.entries(merged)) {
		if (value === undefined || value === '') continue;
		if (key === 'sort' && value === 'newest') continue;
		params.set(key, String(value));
	}
	const query = params.toString();
	return query ? `?${query}` : '';
}

function rowView(row: queue.QueueRow, today: string, now: Date) {
	const conditions = Array.isArray(row.conditions) ? row.conditions : [];
	return {
		id: row.id,
		submitted: row.submittedAt ? timeView(row.submittedAt, now) : null,
		/** When the patient last sent updated answers (the "Updated" badge). */
		updated: row.resubmittedAt ? timeView(row.resubmittedAt, now) : null,
		name: [row.firstName, row.lastName].filter(Boolean).join(' ') || 'No name given',
		age: row.dateOfBirth ? ageOn(row.dateOfBirth, today) : null,
		state: row.usState,
		language: languageName(row.locale),
		conditions: conditions.slice(0, TOP_CONDITIONS).map(conditionLabel),
		moreConditions: Math.max(0, conditions.length - TOP_CONDITIONS),
		triage: row.triage,
		contraindications: row.contraindicationCount,
		cautions: row.cautionCount,
		status: row.status,
		revision: row.revision,
		assignee: row.assignee
	};
}

export const filterOptions = () => ({
	rules: [...rules]
		.sort((a, b) => a.ref.localeCompare(b.ref, 'en', { numeric: true }))
		.map((r) => ({ value: r.id, label: `${r.ref} ${r.title}` })),
	conditions: conditionOptions().sort((a, b) => a.label.localeCompare(b.label)),
	states: Object.entries(US_STATES).map(([value, name]) => ({ value, label: `${name} (${value})` }))
});

/** Everything the queue page shows for `params` (the URL's query) and the signed-in staff id. */
export async function queuePage(db: Db, params: URLSearchParams, staffId: string) {
	const filters = queue.parseFilters(params);
	const [page, counts] = await Promise.all([
		queue.listPage(db, filters, staffId),
		queue.tabCounts(db)
	]);
	const now = new Date();
	const today = todayIso();
	return {
		filters,
		rows: page.rows.map((r) => rowView(r, today, now)),
		nextHref: page.next ? filterQuery(filters, { after: page.next }) : null,
		firstHref: filters.after ? filterQuery(filters) || '?' : null,
		tabs: queue.TABS.map((status) => ({
			status,
			count: counts[status],
			capped: counts[status] > queue.COUNT_CAP,
			href: filterQuery(filters, { status }) || '?'
		})),
		/** This page's own query (with its cursor), which the page's POST forms return to. */
		here: filterQuery(filters, { after: filters.after }),
		clearHref: filterQuery({ status: filters.status, sort: 'newest' } as queue.QueueFilters) || '?',
		pageSize: queue.PAGE_SIZE,
		countCap: queue.COUNT_CAP
	};
}
