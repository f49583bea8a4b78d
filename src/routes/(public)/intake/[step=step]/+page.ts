// The list components only on the steps that have lists (see $lib/components/lists).
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ data }) => {
	const lists =
		data.step.id === 'medications' || data.step.id === 'medication-details'
			? await import('$lib/components/lists')
			: undefined;
	return { ...data, lists };
};
