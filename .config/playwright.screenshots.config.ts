// Screenshots of every wizard and clinic page at phone and laptop sizes, for people to look at
// (`npm run screenshots`, PNGs under test-results/). Not part of the test suite: it asserts nothing
// beyond the pages loading; the same server and browser set-up as the browser tests.
import { defineConfig } from '@playwright/test';
import base from './playwright.config';

export default defineConfig({ ...base, testMatch: '**/*.shots.ts', retries: 0 });
