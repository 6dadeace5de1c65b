// The footer's hints in the columns there are (pure): when they do not all fit, the ones that say least
// give way first (↑↓ move, the commands toggle, "type filter": the list's own prompt says it), then the
// others from the end; never Enter, back, help or quit, so `?` always leads to the rest.

export type Hint = {keys: string; hint: string};

const SEPARATOR = ' · ';
const KEEP = new Set(['select', 'back', 'help', 'quit']);
/** Lower gives way sooner; what is not named here gives way last. */
const PRIORITY: Record<string, number> = {move: 0, commands: 1, filter: 2};
const priorityOf = (h: Hint) => PRIORITY[h.hint] ?? 3;

const widthOf = (hints: readonly Hint[]) =>
	hints.reduce(
		(sum, h, index) => sum + (index > 0 ? SEPARATOR.length : 0) + h.keys.length + 1 + h.hint.length,
		0,
	);

export function fitHints(hints: readonly Hint[], columns: number): Hint[] {
	const shown = [...hints];
	// Drop the least telling hint (the last of them) until the rest fits, or only the kept ones are left.
	while (widthOf(shown) > columns) {
		const droppable = shown.filter((h) => !KEEP.has(h.hint));
		if (droppable.length === 0) break;
		const least = Math.min(...droppable.map(priorityOf));
		shown.splice(
			shown.findLastIndex((h) => !KEEP.has(h.hint) && priorityOf(h) === least),
			1,
		);
	}
	return shown;
}
