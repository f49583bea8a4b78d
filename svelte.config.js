import adapter from '@sveltejs/adapter-node';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	compilerOptions: {
		// Runes everywhere in our code; libraries decide for themselves.
		runes: ({ filename }) => (filename.split(/[/\\]/).includes('node_modules') ? undefined : true)
	},
	kit: {
		adapter: adapter(),
		// Our stylesheets are small (the largest is under 5 kB): inline them into the page instead of
		// one request each, so the first intake step needs no stylesheet request at all.
		inlineStyleThreshold: 8 * 1024,
		csp: {
			mode: 'auto',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				// 'unsafe-hashes' + this hash admit one style attribute: the one on SvelteKit's route
				// announcer (<div id="svelte-announcer" style="position: absolute; …">, written by
				// @sveltejs/kit's root component; sveltejs/kit#11993). Without it every page logs a CSP
				// violation and the announcer shows. Inlined <style> elements get a nonce from SvelteKit.
				'style-src': [
					'self',
					'unsafe-hashes',
					'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo='
				],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none'],
				'base-uri': ['self'],
				'object-src': ['none']
			}
		},
		typescript: {
			config: (config) => {
				config.include.push('../drizzle.config.ts', '../.config/*.ts', '../tests/**/*.ts');
			}
		}
	}
};

export default config;
