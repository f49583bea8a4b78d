import prettier from 'eslint-config-prettier';
import path from 'node:path';
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import { defineConfig, includeIgnoreFile } from 'eslint/config';
import globals from 'globals';
import ts from 'typescript-eslint';

const root = path.resolve(import.meta.dirname, '..');

/** What the clinical core (questionnaire and screening engine) may not import. */
const CORE_PATTERNS = [
	{
		group: ['$app/*', '$env/*', '$lib/server/*', '$lib/paraglide/*'],
		message: 'The clinical core stays free of SvelteKit and server code.'
	},
	{
		group: ['svelte', 'svelte/*', '@sveltejs/*'],
		message: 'The clinical core stays free of Svelte.'
	},
	{
		group: ['drizzle-orm', 'drizzle-orm/*', 'postgres', '@electric-sql/*', 'node:*'],
		message: 'The clinical core does no I/O.'
	},
	{ group: ['**/server/**'], message: 'The clinical core stays free of server code.' },
	{
		group: ['**/paraglide/**', '**/i18n/**', '@inlang/*'],
		message: 'The clinical core holds message keys; wording is rendered outside it (src/lib/i18n).'
	}
];

export default defineConfig(
	{ basePath: root },
	includeIgnoreFile(path.join(root, '.gitignore')),
	js.configs.recommended,
	ts.configs.recommended,
	svelte.configs.recommended,
	prettier,
	svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			// typescript-eslint recommends leaving undefined globals to the type checker.
			'no-undef': 'off',
			'no-console': ['error', { allow: ['warn', 'error'] }],
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
			]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser
			}
		}
	},
	{
		// The clinical core is plain TypeScript: no framework, database or server code may leak in,
		// so that it stays pure, testable and reusable by the CLI, the wizard and the exports.
		files: ['src/lib/screening/**/*.ts'],
		// Their tests may read the message catalogs to check that every key has its wording.
		ignores: ['**/*.spec.ts'],
		rules: { 'no-restricted-imports': ['error', { patterns: CORE_PATTERNS }] }
	},
	{
		// The questionnaire, besides, knows the medicine matcher only as an interface (the server
		// installs the catalog's: src/lib/intake/matcher.ts), so the browser can load its steps.
		files: ['src/lib/intake/**/*.ts'],
		ignores: ['**/*.spec.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						...CORE_PATTERNS,
						{
							group: ['**/screening', '**/screening/**', '$lib/screening', '$lib/screening/*'],
							message:
								'The questionnaire does not import the screening engine or its catalog: ask the injected matcher (matcher.ts).'
						}
					]
				}
			]
		}
	},
	{
		// The browser's half of the wizard: never the catalog, the whole-intake schema (zod and the
		// matcher behind it) or server code; types are fine (they are erased).
		files: [
			'src/lib/wizard/**/*.ts',
			'src/lib/components/**/*.svelte',
			'src/routes/(public)/**/*.svelte',
			'src/routes/(public)/**/+page.ts'
		],
		ignores: ['**/*.spec.ts'],
		rules: {
			'@typescript-eslint/no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							regex:
								'^(\\$lib/server/|.*/server/|\\$lib/screening(/|$)|.*/screening(/|$)|\\$lib/intake(/index|/answers)?$)',
							allowTypeImports: true,
							message:
								'Browser code: no server code, medicine catalog or whole-intake schema (import the step model from $lib/intake/steps, or move this module under $lib/server).'
						}
					]
				}
			]
		}
	},
	{
		// CLI scripts print to the terminal by design.
		files: ['src/cli/**/*.ts', 'tests/**/*.ts'],
		rules: { 'no-console': 'off' }
	}
);
