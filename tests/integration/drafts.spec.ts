import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { DbHandle } from '../../src/lib/server/db/client';
import { intakes } from '../../src/lib/server/db/schema';
import * as drafts from '../../src/lib/server/intakes/drafts';
import * as rateLimit from '../../src/lib/server/http/rate-limit';
import {
	hashSecret,
	isWellFormedCode,
	isWellFormedToken
} from '../../src/lib/server/intakes/tokens';
import { openTestDb, resetDb } from './db';

let handle: DbHandle;
beforeAll(async () => {
	handle = await openTestDb();
});
afterAll(() => handle.close());
beforeEach(() => resetDb(handle));

const consent = {
	version: '2026-11.1',
	textHash: 'a'.repeat(64),
	locale: 'en',
	contactConsent: 'yes' as const,
	textConsent: 'no' as const
};
const startDraft = () =>
	drafts.start(handle.db, {
		questionnaireVersion: 'test',
		locale: 'en',
		consent,
		answers: { consent: { privacyNotice: 'accepted', contactConsent: 'yes', textConsent: 'yes' } },
		origin: { source: 'google', utm: { utm_campaign: 'spring' }, referrer: null }
	});

describe('drafts', () => {
	it('start with the consent record and keep only the token hash', async () => {
		const { id, token } = await startDraft();
		expect(isWellFormedToken(token)).toBe(true);
		const [row] = await handle.db.select().from(intakes).where(eq(intakes.id, id));
		expect(row).toMatchObject({
			status: 'draft',
			consentVersion: '2026-11.1',
			consentTextHash: 'a'.repeat(64),
			consentLocale: 'en',
			contactConsent: 'yes',
			textConsent: 'no',
			source: 'google',
			utm: { utm_campaign: 'spring' },
			resumeTokenHash: hashSecret(token)
		});
		expect(row!.consentedAt).toBeInstanceOf(Date);
		expect(JSON.stringify(row)).not.toContain(token);
	});

	it('are found by token, and not by anything else', async () => {
		const { id, token } = await startDraft();
		expect((await drafts.findByToken(handle.db, token))?.id).toBe(id);
		expect(await drafts.findByToken(handle.db, token.slice(0, -1) + 'x')).toBeNull();
	});

	it('save steps by merging, keeping earlier steps', async () => {
		const { id } = await startDraft();
		await drafts.saveStep(
			handle.db,
			id,
			'about',
			{ firstName: 'Ana' },
			{ firstName: 'Ana', email: 'ana@example.com' }
		);
		const answers = await drafts.saveStep(handle.db, id, 'goals', { goals: ['less-pain'] });
		expect(answers).toEqual({
			consent: { privacyNotice: 'accepted', contactConsent: 'yes', textConsent: 'yes' },
			about: { firstName: 'Ana' },
			goals: { goals: ['less-pain'] }
		});
		const saved = await drafts.saveStep(handle.db, id, 'about', { firstName: 'Ana María' });
		expect(saved?.about).toEqual({ firstName: 'Ana María' });
		const [row] = await handle.db.select().from(intakes).where(eq(intakes.id, id));
		expect(row?.email).toBe('ana@example.com');
	});

	it('store text exactly, including quotes, unicode and SQL-looking input', async () => {
		const { id } = await startDraft();
		const tricky = `O'Brien "); drop table intakes; -- 🙂 ñ \\ {}`;
		const answers = await drafts.saveStep(handle.db, id, 'about', { firstName: tricky });
		expect((answers?.about as { firstName: string }).firstName).toBe(tricky);
	});

	it('cannot be changed once submitted', async () => {
		const { id } = await startDraft();
		await handle.db.update(intakes).set({ status: 'submitted' }).where(eq(intakes.id, id));
		expect(await drafts.saveStep(handle.db, id, 'goals', { goals: [] })).toBeNull();
	});

	it('resume on another device by email and code, with a fresh token', async () => {
		const { id, token } = await startDraft();
		await drafts.saveStep(handle.db, id, 'about', {}, { email: 'ana@example.com' });
		const { code, token: link } = await drafts.issueResumeSecrets(handle.db, id, 30);
		expect(isWellFormedCode(code)).toBe(true);
		expect(await drafts.redeemResumeCode(handle.db, 'other@example.com', code)).toBeNull();
		expect(await drafts.redeemResumeCode(handle.db, 'ana@example.com', 'ABCDEFGH')).toBeNull();
		const fresh = await drafts.redeemResumeCode(handle.db, ' ANA@example.com ', code);
		expect(fresh).not.toBeNull();
		expect((await drafts.findByToken(handle.db, fresh!))?.id).toBe(id);
		// The first device's token was replaced: only the new one opens the draft now.
		expect(await drafts.findByToken(handle.db, token)).toBeNull();
		// The code works once, and the link issued with it ended with it.
		expect(await drafts.redeemResumeCode(handle.db, 'ana@example.com', code)).toBeNull();
		expect(await drafts.peekResumeLink(handle.db, link)).toBe('unknown');
		expect(await drafts.redeemResumeLink(handle.db, link)).toBeNull();
		// New secrets replace the old ones.
		const first = await drafts.issueResumeSecrets(handle.db, id, 30);
		const next = await drafts.issueResumeSecrets(handle.db, id, 30);
		expect(await drafts.redeemResumeCode(handle.db, 'ana@example.com', first.code)).toBeNull();
		expect(await drafts.redeemResumeLink(handle.db, first.token)).toBeNull();
		expect(await drafts.redeemResumeCode(handle.db, 'ana@example.com', next.code)).not.toBeNull();
	});

	it('a resume link works once, ends the code and every earlier cookie token', async () => {
		const { id, token } = await startDraft();
		await drafts.saveStep(handle.db, id, 'about', {}, { email: 'link@example.com' });
		const secrets = await drafts.issueResumeSecrets(handle.db, id, 30);
		expect(await drafts.peekResumeLink(handle.db, secrets.token)).toEqual({ id });
		// Looking does not use it.
		expect(await drafts.peekResumeLink(handle.db, secrets.token)).toEqual({ id });
		const fresh = await drafts.redeemResumeLink(handle.db, secrets.token);
		expect((await drafts.findByToken(handle.db, fresh!))?.id).toBe(id);
		expect(await drafts.findByToken(handle.db, token)).toBeNull();
		expect(await drafts.redeemResumeLink(handle.db, secrets.token)).toBeNull();
		expect(await drafts.redeemResumeCode(handle.db, 'link@example.com', secrets.code)).toBeNull();
	});

	it('expired links and codes do not open anything; used at once, a link opens one browser', async () => {
		const { id } = await startDraft();
		await drafts.saveStep(handle.db, id, 'about', {}, { email: 'old@example.com' });
		const old = await drafts.issueResumeSecrets(handle.db, id, 30);
		await handle.db
			.update(intakes)
			.set({
				resumeLinkExpiresAt: new Date(Date.now() - 1000),
				resumeCodeExpiresAt: new Date(Date.now() - 1000)
			})
			.where(eq(intakes.id, id));
		expect(await drafts.peekResumeLink(handle.db, old.token)).toBe('expired');
		expect(await drafts.redeemResumeLink(handle.db, old.token)).toBeNull();
		expect(await drafts.redeemResumeCode(handle.db, 'old@example.com', old.code)).toBeNull();
		const live = await drafts.issueResumeSecrets(handle.db, id, 30);
		const tries = await Promise.all(
			Array.from({ length: 5 }, () => drafts.redeemResumeLink(handle.db, live.token))
		);
		expect(tries.filter((t) => t !== null)).toHaveLength(1);
	});

	it('a sent intake keeps no way back in', async () => {
		const { id, token } = await startDraft();
		const secrets = await drafts.issueResumeSecrets(handle.db, id, 30);
		await drafts.endResumeSecrets(handle.db, id);
		expect(await drafts.findByToken(handle.db, token)).toBeNull();
		expect(await drafts.peekResumeLink(handle.db, secrets.token)).toBe('unknown');
	});
});

