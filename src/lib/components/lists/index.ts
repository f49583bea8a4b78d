// The list questions of the medicines and medicine-details steps, loaded by the step page's
// universal load only on those steps (on the server too, so they render without JavaScript): the
// other steps, the first one above all, do not carry them (this folder is outside the shared wizard
// chunk, see .config/vite.config.ts).
export { default as FollowUpList } from './FollowUpList.svelte';
export { default as MedicationList } from './MedicationList.svelte';
export { default as NameCheckList } from './NameCheckList.svelte';
