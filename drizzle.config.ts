import { defineConfig } from 'drizzle-kit';

// Runs outside Vite, so it reads process.env directly. Without DATABASE_URL it targets the
// embedded PGlite directory; `generate` and `check` need no database at all.
const url = process.env.DATABASE_URL;

export default defineConfig({
	schema: './src/lib/server/db/schema.ts',
	out: './migrations',
	dialect: 'postgresql',
	casing: 'snake_case',
	...(url
		? { dbCredentials: { url } }
		: { driver: 'pglite', dbCredentials: { url: process.env.PGLITE_DIR ?? './data/pglite' } }),
	verbose: true,
	strict: true
});
