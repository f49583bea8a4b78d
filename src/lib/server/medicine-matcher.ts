// Installs the screening engine's catalog matcher as the questionnaire's medicine matcher
// (src/lib/intake/matcher.ts). Imported once by each entry point: the server's hooks, the CLI,
// test set-up and the benchmark and seed scripts.
import { installMatcher } from '../intake/matcher';
import { catalogMatcher } from '../screening/medicine-matcher';

installMatcher(catalogMatcher);
