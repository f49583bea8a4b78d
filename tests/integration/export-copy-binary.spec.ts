// The binary COPY reader (src/lib/server/export/copy-binary.ts) on streams cut at every possible
// place: the header, a row's length, a row's bytes and the trailer may each arrive in pieces.
import { describe, expect, it } from 'vitest';
import { CopyBinaryReader } from '../../src/lib/server/export/copy-binary';

const SIGNATURE = Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1');

function copyStream(rows: (string | null)[], extension = Buffer.alloc(0)): Buffer {
	const header = Buffer.alloc(8);
	header.writeUInt32BE(extension.length, 4);
	const body = rows.map((r) => {
		const bytes = r === null ? Buffer.alloc(0) : Buffer.from(r, 'utf8');
		const frame = Buffer.alloc(6);
		frame.writeInt16BE(1, 0);
		frame.writeInt32BE(r === null ? -1 : bytes.length, 2);
		return Buffer.concat([frame, bytes]);
	});
	return Buffer.concat([SIGNATURE, header, extension, ...body, Buffer.from([0xff, 0xff])]);
}

function readAll(chunks: Buffer[]) {
	const reader = new CopyBinaryReader();
	const out: Buffer[] = [];
	let rows = 0;
	for (const c of chunks) {
		out.push(Buffer.from(reader.push(c)));
		rows += reader.takeRows();
	}
	return { text: Buffer.concat(out).toString('utf8'), rows, done: reader.done };
}

const ROWS = ['"a","b"\r\n', '"José","O""Brien"\r\n', null, '"x\r\ny"\r\n'];
const EXPECTED = ROWS.map((r) => r ?? '').join('');

describe('CopyBinaryReader', () => {
	it('reads a stream in one piece', () => {
		expect(readAll([copyStream(ROWS)])).toEqual({ text: EXPECTED, rows: 4, done: true });
	});

	it('reads a stream cut at every byte boundary into two pieces', () => {
		const whole = copyStream(ROWS, Buffer.from('ext'));
		for (let cut = 0; cut <= whole.length; cut++) {
			const result = readAll([whole.subarray(0, cut), whole.subarray(cut)]);
			expect(result, `cut at ${cut}`).toEqual({ text: EXPECTED, rows: 4, done: true });
		}
	});

	it('reads a stream one byte at a time', () => {
		const whole = copyStream(ROWS);
		const bytes = [...whole].map((b) => Buffer.from([b]));
		expect(readAll(bytes)).toEqual({ text: EXPECTED, rows: 4, done: true });
	});

	it('refuses what is not a one-column binary COPY', () => {
		expect(() => new CopyBinaryReader().push(Buffer.from('intake_id,first_name\r\n...'))).toThrow(
			'Not a binary COPY stream.'
		);
		const twoColumns = copyStream(['x']);
		twoColumns.writeInt16BE(2, SIGNATURE.length + 8);
		expect(() => new CopyBinaryReader().push(twoColumns)).toThrow('Expected one column');
	});
});
