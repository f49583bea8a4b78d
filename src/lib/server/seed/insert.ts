// Inserts generated intakes in batches (1,000 rows per statement by default): the demo seed
// and the million-row benchmarks share this path.
import type { Db } from '../db/client';
import { intakeFlags, intakeScreenings, intakes } from '../db/schema';
import { generateIntake, prng } from './generate';

export async function seedIntakes(
	db: Db,
	opts: {
		count: number;
		seed?: number;
		now?: Date;
		batchSize?: number;
		onProgress?: (done: number) => void;
	}
): Promise<number> {
	const rand = prng(opts.seed ?? 42);
	const now = opts.now ?? new Date();
	const batchSize = opts.batchSize ?? 1000;
	let done = 0;
	while (done < opts.count) {
		const size = Math.min(batchSize, opts.count - done);
		const batch = Array.from({ length: size }, (_, i) => generateIntake(rand, done + i, now));
		await db.transaction(async (tx) => {
			const ids = await tx
				.insert(intakes)
				.values(batch.map((b) => b.row))
				.returning({ id: intakes.id });
			const flags = batch.flatMap((b, i) => b.flags.map((f) => ({ ...f, intakeId: ids[i]!.id })));
			if (flags.length) await tx.insert(intakeFlags).values(flags);
			await tx.insert(intakeScreenings).values(
				batch.map((b, i) => ({
					intakeId: ids[i]!.id,
					kind: 'submitted' as const,
					rulesetVersion: b.screening.rulesetVersion,
					screenedOn: b.screening.screenedOn,
					createdAt: b.row.submittedAt ?? undefined,
					result: b.screening
				}))
			);
		});
		done += size;
		opts.onProgress?.(done);
	}
	return done;
}
