// Ink 6 has no alternate-screen option: enter it ourselves, and make sure every way out leaves it —
// a normal exit, Ctrl+C, an uncaught error, SIGTERM, and SIGHUP (an SSH connection dropping).

const ENTER = '\x1b[?1049h\x1b[H';
const LEAVE = '\x1b[?25h\x1b[?1049l';

export type AltScreen = {enter(): void; leave(): void; readonly active: boolean};

export function createAltScreen(stream: NodeJS.WriteStream): AltScreen {
	let active = false;
	const write = (text: string) => {
		try {
			stream.write(text);
		} catch {
			// The terminal is gone (SSH hang-up): nothing left to restore.
		}
	};
	return {
		get active() {
			return active;
		},
		enter() {
			if (active || !stream.isTTY) return;
			active = true;
			write(ENTER);
		},
		leave() {
			if (!active) return;
			active = false;
			write(LEAVE);
		},
	};
}

const SIGNAL_CODES = {SIGINT: 130, SIGTERM: 143, SIGHUP: 129} as const;

/** Restores the terminal on every exit path; returns a function that removes the guards. */
export function guardTerminal(screen: AltScreen, cleanup: () => void): () => void {
	const restore = () => {
		try {
			cleanup();
		} finally {
			screen.leave();
		}
	};
	const onExit = () => screen.leave();
	const onSignal = (signal: keyof typeof SIGNAL_CODES) => {
		restore();
		process.exit(SIGNAL_CODES[signal]);
	};
	const onCrash = (error: unknown) => {
		restore();
		process.stderr.write(
			`rahti-push crashed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
		);
		process.exit(70);
	};
	const handlers = (Object.keys(SIGNAL_CODES) as Array<keyof typeof SIGNAL_CODES>).map(
		(signal) => [signal, () => onSignal(signal)] as const,
	);

	process.once('exit', onExit);
	process.on('uncaughtException', onCrash);
	process.on('unhandledRejection', onCrash);
	for (const [signal, handler] of handlers) process.on(signal, handler);

	return () => {
		process.off('exit', onExit);
		process.off('uncaughtException', onCrash);
		process.off('unhandledRejection', onCrash);
		for (const [signal, handler] of handlers) process.off(signal, handler);
	};
}
