// Outgoing email, only when SMTP_URL is configured. Messages carry no health information: a
// greeting, a resume link and how long it works.
import nodemailer, { type Transporter } from 'nodemailer';
import { config } from './db';

let transport: Transporter | null | undefined;

function transporter() {
	if (transport === undefined)
		transport = config.SMTP_URL ? nodemailer.createTransport(config.SMTP_URL) : null;
	return transport;
}

export const isConfigured = () => Boolean(config.SMTP_URL);

/** Sends one plain-text email; returns false (and logs no content) when it could not be sent. */
export async function send(to: string, subject: string, text: string): Promise<boolean> {
	const t = transporter();
	if (!t) return false;
	try {
		await t.sendMail({ from: config.SMTP_FROM, to, subject, text });
		return true;
	} catch (e) {
		console.error(`[mail] sending failed: ${(e as Error).name}`);
		return false;
	}
}

/** What the alerts worker sends with (alerts/worker.ts): the public URL, the clinic, the relay. */
export const alertMail = () => ({
	origin: config.origin,
	clinicName: config.CLINIC_NAME,
	digestHour: config.ALERTS_DIGEST_HOUR,
	send
});

/** What set-password links are emailed with (password-links.ts): the public URL, the clinic, the relay. */
export const linkMail = () => ({
	origin: config.origin,
	clinicName: config.CLINIC_NAME,
	send
});
