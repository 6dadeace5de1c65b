// The one place that starts processes. Everything in rahti/ and engine/ calls a Runner, so tests, the
// teaching view and (later) dry-run all see the same record of what ran. Secrets travel on stdin or in
// files, never in argv; whatever a command prints is redacted before anyone sees it.

import {execa} from 'execa';
import {formatCommand} from './command-line.js';
import {ptyWrap} from './pty-wrap.js';
import {redact} from './redact.js';

export type CommandSpec = {
	readonly file: string;
	readonly args: readonly string[];
	/** One line on what the command does, for the teaching view. */
	readonly purpose?: string;
	/** Written to the child's stdin (how secrets are passed). */
	readonly input?: string;
	/** Values to mask in the record, the output and errors. */
	readonly secrets?: readonly string[];
	readonly env?: Readonly<Record<string, string | undefined>>;
	readonly timeoutMs?: number;
	readonly signal?: AbortSignal;
	/** Run in a pseudo-terminal (through `script`) so the program prints its terminal progress. */
	readonly tty?: boolean;
	/** Output as it arrives (stdout and stderr, redacted); the result still has all of it. */
	readonly onOutput?: (chunk: string) => void;
};

export type CommandResult = {
	readonly ok: boolean;
	readonly exitCode: number | undefined;
	readonly stdout: string;
	readonly stderr: string;
	/** The program is not installed (not on PATH). */
	readonly notFound: boolean;
	readonly timedOut: boolean;
	readonly canceled: boolean;
};

export type CommandRecord = {
	readonly id: number;
	readonly display: string;
	readonly purpose?: string;
	readonly state: 'running' | 'ok' | 'failed';
	readonly exitCode?: number;
};

export type Runner = {
	run(spec: CommandSpec): Promise<CommandResult>;
	records(): readonly CommandRecord[];
	subscribe(listener: () => void): () => void;
	/** Stops every running command and its children (on quit, SIGTERM, SIGHUP). */
	stopAll(): void;
};

export function createRunner(
	baseEnv: NodeJS.ProcessEnv = process.env,
	platform: NodeJS.Platform = process.platform,
): Runner {
	const log: CommandRecord[] = [];
	const listeners = new Set<() => void>();
	const running = new Set<{pid?: number}>();
	const notify = () => {
		for (const listener of listeners) listener();
	};

	const update = (id: number, patch: Partial<CommandRecord>) => {
		const index = log.findIndex((record) => record.id === id);
		if (index !== -1) log[index] = {...log[index]!, ...patch};
		notify();
	};

	return {
		records: () => log,
		stopAll() {
			for (const child of running) killGroup(child.pid);
		},
		subscribe(listener) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
		async run(spec) {
			const secrets = spec.secrets ?? [];
			const id = log.length + 1;
			log.push({
				id,
				display: formatCommand(spec.file, spec.args, secrets),
				purpose: spec.purpose,
				state: 'running',
			});
			notify();
			const command = spec.tty
				? ptyWrap(platform, spec.file, spec.args)
				: {file: spec.file, args: [...spec.args]};
			const child = execa(command.file, command.args, {
				reject: false,
				input: spec.input,
				stdin: spec.input === undefined ? 'ignore' : undefined,
				env: mergeEnv(baseEnv, spec.env),
				extendEnv: false,
				timeout: spec.timeoutMs,
				// Its own process group, so a cancel stops the program and everything it started.
				detached: true,
				stripFinalNewline: false,
			});
			running.add(child);
			const onAbort = () => killGroup(child.pid);
			spec.signal?.addEventListener('abort', onAbort, {once: true});
			if (spec.onOutput) {
				const forward = (chunk: Buffer) => spec.onOutput?.(redact(chunk.toString('utf8'), secrets));
				child.stdout?.on('data', forward);
				child.stderr?.on('data', forward);
			}
			const result = await child;
			running.delete(child);
			spec.signal?.removeEventListener('abort', onAbort);
			const code = (result as {code?: string}).code;
			const outcome: CommandResult = {
				ok: !result.failed,
				exitCode: result.exitCode,
				stdout: redact(String(result.stdout ?? ''), secrets),
				stderr: redact(String(result.stderr ?? ''), secrets),
				notFound: code === 'ENOENT',
				timedOut: Boolean(result.timedOut),
				canceled: Boolean(spec.signal?.aborted),
			};
			update(id, {state: outcome.ok ? 'ok' : 'failed', exitCode: outcome.exitCode});
			return outcome;
		},
	};
}

/** Later values win; `undefined` removes a variable (e.g. to hide CI from a child). */
export function mergeEnv(
	base: NodeJS.ProcessEnv,
	extra: Readonly<Record<string, string | undefined>> = {},
): Record<string, string> {
	const env: Record<string, string> = {};
	for (const [key, value] of Object.entries({...base, ...extra})) {
		if (value !== undefined) env[key] = value;
	}
	return env;
}

function killGroup(pid: number | undefined) {
	if (pid === undefined) return;
	try {
		process.kill(-pid, 'SIGTERM');
	} catch {
		// Already gone.
	}
}
