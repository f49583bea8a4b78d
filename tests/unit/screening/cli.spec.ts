// The screen CLI end to end (through tsx, as `npm run screen` runs it).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');
const vignette = (name: string) => join(root, 'tests/fixtures/vignettes', name);

function cli(args: string[], input?: string) {
	const result = spawnSync(join(root, 'node_modules/.bin/tsx'), ['src/cli/screen.ts', ...args], {
		cwd: root,
		input,
		encoding: 'utf8'
	});
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run screen', () => {
	it('prints the screening of a file as JSON, and an array for several files', () => {
		const one = cli([vignette('02-daily-oxycontin-and-prn-percocet.json')]);
		expect(one.code).toBe(0);
		expect(JSON.parse(one.stdout)).toMatchObject({ triage: 'not-eligible-now' });
		const two = cli([
			vignette('01-fibromyalgia-no-flags.json'),
			vignette('10-percocet-stopped-60-days-and-tylenol.json'),
			'--today',
			'2026-11-20'
		]);
		expect(
			JSON.parse(two.stdout).map((r: { result: { triage: string } }) => r.result.triage)
		).toEqual(['eligible', 'eligible']);
	}, 30_000);

	it('screens atorvastatin, sertraline, ibuprofen, vitamin D3 and "birth control pill" eligible (issue 12)', () => {
		const result = cli([vignette('46-everyday-medicines-and-the-pill.json')]);
		expect(result.code).toBe(0);
		expect(JSON.parse(result.stdout)).toMatchObject({ triage: 'eligible', flags: [], notes: [] });
	}, 30_000);

	it('prints each zod issue with its path and exits 2 for an invalid document', () => {
		const result = cli(['--today', '2026-11-20'], JSON.stringify({ about: { firstName: '' } }));
		expect(result.code).toBe(2);
		expect(result.stderr).toContain('about.firstName:');
		expect(result.stderr).toContain('health:');
	}, 30_000);

	it('exits 2 with a message for bad flags', () => {
		expect(cli(['--today', 'tomorrow']).code).toBe(2);
		const unknown = cli(['--verbose']);
		expect(unknown.code).toBe(2);
		expect(unknown.stderr).toContain("Unknown option '--verbose'");
	}, 30_000);
});
