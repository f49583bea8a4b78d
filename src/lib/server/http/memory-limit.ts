// Fixed-window counters in this server's memory, for limits whose only job is to keep one client
// from costing the server too much (step posts: a database row per post would make every saved
// step pay for it). Each instance counts its own; the number of keys is bounded, the oldest
// window going first, so a flood of addresses cannot grow the map without end.

export interface MemoryLimit {
	/** Window length in seconds. */
	window: number;
	/** Hits allowed within one window; the next one is refused. */
	max: number;
}

interface Window {
	start: number;
	count: number;
}

export function createMemoryLimiter(limit: MemoryLimit, maxKeys = 50_000, now = () => Date.now()) {
	const windows = new Map<string, Window>();
	const length = limit.window * 1000;
	return {
		/** Counts a hit; `retryAfter` is in whole seconds. */
		hit(key: string): { allowed: boolean; retryAfter: number } {
			const t = now();
			let w = windows.get(key);
			if (!w || t - w.start >= length) {
				windows.delete(key);
				w = { start: t, count: 0 };
				if (windows.size >= maxKeys) {
					const oldest = windows.keys().next().value;
					if (oldest !== undefined) windows.delete(oldest);
				}
				windows.set(key, w);
			}
			w.count++;
			return {
				allowed: w.count <= limit.max,
				retryAfter: Math.max(1, Math.ceil((w.start + length - t) / 1000))
			};
		},
		get size() {
			return windows.size;
		}
	};
}
