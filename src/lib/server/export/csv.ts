// The leads CSV as an HTTP body: a pull-based ReadableStream (high-water mark 0), so a batch is read
// from the database only when the response has taken the previous one. adapter-node stops reading
// while the socket is full (it waits for 'drain'), which is what keeps a slow client from making
// the server buffer the file. One audit row is written when the stream ends, however it ends.
import type { Db } from '../db/client';
import * as audit from '../audit';
import { describeFilters, type LeadFilters } from './filters';
import { LEAD_COLUMNS, leadChunks } from './leads';

/** UTF-8 byte order mark: without it, Excel opens a UTF-8 CSV as the local code page. */
const BOM = '\uFEFF';

/** leads-2026-11-27.csv (the UTC date of the export). */
export const fileName = (now = new Date()) => `leads-${now.toISOString().slice(0, 10)}.csv`;

export const header = () => BOM + LEAD_COLUMNS.join(',') + '\r\n';

export interface ExportContext {
	db: Db;
	driver: 'postgres' | 'pglite';
	actor: { id: string; role: string | null | undefined };
	requestId: string;
}

/** The CSV for `filters`, streamed; audited as `export.leads` with the row count when it ends. */
export function leadsCsv(ctx: ExportContext, filters: LeadFilters): ReadableStream<Uint8Array> {
	const encoder = new TextEncoder();
	const chunks = leadChunks(ctx.db, ctx.driver, filters);
	let rows = 0;
	let sentHeader = false;
	let audited = false;
	const finish = async (completed: boolean) => {
		if (audited) return;
		audited = true;
		await audit.record(ctx.db, {
			action: 'export.leads',
			actorId: ctx.actor.id,
			actorRole: ctx.actor.role ?? null,
			requestId: ctx.requestId,
			details: { ...describeFilters(filters), format: 'csv', rows, completed }
		});
	};
	return new ReadableStream<Uint8Array>(
		{
			async pull(controller) {
				if (!sentHeader) {
					sentHeader = true;
					controller.enqueue(encoder.encode(header()));
					return;
				}
				try {
					const next = await chunks.next();
					if (next.done) {
						await finish(true);
						controller.close();
						return;
					}
					rows += next.value.rows;
					controller.enqueue(next.value.bytes);
				} catch (e) {
					// Logged without the query or its values; the client sees a cut-off download.
					console.error(`[export ${ctx.requestId}] ${e instanceof Error ? e.name : 'error'}`);
					await finish(false);
					controller.error(e);
				}
			},
			// The client went away: close the cursor (a pending batch is finished first, by the
			// generator's own queue), then audit what was sent.
			async cancel() {
				await chunks.return(undefined);
				await finish(false);
			}
		},
		{ highWaterMark: 0 }
	);
}
