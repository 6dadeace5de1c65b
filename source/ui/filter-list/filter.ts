// fzf-like filtering, pure: every typed character must appear in order (case-insensitive); a
// contiguous match ranks above a scattered one, an earlier one above a later one.

export type Scored<T> = {item: T; score: number};

export function matchScore(text: string, query: string): number | undefined {
	if (query === '') return 0;
	const haystack = text.toLowerCase();
	const needle = query.toLowerCase();
	const contiguous = haystack.indexOf(needle);
	if (contiguous !== -1) return contiguous;
	let position = -1;
	let gaps = 0;
	for (const character of needle) {
		const next = haystack.indexOf(character, position + 1);
		if (next === -1) return undefined;
		if (position !== -1) gaps += next - position - 1;
		position = next;
	}
	return 1000 + gaps;
}

export function filterItems<T>(items: readonly T[], query: string, textOf: (item: T) => string): T[] {
	if (query === '') return [...items];
	const scored: Array<Scored<T>> = [];
	for (const item of items) {
		const score = matchScore(textOf(item), query);
		if (score !== undefined) scored.push({item, score});
	}
	return scored.sort((a, b) => a.score - b.score).map((entry) => entry.item);
}
