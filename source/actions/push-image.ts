// Step 4 as one action: registry credentials → image stream (created first, or Rahti answers 500) →
// tag and push → verify that the image stream tag points at the pushed digest. Each phase is reported,
// so the view can show where it is; the credentials are removed whatever happens.

import {pushImage, type PushTarget} from '../engine/push.js';
import type {PushProblem} from '../engine/push-errors.js';
import type {PushProgress} from '../engine/push-progress.js';
import type {Transport} from '../engine/types.js';
import type {Runner} from '../exec/runner.js';
import {createImageStream, getImageStream, getImageStreamTagDigest} from '../rahti/imagestreams.js';
import {pullSpecs, type PullSpecs} from '../rahti/image-names.js';
import type {OcErrorKind} from '../rahti/oc-errors.js';
import {registryLogin} from '../rahti/registry-login.js';

export type PushPhase = 'credentials' | 'imagestream' | 'upload' | 'verify';

export type PushOutcome =
	| {ok: true; digest: string; pullSpecs: PullSpecs; createdImageStream: boolean; dryRun?: boolean}
	| {ok: false; phase: PushPhase; problem: PushProblem};

export type PushImageRequest = {
	engine: Transport;
	source: string;
	target: PushTarget;
	signal?: AbortSignal;
	onPhase?: (phase: PushPhase) => void;
	onProgress?: (progress: PushProgress) => void;
};

function ocProblem(kind: OcErrorKind, message: string, project: string): PushProblem {
	if (kind === 'unauthorized')
		return {
			kind: 'unauthorized',
			message: 'Your login has expired.',
			fix: 'Log in again; the push resumes after.',
		};
	if (kind === 'forbidden')
		return {
			kind: 'denied',
			message: `You may not do that in project "${project}": ${message}`,
			fix: 'Ask a project admin for the edit role, or choose another project.',
		};
	if (kind === 'unreachable')
		return {kind: 'unreachable', message, fix: 'Check your network or VPN, then retry.'};
	return {kind: 'unknown', message, fix: 'Retry; the command and its output are shown above.'};
}

export async function pushImageToRahti(
	runner: Runner,
	request: PushImageRequest,
	env: NodeJS.ProcessEnv = process.env,
): Promise<PushOutcome> {
	const {target} = request;
	const phase = (name: PushPhase) => request.onPhase?.(name);

	phase('imagestream');
	const existing = await getImageStream(runner, target.project, target.name);
	if (!existing.ok)
		return {
			ok: false,
			phase: 'imagestream',
			problem: ocProblem(existing.kind, existing.message, target.project),
		};
	let createdImageStream = false;
	if (!existing.stream) {
		const created = await createImageStream(runner, target.project, target.name);
		if (!created.ok)
			return {
				ok: false,
				phase: 'imagestream',
				problem: ocProblem(created.kind, created.message, target.project),
			};
		createdImageStream = true;
	}

	phase('credentials');
	const login = await registryLogin(runner, target.registry);
	if (!login.ok)
		return {ok: false, phase: 'credentials', problem: ocProblem(login.kind, login.message, target.project)};
	try {
		phase('upload');
		const pushed = await pushImage(
			runner,
			{
				engine: request.engine,
				source: request.source,
				target,
				credentials: login.credentials,
				signal: request.signal,
				onProgress: request.onProgress,
			},
			env,
		);
		if (!pushed.ok) return {ok: false, phase: 'upload', problem: pushed.problem};

		const specs = pullSpecs(target.registry, target.project, target.name, target.tag);
		if (runner.dryRun) return {ok: true, digest: '', pullSpecs: specs, createdImageStream, dryRun: true};

		phase('verify');
		const tag = await getImageStreamTagDigest(runner, target.project, target.name, target.tag);
		if (!tag.ok)
			return {ok: false, phase: 'verify', problem: ocProblem(tag.kind, tag.message, target.project)};
		if (tag.digest !== pushed.digest) {
			return {
				ok: false,
				phase: 'verify',
				problem: {
					kind: 'unknown',
					message: `The image stream tag points at ${tag.digest ?? 'nothing'}, not at the pushed ${pushed.digest}.`,
					fix: 'Retry the push; if it persists, check the image stream with oc describe is.',
				},
			};
		}
		return {
			ok: true,
			digest: pushed.digest,
			pullSpecs: pullSpecs(target.registry, target.project, target.name, target.tag),
			createdImageStream,
		};
	} finally {
		await login.credentials.dispose();
	}
}
