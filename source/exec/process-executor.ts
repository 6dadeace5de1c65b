// How a command really runs: execa, in its own process group (so a cancel stops it and everything it
// started), optionally in a pseudo-terminal; nothing here knows about records or secrets.

import {execa} from 'execa';
import {ptyWrap} from './pty-wrap.js';
import type {CommandSpec} from './runner.js';

export type RawOutcome = {
	ok: boolean;
	exitCode: number | undefined;
	stdout: string;
	stderr: string;
	notFound: boolean;
	timedOut: boolean;
};

export type Executor = {
	execute(
		spec: CommandSpec,
		env: Record<string, string>,
		onOutput?: (chunk: string) => void,
	): Promise<RawOutcome>;
	stopAll(): void;
};

function killGroup(pid: number | undefined) {
	if (pid === undefined) return;
	try {
		process.kill(-pid, 'SIGTERM');
	} catch {
		// Already gone.
	}
}

export function processExecutor(platform: NodeJS.Platform = process.platform): Executor {
	const running = new Set<{pid?: number}>();
	return {
		stopAll() {
			for (const child of running) killGroup(child.pid);
		},
		async execute(spec, env, onOutput) {
			const command = spec.tty
				? ptyWrap(platform, spec.file, spec.args)
				: {file: spec.file, args: [...spec.args]};
			const child = execa(command.file, command.args, {
				reject: false,
				input: spec.input,
				stdin: spec.input === undefined ? 'ignore' : undefined,
				env,
				extendEnv: false,
				timeout: spec.timeoutMs,
				detached: true,
				stripFinalNewline: false,
			});
			running.add(child);
			const onAbort = () => killGroup(child.pid);
			spec.signal?.addEventListener('abort', onAbort, {once: true});
			if (onOutput) {
				const forward = (chunk: Buffer) => onOutput(chunk.toString('utf8'));
				child.stdout?.on('data', forward);
				child.stderr?.on('data', forward);
			}
			const result = await child;
			running.delete(child);
			spec.signal?.removeEventListener('abort', onAbort);
			return {
				ok: !result.failed,
				exitCode: result.exitCode,
				stdout: String(result.stdout ?? ''),
				stderr: String(result.stderr ?? ''),
				notFound: (result as {code?: string}).code === 'ENOENT',
				timedOut: Boolean(result.timedOut),
			};
		},
	};
}
