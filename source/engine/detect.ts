// Which engines are installed and usable. Both are asked at once; `version` needs the daemon for docker
// (and for podman-remote), so it is the reachability check too.

import type {Runner} from '../exec/runner.js';
import {classifyEngineError} from './engine-errors.js';
import {ENGINES, type EngineName, type EngineStatus} from './types.js';

const VERSION_FORMAT: Record<EngineName, string> = {
	docker: '{{.Server.Version}}',
	podman: '{{.Client.Version}}',
};

export async function detectEngine(runner: Runner, engine: EngineName): Promise<EngineStatus> {
	const result = await runner.run({
		file: engine,
		args: ['version', '--format', VERSION_FORMAT[engine]],
		purpose: `Is ${engine} installed and its engine reachable?`,
		timeoutMs: 15_000,
	});
	if (result.notFound) return {engine, state: 'missing'};
	if (result.ok) return {engine, state: 'ready', version: result.stdout.trim()};
	return {engine, ...classifyEngineError(engine, result.stderr)};
}

export function detectEngines(runner: Runner): Promise<EngineStatus[]> {
	return Promise.all(ENGINES.map((engine) => detectEngine(runner, engine)));
}

/** The remembered engine if it works, else the first that works. */
export function preferredEngine(
	statuses: readonly EngineStatus[],
	remembered?: EngineName,
): EngineName | undefined {
	const ready = statuses.filter((status) => status.state === 'ready').map((status) => status.engine);
	if (remembered && ready.includes(remembered)) return remembered;
	return ready[0];
}
