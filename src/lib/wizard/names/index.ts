// Medicine-name help on the medicines step (issue 12), loaded on demand by the step page: only the
// medicines step with JavaScript uses it, so it stays out of the first step's budget (this folder is
// outside the shared wizard chunk, see .config/vite.config.ts).
export { createNameLookup, type NameLookup, type NameVerdict } from './lookup';
export { default as MedicineNameHelp } from '$lib/components/names/MedicineNameHelp.svelte';
