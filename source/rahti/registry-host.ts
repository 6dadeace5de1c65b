// Which registry host to push to: the --registry flag, else the config, else what the cluster says
// (the image stream's public repository, or `oc registry info --public`), else Rahti 2's.

import type {Runner} from '../exec/runner.js';
import {RAHTI2} from './cluster.js';

export type RegistrySource = 'flag' | 'config' | 'cluster' | 'default';

/** "host/project/name" → "host". */
export function registryOfRepository(repository: string): string | undefined {
	const host = repository.split('/')[0];
	return host && repository.includes('/') ? host : undefined;
}

export async function resolveRegistry(
	runner: Runner,
	options: {flag?: string; remembered?: string; publicRepository?: string},
): Promise<{host: string; source: RegistrySource}> {
	if (options.flag) return {host: options.flag, source: 'flag'};
	if (options.remembered) return {host: options.remembered, source: 'config'};
	const fromStream = options.publicRepository ? registryOfRepository(options.publicRepository) : undefined;
	if (fromStream) return {host: fromStream, source: 'cluster'};
	const info = await runner.run({
		file: 'oc',
		args: ['registry', 'info', '--public'],
		purpose: "Ask the cluster for its registry's public address.",
	});
	const host = info.ok ? info.stdout.trim().split('\n').pop()?.trim() : undefined;
	if (host) return {host, source: 'cluster'};
	return {host: RAHTI2.registry, source: 'default'};
}
