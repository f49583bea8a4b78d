// TOTP for browser tests, benchmarks and the security scan that sign in as staff: the app's own
// enrolment (src/lib/server/auth/enrol-totp.ts). The server must later run with the same
// BETTER_AUTH_SECRET: the TOTP secret is stored encrypted with it.
export { enrolTotp, totpCode } from '../../src/lib/server/auth/enrol-totp';
