// The browser's half of the wizard must not import the medicine catalog (or the whole-intake
// schema that binds it): it would add ~25 kB gzip to the validation chunk. Follows the runtime
// imports (`import type` is erased; with verbatimModuleSyntax everything else stays) from the
// modules the step page loads, and lists every module reached.
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const LIB = join(ROOT, 'src/lib');

/** The module a specifier names, or null for packages and SvelteKit's virtual modules. */
function resolveImport(from: string, specifier: string): string | null {
	const base = specifier.startsWith('$lib/')
		? join(LIB, specifier.slice(5))
		: specifier.startsWith('.')
			? resolve(dirname(from), specifier)
			: null;
	if (!base) return null;
	const candidates = [base, `${base}.ts`, `${base}.js`, join(base, 'index.ts')];
	const found = candidates.find((c) => statSync(c, { throwIfNoEntry: false })?.isFile());
	if (!found) throw new Error(`cannot resolve ${specifier} from ${relative(ROOT, from)}`);
	return found;
}

function runtimeImports(file: string): string[] {
	const source = readFileSync(file, 'utf8');
	const code = file.endsWith('.svelte')
		? [...source.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n')
		: source;
	const specifiers = [
		...code.matchAll(/^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?'([^']+)'/gm),
		...code.matchAll(/\bimport\(\s*'([^']+)'\s*\)/g)
	].map((m) => m[1]!);
	return specifiers.flatMap((s) => resolveImport(file, s) ?? []);
}

function reachable(entries: string[]): string[] {
	const seen = new Set<string>();
	const queue = entries.map((e) => join(ROOT, e));
	while (queue.length > 0) {
		const file = queue.pop()!;
		if (seen.has(file) || !/\.(ts|js|svelte)$/.test(file)) continue;
		seen.add(file);
		queue.push(...runtimeImports(file));
	}
	return [...seen].map((f) => relative(ROOT, f)).sort();
}

describe('the wizard in the browser', () => {
	const modules = reachable(['src/routes/(public)/intake/[step=step]/+page.svelte']);

	it('loads the step model for client-side validation', () => {
		expect(modules).toContain('src/lib/wizard/validate.ts');
		expect(modules).toContain('src/lib/intake/steps.ts');
	});

	it('never reaches the medicine catalog or the whole-intake schema', () => {
		// src/lib/screening/ holds the catalog and the medicine vocabulary (screening/vocabulary).
		const forbidden = modules.filter(
			(m) =>
				m.startsWith('src/lib/screening/') ||
				m.startsWith('src/lib/server/') ||
				m === 'src/lib/intake/answers.ts' ||
				m === 'src/lib/intake/catalog-matcher.ts' ||
				m === 'src/lib/intake/index.ts'
		);
		expect(forbidden).toEqual([]);
	});
});
