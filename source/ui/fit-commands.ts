// How a list of commands fits the rows a view can give it (pure, tested apart from rendering): in full
// (each command wrapped, with its line on what it does), else one truncated line each, else the first
// few and how many more.

export type PreviewCommand = {readonly display: string; readonly purpose: string};

export type FittedCommands = {mode: 'full' | 'compact'; shown: readonly PreviewCommand[]; hidden: number};

/** Rows a text takes when wrapped at `width` columns. */
const wrappedRows = (text: string, width: number) => Math.max(1, Math.ceil(text.length / Math.max(1, width)));

/** `maxRows` includes the title row. */
export function fitCommands(
	commands: readonly PreviewCommand[],
	width: number,
	maxRows: number,
): FittedCommands {
	const full = 1 + commands.reduce((rows, c) => rows + wrappedRows(`$ ${c.display}`, width) + 1, 0);
	if (full <= maxRows) return {mode: 'full', shown: commands, hidden: 0};
	if (1 + commands.length <= maxRows) return {mode: 'compact', shown: commands, hidden: 0};
	// Title, the commands that fit, and a "… N more" row; always at least one command.
	const room = Math.max(1, maxRows - 2);
	return {mode: 'compact', shown: commands.slice(0, room), hidden: commands.length - room};
}
