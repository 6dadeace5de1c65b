// Engine failures in plain words, each with the fix (texts in ../shared/RAHTI.md).

import type {EngineName} from './types.js';

export type EngineProblem = {state: 'down' | 'permission' | 'error'; message: string; fix: string};

export function classifyEngineError(engine: EngineName, stderr: string): EngineProblem {
	const text = stderr.trim();
	const line =
		text
			.split('\n')
			.find((l) => l.trim().length > 0)
			?.trim() ?? `${engine} failed`;
	if (/permission denied.*(docker daemon socket|docker\.sock)/i.test(text)) {
		return {
			state: 'permission',
			message: 'You may not use the Docker daemon socket (your user is not in the docker group).',
			fix: 'Run: sudo usermod -aG docker $USER, then log out and in again. Or use podman.',
		};
	}
	if (
		/Cannot connect to the Docker daemon|Is the docker daemon running|connection refused|no such file or directory.*\.sock/i.test(
			text,
		)
	) {
		return engine === 'docker'
			? {
					state: 'down',
					message: 'The Docker daemon is not running.',
					fix: 'Start it (sudo systemctl start docker, or open Docker Desktop), or use podman.',
				}
			: {
					state: 'down',
					message: 'Cannot reach the podman service.',
					fix: 'Start it: podman machine start (macOS/Windows) or systemctl --user start podman.socket.',
				};
	}
	return {state: 'error', message: line, fix: `Run "${engine} info" in a shell to see what is wrong.`};
}
