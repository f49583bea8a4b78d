// Small wording helpers for staff pages (English): counted nouns and the ruleset's name.

const english = new Intl.PluralRules('en-US');

/** "1 day", "2 days", "0 flags"; `many` defaults to `one` + "s". */
export function plural(count: number, one: string, many = `${one}s`): string {
	return `${count} ${english.select(count) === 'one' ? one : many}`;
}

/**
 * A stored ruleset version in words: 'ldn-rules-0.2.0+rulebook-draft-0.1' → "LDN rules 0.2.0
 * (rulebook draft 0.1)". Anything that does not follow the pattern is shown as stored.
 */
export function rulesetName(version: string | null | undefined): string {
	if (!version) return 'unknown ruleset';
	const m = /^ldn-rules-(\d[\w.-]*?)(?:\+rulebook-(?:(draft)-)?(\d[\w.-]*))?$/.exec(version);
	if (!m) return version;
	const [, rules, draft, rulebook] = m;
	return `LDN rules ${rules}${rulebook ? ` (rulebook ${draft ? 'draft ' : ''}${rulebook})` : ''}`;
}
