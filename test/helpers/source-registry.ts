// A second real registry, behind its own password, playing the remote source of a copy (Docker Hub,
// GHCR, Rahti 1). The user "logged in to it before" with podman login (password on stdin) into an auth
// file of the test's own, which skopeo then reads as the source credentials.

import {execFileSync} from 'node:child_process';
import path from 'node:path';
import {startRegistry, type TestRegistry} from './registry.js';
import type {TestBed} from './test-bed.js';

export type SourceRegistry = {
	readonly registry: TestRegistry;
	/** The test bed's environment plus REGISTRY_AUTH_FILE with the source login in it. */
	readonly env: NodeJS.ProcessEnv;
	/** Push a local image there as `repository:tag`; returns its full name. */
	push(image: string, repository: string): string;
};

export async function startSourceRegistry(bed: TestBed, user = 'reader'): Promise<SourceRegistry> {
	const password = 'source-password-not-a-token';
	const registry = await startRegistry(path.join(bed.dir, 'source-registry'), [user], password);
	registry.trustFor(bed.home);
	const env = {...bed.env(), REGISTRY_AUTH_FILE: path.join(bed.dir, 'source-auth.json')};
	execFileSync('podman', ['login', '-u', user, '--password-stdin', registry.host], {
		env,
		input: password,
		stdio: ['pipe', 'ignore', 'pipe'],
	});
	return {
		registry,
		env,
		push(image, repository) {
			const name = `${registry.host}/${repository}`;
			execFileSync('podman', ['push', '-q', image, name], {env, stdio: ['ignore', 'ignore', 'pipe']});
			return name;
		},
	};
}
