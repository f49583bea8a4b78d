// Reads PostgreSQL's binary COPY format (https://www.postgresql.org/docs/current/sql-copy.html,
// "Binary Format") for a single text column, and returns that column's bytes, row after row.
// Chunks may split the header, a row or the trailer anywhere. Each row's bytes are copied into one
// buffer per chunk (no object per row), since a million-row export must not churn the heap.

const SIGNATURE = Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1');
const HEADER_FIXED = SIGNATURE.length + 8; // signature, flags (int32), extension length (int32)
const EMPTY = new Uint8Array(0);

export class CopyBinaryReader {
	private pending: Buffer | null = null;
	private headerRead = false;
	private rows = 0;
	/** True once the trailer (field count -1) has been read. */
	done = false;

	/** The column bytes of every row completed by `chunk`. */
	push(chunk: Buffer): Uint8Array {
		const buf = this.pending ? Buffer.concat([this.pending, chunk]) : chunk;
		let at = 0;
		if (!this.headerRead) {
			if (buf.length < HEADER_FIXED) return this.keep(buf, 0, EMPTY);
			if (!buf.subarray(0, SIGNATURE.length).equals(SIGNATURE)) {
				throw new Error('Not a binary COPY stream.');
			}
			const extension = buf.readUInt32BE(SIGNATURE.length + 4);
			if (buf.length < HEADER_FIXED + extension) return this.keep(buf, 0, EMPTY);
			at = HEADER_FIXED + extension;
			this.headerRead = true;
		}
		const out = Buffer.allocUnsafe(buf.length);
		let size = 0;
		while (!this.done && at + 2 <= buf.length) {
			const fields = buf.readInt16BE(at);
			if (fields === -1) {
				this.done = true;
				at += 2;
				break;
			}
			if (fields !== 1) throw new Error(`Expected one column per row, got ${fields}.`);
			if (at + 6 > buf.length) break;
			const length = Math.max(0, buf.readInt32BE(at + 2)); // -1 is NULL: no bytes
			if (at + 6 + length > buf.length) break;
			size += buf.copy(out, size, at + 6, at + 6 + length);
			at += 6 + length;
			this.rows++;
		}
		return this.keep(buf, at, out.subarray(0, size));
	}

	/** Rows completed since the last call. */
	takeRows(): number {
		const n = this.rows;
		this.rows = 0;
		return n;
	}

	private keep(buf: Buffer, from: number, result: Uint8Array): Uint8Array {
		this.pending = from < buf.length ? Buffer.from(buf.subarray(from)) : null;
		return result;
	}
}
