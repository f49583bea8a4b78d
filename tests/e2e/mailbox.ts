// A real SMTP server (smtp-server) for the browser tests: the app sends through it like through
// any mail relay, and each message lands as JSON in its slot's mail/ folder (data/e2e/<slot>/mail)
// for the tests to read.
import { SMTPServer } from 'smtp-server';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { E2E_DIR } from './state';

export const MAIL_DIR = join(E2E_DIR, 'mail');
/** Recipients at this domain are refused, as a mail server refuses an unknown mailbox. */
export const BOUNCING_DOMAIN = '@bounce.e2e.test';

export interface ReceivedMail {
	to: string[];
	raw: string;
}

export async function startMailbox() {
	rmSync(MAIL_DIR, { recursive: true, force: true });
	mkdirSync(MAIL_DIR, { recursive: true });
	let n = 0;
	const server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS'],
		onRcptTo(address, _session, callback) {
			if (!address.address.endsWith(BOUNCING_DOMAIN)) return callback();
			callback(Object.assign(new Error('No such mailbox'), { responseCode: 550 }));
		},
		onData(stream, session, callback) {
			const chunks: Buffer[] = [];
			stream.on('data', (c: Buffer) => chunks.push(c));
			stream.on('end', () => {
				const mail: ReceivedMail = {
					to: session.envelope.rcptTo.map((r) => r.address),
					raw: Buffer.concat(chunks).toString('utf8')
				};
				writeFileSync(join(MAIL_DIR, `${String(++n).padStart(4, '0')}.json`), JSON.stringify(mail));
				callback();
			});
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.server.address() as { port: number };
	return {
		url: `smtp://127.0.0.1:${port}`,
		close: () => new Promise<void>((resolve) => server.close(() => resolve()))
	};
}

/** Every message received so far, oldest first. */
export function receivedMail(): ReceivedMail[] {
	return readdirSync(MAIL_DIR)
		.sort()
		.map((f) => JSON.parse(readFileSync(join(MAIL_DIR, f), 'utf8')) as ReceivedMail);
}
