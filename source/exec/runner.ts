// The one place that starts processes. Everything in rahti/ and engine/ calls a Runner, so tests, the
// teaching view and (later) dry-run all see the same record of what ran. Secrets travel on stdin or in
// files, never in argv; whatever a command prints is redacted before anyone sees it.

import {formatCommand} from './command-line.js';
import {processExecutor, type Executor} from './process-executor.js';
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
	/** It changes something (the cluster, the registry, local images): in a dry run it is only recorded. */
	readonly mutates?: boolean;
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
	/** Not run: a dry run, and the command changes something. */
	readonly skipped?: boolean;
};

export type CommandRecord = {
	readonly id: number;
	readonly display: string;
	readonly purpose?: string;
	readonly state: 'running' | 'ok' | 'failed' | 'skipped';
	readonly exitCode?: number;
};

export type Runner = {
	run(spec: CommandSpec): Promise<CommandResult>;
	records(): readonly CommandRecord[];
	subscribe(listener: () => void): () => void;
	/** Stops every running command and its children (on quit, SIGTERM, SIGHUP). */
	stopAll(): void;
	/** In a dry run, commands that change something are recorded, not run. */
	readonly dryRun: boolean;
};

export type RunnerOptions = {platform?: NodeJS.Platform; dryRun?: boolean; executor?: Executor};

export function createRunner(baseEnv: NodeJS.ProcessEnv = process.env, options: RunnerOptions = {}): Runner {
	const dryRun = options.dryRun ?? false;
	const executor = options.executor ?? processExecutor(options.platform);
	// Replaced, never mutated, so a view can tell a change by identity (useSyncExternalStore).
	let log: readonly CommandRecord[] = [];
	const listeners = new Set<() => void>();
	const notify = () => {
		for (const listener of listeners) listener();
	};
	const record = (entry: CommandRecord) => {
		log = log.some((r) => r.id === entry.id)
			? log.map((r) => (r.id === entry.id ? entry : r))
			: [...log, entry];
		notify();
	};

	return {
		dryRun,
		records: () => log,
		stopAll: () => executor.stopAll(),
		subscribe(listener) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
		async run(spec) {
			const secrets = spec.secrets ?? [];
			const entry = {
				id: log.length + 1,
				display: formatCommand(spec.file, spec.args, secrets),
				purpose: spec.purpose,
			};
			if (dryRun && spec.mutates) {
				record({...entry, state: 'skipped'});
				return {
					ok: true,
					exitCode: 0,
					stdout: '',
					stderr: '',
					notFound: false,
					timedOut: false,
					canceled: false,
					skipped: true,
				};
			}
			record({...entry, state: 'running'});
			const onOutput = spec.onOutput ? (chunk: string) => spec.onOutput?.(redact(chunk, secrets)) : undefined;
			const raw = await executor.execute(spec, mergeEnv(baseEnv, spec.env), onOutput);
			const outcome: CommandResult = {
				...raw,
				stdout: redact(raw.stdout, secrets),
				stderr: redact(raw.stderr, secrets),
				canceled: Boolean(spec.signal?.aborted),
			};
			record({...entry, state: outcome.ok ? 'ok' : 'failed', exitCode: outcome.exitCode});
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
