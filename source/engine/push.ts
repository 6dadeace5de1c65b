// Push with the chosen engine, in a pseudo-terminal so its byte progress can be read. podman pushes the
// source image straight to its destination name; docker needs a tag first, removed again afterwards so
// the user's image list does not fill up with registry names (the image itself stays). The credentials
// come from a private auth file (podman --authfile, docker DOCKER_CONFIG); the digest from podman's
// --digestfile or docker's "digest:" line.

import {readFile} from 'node:fs/promises';
import path from 'node:path';
import type {Runner} from '../exec/runner.js';
import type {RegistryCredentials} from '../rahti/registry-login.js';
import {classifyPushError, type PushProblem} from './push-errors.js';
import {applyOutput, initialPushProgress, type PushProgress} from './push-progress.js';
import {copyArgs} from './remote-image.js';
import {classifyRemoteError} from './remote-errors.js';
import {parseRemoteReference} from './remote-reference.js';
import type {Transport} from './types.js';

export type PushTarget = {registry: string; project: string; name: string; tag: string};

export const targetReference = (t: PushTarget) => `${t.registry}/${t.project}/${t.name}:${t.tag}`;

export type PushRequest = {
	engine: Transport;
	source: string;
	target: PushTarget;
	credentials: RegistryCredentials;
	signal?: AbortSignal;
	onProgress?: (progress: PushProgress) => void;
};

export type PushResult = {ok: true; digest: string} | {ok: false; problem: PushProblem};

/** docker with another DOCKER_CONFIG loses the user's context: pin the daemon address first. */
async function dockerHost(runner: Runner): Promise<string | undefined> {
	const result = await runner.run({
		file: 'docker',
		args: ['context', 'inspect', '--format', '{{.Endpoints.docker.Host}}'],
		purpose: 'Which Docker daemon your current context uses.',
	});
	return result.ok ? result.stdout.trim() || undefined : undefined;
}

export async function pushImage(
	runner: Runner,
	request: PushRequest,
	env: NodeJS.ProcessEnv = process.env,
): Promise<PushResult> {
	const {engine, target} = request;
	const destination = targetReference(target);
	const fail = (output: string): PushResult => ({
		ok: false,
		problem: request.signal?.aborted
			? {kind: 'canceled', message: 'The push was cancelled.', fix: 'Retry when you are ready, or go back.'}
			: (sourceProblem(engine, request.source, output) ??
				classifyPushError(output, target.registry, target.project)),
	});

	// docker pushes only by name: give the image its Rahti name for the push, and take it away after.
	const needsTag = engine === 'docker' && request.source !== destination;
	if (needsTag) {
		const tagged = await runner.run({
			file: engine,
			args: ['tag', request.source, destination],
			mutates: true,
			purpose: 'Give the image its name in the Rahti registry (docker pushes by name).',
			signal: request.signal,
		});
		if (!tagged.ok) return fail(tagged.stderr);
	}
	try {
		return await upload(runner, request, destination, fail, env);
	} finally {
		if (needsTag)
			await runner.run({
				file: engine,
				args: ['rmi', destination],
				mutates: true,
				purpose: `Remove that extra name again (the image stays as ${request.source}).`,
			});
	}
}

async function upload(
	runner: Runner,
	request: PushRequest,
	destination: string,
	fail: (output: string) => PushResult,
	env: NodeJS.ProcessEnv,
): Promise<PushResult> {
	const {engine, credentials} = request;

	const digestFile = path.join(credentials.directory, 'digest');
	const pushEnv: Record<string, string | undefined> = {};
	if (engine === 'docker') {
		pushEnv.DOCKER_HOST = env.DOCKER_HOST ?? (await dockerHost(runner));
		pushEnv.DOCKER_CONFIG = credentials.directory;
	}
	const args =
		engine === 'skopeo'
			? copyArgs(request.source, destination, {authFile: credentials.authFile, digestFile})
			: engine === 'podman'
				? [
						'push',
						'--authfile',
						credentials.authFile,
						'--digestfile',
						digestFile,
						request.source,
						destination,
					]
				: ['push', destination];

	let progress = initialPushProgress;
	const push = (tty: boolean) =>
		runner.run({
			file: engine,
			args,
			env: pushEnv,
			tty,
			mutates: true,
			purpose:
				engine === 'skopeo'
					? 'Copy the layers and manifest from the remote registry straight to Rahti.'
					: 'Upload the image layers and manifest to the registry.',
			signal: request.signal,
			onOutput(chunk) {
				progress = applyOutput(progress, chunk);
				request.onProgress?.(progress);
			},
		});
	let result = await push(true);
	// No `script` on this machine: push without a terminal (layer states, no bytes).
	if (result.notFound) result = await push(false);
	if (result.notFound)
		return {
			ok: false,
			problem: {
				kind: 'engine-down',
				message: `${engine} is not installed.`,
				fix: `Install it (Debian/Ubuntu: sudo apt install ${engine}), then retry.`,
			},
		};
	if (result.skipped) return {ok: true, digest: ''};
	progress = applyOutput(progress, '\n');
	if (!result.ok) return fail([result.stdout, result.stderr, ...progress.tail].join('\n'));

	const digest =
		engine === 'docker' ? progress.digest : (await readFile(digestFile, 'utf8').catch(() => '')).trim();
	if (!digest) return fail(`The push ended without reporting a digest.\n${result.stdout}`);
	return {ok: true, digest};
}

/** skopeo names the side that failed: "initializing source", "reading blob/manifest" are the remote one. */
function sourceProblem(engine: Transport, source: string, output: string): PushProblem | undefined {
	if (engine !== 'skopeo' || !/initializing source|reading (blob|manifest)/i.test(output)) return undefined;
	const parsed = parseRemoteReference(source);
	if (!parsed.ok) return undefined;
	const remote = classifyRemoteError(output, parsed.reference);
	return {kind: 'source', message: remote.message, fix: remote.fix};
}
