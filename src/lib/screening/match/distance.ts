// Damerau-Levenshtein distance (optimal string alignment: adjacent transpositions count as one edit),
// bounded: it stops as soon as the distance must exceed `max` (RULEBOOK §0.4 step 3).

let buffer = new Int32Array(3 * 64);

/**
 * The distance between a and b if it is at most `max`, otherwise `max + 1`. Only the band of cells
 * within `max` of the diagonal is computed, so a call costs about (2·max + 1) cells per letter.
 */
export function boundedDamerauLevenshtein(a: string, b: string, max: number): number {
	const la = a.length;
	const lb = b.length;
	const inf = max + 1;
	if (Math.abs(la - lb) > max) return inf;
	if (la === 0 || lb === 0) return Math.max(la, lb);
	const width = lb + 2;
	if (buffer.length < 3 * width) buffer = new Int32Array(3 * width);
	const rows = buffer;
	// Three rows (i-2, i-1, i) rotate through the buffer at offsets p2, p1 and c.
	let p2 = 0;
	let p1 = width;
	let c = 2 * width;
	for (let j = 0; j <= lb; j++) rows[p1 + j] = j <= max ? j : inf;
	if (lb + 1 < width) rows[p1 + lb + 1] = inf;
	for (let i = 1; i <= la; i++) {
		const lo = i - max > 1 ? i - max : 1;
		const hi = i + max < lb ? i + max : lb;
		rows[c + lo - 1] = lo === 1 ? (i <= max ? i : inf) : inf;
		if (hi + 1 <= lb) rows[c + hi + 1] = inf;
		let rowMin = rows[c + lo - 1]!;
		const ca = a.charCodeAt(i - 1);
		const pa = i > 1 ? a.charCodeAt(i - 2) : -1;
		for (let j = lo; j <= hi; j++) {
			const cb = b.charCodeAt(j - 1);
			let d = rows[p1 + j - 1]! + (ca === cb ? 0 : 1);
			const del = rows[p1 + j]! + 1;
			if (del < d) d = del;
			const ins = rows[c + j - 1]! + 1;
			if (ins < d) d = ins;
			if (j > 1 && ca === b.charCodeAt(j - 2) && pa === cb) {
				const tr = rows[p2 + j - 2]! + 1;
				if (tr < d) d = tr;
			}
			if (d > inf) d = inf;
			rows[c + j] = d;
			if (d < rowMin) rowMin = d;
		}
		if (rowMin > max) return inf;
		const t = p2;
		p2 = p1;
		p1 = c;
		c = t;
	}
	const d = rows[p1 + lb]!;
	return d <= max ? d : inf;
}

/** A bit per letter a-z present in the word; two words within k edits differ in at most 2k bits. */
export function letterMask(word: string): number {
	let mask = 0;
	for (let i = 0; i < word.length; i++) {
		const c = word.charCodeAt(i) - 97;
		if (c >= 0 && c < 26) mask |= 1 << c;
	}
	return mask;
}

export function popcount(x: number): number {
	x = x - ((x >>> 1) & 0x55555555);
	x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
	return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
