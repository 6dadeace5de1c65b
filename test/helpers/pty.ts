// The built CLI in a real pseudo-terminal (node-pty), its output fed to a headless xterm so tests read
// the screen as a person would see it, including whether the alternate screen is active.

import xterm from '@xterm/headless';
import {spawn, type IPty} from 'node-pty';
import {fileURLToPath} from 'node:url';

const {Terminal} = xterm;
export const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

export type PtySession = {
	screen(): string;
	isAltScreen(): boolean;
	write(data: string): void;
	/** Keys one at a time, as a person types them (a single write may arrive as one chunk). */
	press(...keys: string[]): Promise<void>;
	waitFor(text: string | RegExp, timeoutMs?: number): Promise<string>;
	exited: Promise<{exitCode: number; signal?: number}>;
	pid: number;
	resize(columns: number, rows: number): void;
	kill(signal?: string): void;
};

export function startCli(
	env: NodeJS.ProcessEnv,
	options: {args?: string[]; columns?: number; rows?: number} = {},
): PtySession {
	const columns = options.columns ?? 80;
	const rows = options.rows ?? 24;
	const childEnv: Record<string, string> = {};
	for (const [key, value] of Object.entries(env)) if (value !== undefined) childEnv[key] = value;
	// With CI set, Ink prints only the last frame (is-in-ci): a person's terminal has neither.
	delete childEnv.CI;
	delete childEnv.CONTINUOUS_INTEGRATION;
	childEnv.TERM = 'xterm-256color';
	const term = new Terminal({cols: columns, rows, allowProposedApi: true});
	const pty: IPty = spawn(process.execPath, [CLI, ...(options.args ?? [])], {
		name: 'xterm-256color',
		cols: columns,
		rows,
		env: childEnv,
	});
	const waiters = new Set<() => void>();
	pty.onData((data) => term.write(data, () => waiters.forEach((w) => w())));
	// Resolved once the terminal has also drawn everything the program wrote before it ended.
	const exited = new Promise<{exitCode: number; signal?: number}>((resolve) =>
		pty.onExit((result) => setTimeout(() => term.write('', () => resolve(result)), 50)),
	);

	const screen = () => {
		const buffer = term.buffer.active;
		const lines: string[] = [];
		for (let y = 0; y < term.rows; y++)
			lines.push(buffer.getLine(buffer.viewportY + y)?.translateToString(true) ?? '');
		return lines.join('\n');
	};
	return {
		screen,
		isAltScreen: () => term.buffer.active.type === 'alternate',
		write: (data) => pty.write(data),
		async press(...keys) {
			for (const key of keys) {
				pty.write(key);
				await new Promise((resolve) => setTimeout(resolve, 40));
			}
		},
		pid: pty.pid,
		exited,
		resize(c, r) {
			term.resize(c, r);
			pty.resize(c, r);
		},
		kill: (signal) => pty.kill(signal),
		waitFor(text, timeoutMs = 15_000) {
			const matches = () => (typeof text === 'string' ? screen().includes(text) : text.test(screen()));
			return new Promise((resolve, reject) => {
				if (matches()) return resolve(screen());
				const check = () => {
					if (!matches()) return;
					cleanup();
					resolve(screen());
				};
				const timer = setTimeout(() => {
					cleanup();
					reject(new Error(`Timed out waiting for ${String(text)}; the screen was:\n${screen()}`));
				}, timeoutMs);
				const cleanup = () => {
					clearTimeout(timer);
					waiters.delete(check);
				};
				waiters.add(check);
			});
		},
	};
}

export const PTY_KEYS = {
	enter: '\r',
	left: '\x1b[D',
	down: '\x1b[B',
	up: '\x1b[A',
	escape: '\x1b',
	backspace: '\x7f',
	ctrlC: '\x03',
	tab: '\t',
} as const;
