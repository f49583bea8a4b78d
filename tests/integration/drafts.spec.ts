import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { DbHandle } from '../../src/lib/server/db/client';
import { intakes } from '../../src/lib/server/db/schema';
import * as drafts from '../../src/lib/server/intakes/drafts';
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
		const code = await drafts.issueCode(handle.db, id);
		expect(isWellFormedCode(code)).toBe(true);
		expect(await drafts.resumeByCode(handle.db, 'other@example.com', code)).toBeNull();
		expect(await drafts.resumeByCode(handle.db, 'ana@example.com', 'ABCDEFGH')).toBeNull();
		const fresh = await drafts.resumeByCode(handle.db, ' ANA@example.com ', code);
		expect(fresh).not.toBeNull();
		expect((await drafts.findByToken(handle.db, fresh!))?.id).toBe(id);
		// The first device's token was replaced: only the new one opens the draft now.
		expect(await drafts.findByToken(handle.db, token)).toBeNull();
		// A new code replaces the old one.
		const next = await drafts.issueCode(handle.db, id);
		expect(await drafts.resumeByCode(handle.db, 'ana@example.com', code)).toBeNull();
		expect(await drafts.resumeByCode(handle.db, 'ana@example.com', next)).not.toBeNull();
	});
});
