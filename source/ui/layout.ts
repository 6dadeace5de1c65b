// Pure layout maths, tested apart from rendering (after Shopify cli-kit's calculateLayout).

export const MIN_COLUMNS = 60;
export const MIN_ROWS = 16;

/** Header, step rail, a blank line, the separator and the key hints: what the frame itself takes. */
export const FRAME_CHROME_ROWS = 5;

export type Layout = {tooSmall: boolean; frameRows: number; bodyRows: number; columns: number};

export function calculateLayout(columns: number, rows: number): Layout {
	// At most rows - 1 tall: a frame as tall as the terminal makes Ink 6 redraw everything (ink#450).
	const frameRows = Math.max(1, rows - 1);
	return {
		tooSmall: columns < MIN_COLUMNS || rows < MIN_ROWS,
		frameRows,
		bodyRows: Math.max(1, frameRows - FRAME_CHROME_ROWS),
		columns,
	};
}

/** The slice of a long list to render, keeping the cursor in view. */
export function visibleWindow(total: number, cursor: number, height: number): {start: number; end: number} {
	const size = Math.max(1, height);
	if (total <= size) return {start: 0, end: total};
	const start = Math.min(Math.max(0, cursor - Math.floor(size / 2)), total - size);
	return {start, end: start + size};
}
