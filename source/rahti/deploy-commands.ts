// The deploy step's oc calls: list deployments, point one at an image stream tag (what the web console's
// "Deploy images from an image stream tag" does), watch the rollout, read events, roll back.

import type {Runner} from '../exec/runner.js';
import {parseDeployments, type Deployment} from './deployments.js';
import {classifyOcError, firstLine, type OcErrorKind} from './oc-errors.js';
import {applyRolloutLine, initialRollout, parseEvents, type Event, type RolloutProgress} from './rollout.js';

export type OcFailure = {ok: false; kind: OcErrorKind; message: string};

export async function listDeployments(
	runner: Runner,
	project: string,
): Promise<{ok: true; deployments: Deployment[]} | OcFailure> {
	const result = await runner.run({
		file: 'oc',
		args: ['get', 'deployments', '-n', project, '-o', 'json'],
		purpose: 'List the deployments and the image each container runs.',
	});
	if (!result.ok) return {ok: false, kind: classifyOcError(result.stderr), message: firstLine(result.stderr)};
	return {ok: true, deployments: parseDeployments(result.stdout)};
}

export function triggerArgs(
	project: string,
	deployment: string,
	container: string,
	imageStreamTag: string,
): string[] {
	return [
		'set',
		'triggers',
		`deployment/${deployment}`,
		`--from-image=${imageStreamTag}`,
		'-c',
		container,
		'-n',
		project,
	];
}

export async function setImageTrigger(
	runner: Runner,
	project: string,
	deployment: string,
	container: string,
	imageStreamTag: string,
) {
	const result = await runner.run({
		file: 'oc',
		args: triggerArgs(project, deployment, container, imageStreamTag),
		mutates: true,
		purpose: `Make container ${container} run ${imageStreamTag}, and roll out again whenever the tag moves.`,
	});
	return result.ok
		? ({ok: true} as const)
		: ({ok: false, kind: classifyOcError(result.stderr), message: firstLine(result.stderr)} as const);
}

export async function watchRollout(
	runner: Runner,
	project: string,
	deployment: string,
	onProgress: (progress: RolloutProgress) => void,
	signal?: AbortSignal,
): Promise<RolloutProgress> {
	let progress = initialRollout;
	let partial = '';
	const result = await runner.run({
		file: 'oc',
		args: ['rollout', 'status', `deployment/${deployment}`, '-n', project],
		purpose: 'Watch the new pods start until the rollout is done.',
		// In a dry run nothing rolls out, so there is nothing to watch.
		mutates: true,
		signal,
		onOutput(chunk) {
			const lines = (partial + chunk).split('\n');
			partial = lines.pop() ?? '';
			for (const line of lines) progress = applyRolloutLine(progress, line);
			onProgress(progress);
		},
	});
	if (result.skipped) {
		progress = {state: 'succeeded', message: 'dry run: nothing was rolled out'};
		onProgress(progress);
		return progress;
	}
	progress = applyRolloutLine(progress, partial);
	if (result.ok && progress.state !== 'succeeded')
		progress = applyRolloutLine(progress, `deployment "${deployment}" successfully rolled out`);
	if (!result.ok && progress.state !== 'failed') {
		progress = signal?.aborted
			? {...progress, state: 'failed', message: 'Stopped watching (the rollout goes on in the cluster).'}
			: applyRolloutLine(
					{...progress, state: 'failed', message: 'oc rollout status failed'},
					`error: ${firstLine(result.stderr).replace(/^error: /, '')}`,
				);
	}
	onProgress(progress);
	return progress;
}

export async function recentEvents(runner: Runner, project: string, deployment: string): Promise<Event[]> {
	const result = await runner.run({
		file: 'oc',
		args: ['get', 'events', '-n', project, '-o', 'json'],
		purpose: 'What the cluster said about the new pods.',
	});
	return result.ok ? parseEvents(result.stdout, deployment) : [];
}

export async function rollBack(runner: Runner, project: string, deployment: string) {
	const result = await runner.run({
		file: 'oc',
		args: ['rollout', 'undo', `deployment/${deployment}`, '-n', project],
		mutates: true,
		purpose: 'Go back to the previous version of the deployment.',
	});
	return result.ok
		? ({ok: true} as const)
		: ({ok: false, kind: classifyOcError(result.stderr), message: firstLine(result.stderr)} as const);
}
