import prettier from 'eslint-config-prettier';
import path from 'node:path';
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import { defineConfig, includeIgnoreFile } from 'eslint/config';
import globals from 'globals';
import ts from 'typescript-eslint';

const root = path.resolve(import.meta.dirname, '..');

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
		files: ['src/lib/intake/**/*.ts', 'src/lib/screening/**/*.ts'],
		// Their tests may read the message catalogs to check that every key has its wording.
		ignores: ['**/*.spec.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
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
							message:
								'The clinical core holds message keys; wording is rendered outside it (src/lib/i18n).'
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