describe('failure-only limits (rate-limit refund)', () => {
	it('a try taken back leaves the count as before, the last one with its row', async () => {
		const limit = { window: 3600, max: 2 };
		await rateLimit.hit(handle.db, 'refund-test', limit);
		await rateLimit.refund(handle.db, 'refund-test');
		expect((await rateLimit.peek(handle.db, 'refund-test', limit)).count).toBe(0);
		await rateLimit.hit(handle.db, 'refund-test', limit);
		await rateLimit.hit(handle.db, 'refund-test', limit);
		await rateLimit.refund(handle.db, 'refund-test');
		expect((await rateLimit.peek(handle.db, 'refund-test', limit)).count).toBe(1);
		// Refunding a key never counted does nothing.
		await rateLimit.refund(handle.db, 'never-counted');
		expect((await rateLimit.peek(handle.db, 'never-counted', limit)).count).toBe(0);
	});
});

describe('the resume cookie after sending', () => {
	it('finds the intake only for a short grace (a second click on Send), then never', async () => {
		const { id, token } = await startDraft();
		await handle.db
			.update(intakes)
			.set({ status: 'submitted', submittedAt: new Date() })
			.where(eq(intakes.id, id));
		expect((await drafts.findByToken(handle.db, token))?.id).toBe(id);
		await handle.db
			.update(intakes)
			.set({ submittedAt: new Date(Date.now() - (drafts.SENT_GRACE_SECONDS + 5) * 1000) })
			.where(eq(intakes.id, id));
		expect(await drafts.findByToken(handle.db, token)).toBeNull();
	});
});
