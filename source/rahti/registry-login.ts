// Registry credentials without the token in any argv: `oc registry login --to FILE` writes them itself
// into an auth file in a private temp dir (0700), which is removed when the push is over.

import {chmod, mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import type {Runner} from '../exec/runner.js';
import {classifyOcError, firstLine, type OcErrorKind} from './oc-errors.js';

export type RegistryCredentials = {
	/** Docker's config.json format: podman takes it as --authfile, docker reads it from DOCKER_CONFIG. */
	authFile: string;
	/** The private directory, for DOCKER_CONFIG. */
	directory: string;
	dispose(): Promise<void>;
};

export async function registryLogin(
	runner: Runner,
	registry: string,
): Promise<{ok: true; credentials: RegistryCredentials} | {ok: false; kind: OcErrorKind; message: string}> {
	const directory = await mkdtemp(path.join(tmpdir(), 'rahti-push-auth-'));
	await chmod(directory, 0o700);
	const dispose = () => rm(directory, {recursive: true, force: true});
	const authFile = path.join(directory, 'config.json');
	const result = await runner.run({
		file: 'oc',
		args: ['registry', 'login', '--registry', registry, '--to', authFile],
		mutates: true,
		purpose:
			'Let oc write your registry credentials to a private file (the token never goes on a command line).',
	});
	if (!result.ok) {
		await dispose();
		return {ok: false, kind: classifyOcError(result.stderr), message: firstLine(result.stderr)};
	}
	await chmod(authFile, 0o600).catch(() => {});
	return {ok: true, credentials: {authFile, directory, dispose}};
}
