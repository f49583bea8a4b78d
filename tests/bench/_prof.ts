import { busyIntake } from './screening';
import { screen } from '../../src/lib/screening';
const a = busyIntake();
for (let i = 0; i < 20000; i++) screen(a, { today: '2026-11-20' });
const t = performance.now();
for (let i = 0; i < 100000; i++) screen(a, { today: '2026-11-20' });
console.log('screen µs', ((performance.now() - t) / 100000) * 1000);
