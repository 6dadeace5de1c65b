// Engines show byte progress only on a terminal (without one, `docker push` and `podman push` print
// layer states alone: ../shared/RAHTI.md). `script`, present on every Linux (util-linux) and macOS,
// gives the child a pseudo-terminal of a set size, so its real progress output can be read. Pure.

import {shellQuote} from './command-line.js';

export type PtySize = {columns: number; rows: number};

export function ptyWrap(
	platform: NodeJS.Platform,
	file: string,
	args: readonly string[],
	size: PtySize = {columns: 160, rows: 50},
): {file: string; args: string[]} {
	// Without a size the pseudo-terminal is 0×0 and progress bars collapse to "…".
	const inner = `stty cols ${size.columns} rows ${size.rows} 2>/dev/null; exec ${[file, ...args].map(shellQuote).join(' ')}`;
	if (platform === 'darwin' || platform === 'freebsd' || platform === 'openbsd') {
		return {file: 'script', args: ['-q', '/dev/null', 'sh', '-c', inner]};
	}
	return {file: 'script', args: ['-qfec', inner, '/dev/null']};
}

// eslint-disable-next-line no-control-regex -- matching terminal escape sequences is the point
const ANSI = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b[()][0-9A-Za-z]|\x1b[=>78]/g;

export function stripAnsi(text: string): string {
	return text.replace(ANSI, '');
}
