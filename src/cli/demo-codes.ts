// `npm run demo:codes`: the current two-step codes of the development demo accounts, read from
// the keys kept for this database (DATABASE_URL, or else PGLITE_DIR) in
// ./data/demo-staff.<database>.txt, or from DEMO_STAFF_FILE. Development only.
import { readFileSync } from 'node:fs';
import { totpCode } from '../lib/server/auth/enrol-totp';
import { loadConfig } from '../lib/server/config';
import { demoStaffFile } from '../lib/server/demo-staff';

const file = process.env.DEMO_STAFF_FILE ?? demoStaffFile(loadConfig(process.env, false));
let text: string;
try {
	text = readFileSync(file, 'utf8');
} catch {
	console.error(`No ${file}: start the app with \`npm run dev\` first to create the demo staff.`);
	process.exit(2);
}
const found = [...text.matchAll(/(\S+@\S+)\s+password: \S+\s+two-step key: ([A-Z2-7]+)/g)];
if (found.length === 0) {
	console.error(
		`${file} holds no two-step keys (made before they were added): delete ./data and start again.`
	);
	process.exit(2);
}
const remaining = 30 - (Math.floor(Date.now() / 1000) % 30);
for (const [, email, key] of found) console.log(`${email}  ${await totpCode(key!)}`);
console.log(`(valid for about ${remaining} more seconds)`);
