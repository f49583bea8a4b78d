// Vite and Vitest configuration. Lives in .config/ to keep the repository's top level to the
// folders the project agreed on; every script passes `--config .config/vite.config.ts`.
import { availableParallelism } from 'node:os';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * Fewer, larger chunks for the browser build (issue 4: the first intake step within 15 requests).
 * Left alone, Rolldown splits Svelte, the SvelteKit client and each small shared module of ours
 * into chunks of their own: 18 scripts for the first step. Two groups instead:
 * - framework: Svelte, the SvelteKit client and their helpers, Vite's preload helper and the
 *   Paraglide runtime (the router's `reroute` hook needs it): every page loads all of it anyway;
 * - wizard: the patient-facing components and the browser half of src/lib/wizard, shared by the
 *   intake pages. Not validate.ts: it brings zod and the questionnaire and is loaded on demand;
 *   not the answer views (Answer*.svelte, answer-*.ts) and the done-page notes, which only the
 *   review, done and clinic pages use; nor the subfolders (the medicine-name help, loaded on demand).
 * Both groups hold self-contained code (the framework imports nothing of ours; the wizard group
 * only the framework), so no chunk cycle can change the order modules run in. The server build
 * keeps the default splitting.
 */
function clientChunks(): Plugin {
	const framework =
		/[\\/]node_modules[\\/](svelte|@sveltejs[\\/]kit|devalue|esm-env|clsx)[\\/]|[\\/]src[\\/]lib[\\/]paraglide[\\/]runtime\.js$|vite[\\/]preload-helper/;
	const wizard =
		/[\\/]src[\\/]lib[\\/](components[\\/](?!Answer)[^\\/]+\.svelte|wizard[\\/](?!validate\.ts$|answer-|done-notes\.ts$)[^\\/]+(?<!\.server)\.ts)$/;
	return {
		name: 'ldn-client-chunks',
		enforce: 'post',
		config(config) {
			// SvelteKit's own config hook (which runs first) marks the server build `ssr: true`.
			if (config.build?.ssr !== false) return;
			return {
				build: {
					rolldownOptions: {
						output: {
							codeSplitting: {
								groups: [
									{ name: 'framework', test: framework, priority: 2 },
									{ name: 'wizard', test: wizard, priority: 1 }
								]
							}
						}
					}
				}
			};
		}
	};
}

/**
 * sveltekit-superforms' `adapters` entry re-exports an adapter for every validation library. The
 * server build drops all of them but zod 4's, except two bare imports, `import "typebox"` and
 * `import "zod-v3-to-json-schema"` (the Typebox and Zod 3 adapters'), kept because those packages
 * do not declare themselves free of side effects. adapter-node's rollup then bundled both, unused,
 * into build/ and printed their internal import cycles: 147 "Circular dependency" lines. Importing
 * them has no side effects we need: say so, and the imports go.
 */
const UNUSED_VALIDATORS = new Set(['typebox', 'zod-v3-to-json-schema']);
function unusedValidators(): Plugin {
	return {
		name: 'ldn-unused-validators',
		apply: 'build',
		enforce: 'pre',
		resolveId(id) {
			if (UNUSED_VALIDATORS.has(id)) return { id, external: true, moduleSideEffects: false };
		}
	};
}

/**
 * `npm run dev`: SvelteKit runs the server's `init` (migrations, the demo staff and their logins,
 * the first start's demo intakes: src/lib/server/demo-staff.ts) only on the first request. Make
 * that request as soon as the server listens, so the logins appear at start, then say where to
 * sign in.
 */
function devReady(): Plugin {
	return {
		name: 'ldn-dev-ready',
		apply: 'serve',
		configureServer(server) {
			server.httpServer?.once('listening', () => {
				const address = server.httpServer?.address();
				if (!address || typeof address === 'string') return;
				const base = `${server.config.server.https ? 'https' : 'http'}://localhost:${address.port}`;
				fetch(`${base}/login`, { headers: { accept: 'text/html' } })
					.then((r) => r.arrayBuffer())
					.catch(() => {}) // the first page's own error is shown in the terminal already
					.finally(() => server.config.logger.info(`  ➜  Sign in:  ${base}/login\n`));
			});
		}
	};
}

export default defineConfig({
	// Rolldown's "[PLUGIN_TIMINGS] JavaScript callbacks ran for …" note on every build: about
	// SvelteKit's and Svelte's own plugins, nothing we can act on.
	build: { rolldownOptions: { checks: { bundlerTimings: false } } },
	plugins: [
		sveltekit(),
		paraglideVitePlugin({
			project: './src/lib/i18n/project.inlang',
			outdir: './src/lib/paraglide',
			strategy: ['url', 'cookie', 'baseLocale'],
			emitTsDeclarations: true
		}),
		clientChunks(),
		unusedValidators(),
		devReady()
	],
	test: {
		expect: { requireAssertions: true },
		// Vitest's default is one worker fewer than the cores: one worker on a 2-core machine.
		// Integration files wait on the database much of the time; two workers keep both cores busy.
		maxWorkers: Math.max(2, availableParallelism() - 1),
		// The questionnaire's medicine matcher, installed as the server installs it at start.
		setupFiles: ['./src/lib/server/medicine-matcher.ts'],
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					environment: 'node',
					include: ['src/**/*.spec.ts', 'tests/unit/**/*.spec.ts'],
					exclude: ['src/lib/server/**'],
					// Pure modules (no mocks, no stubs, nothing global): each worker loads the catalog
					// and the engine once, not once per file (37 s instead of 98 s for this project).
					isolate: false
				}
			},
			{
				extends: true,
				test: {
					name: 'integration',
					environment: 'node',
					include: ['src/lib/server/**/*.spec.ts', 'tests/integration/**/*.spec.ts'],
					globalSetup: ['./tests/integration/global-setup.ts'],
					// Each file has a database of its own (tests/integration/db.ts), so files run in
					// parallel, beside the unit tests; modules load once per worker.
					isolate: false,
					testTimeout: 30_000,
					hookTimeout: 60_000
				}
			}
		]
	}
});
