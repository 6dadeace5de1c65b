// The wizard's work as a runnable, commented shell script. Secrets are never written: the registry
// login reads the token at run time (`oc whoami -t`) and hands it over on stdin. Pure.

import {shellQuote as q} from '../exec/command-line.js';
import {copyArgs} from '../engine/remote-image.js';
import type {Transport} from '../engine/types.js';
import type {WizardState} from './reducer.js';

export type ScriptStep = {comment: string; command: string};

export function scriptSteps(state: WizardState): ScriptStep[] {
	const {image, engine, project, pushed} = state;
	if (!image || !engine || !project || !pushed) return [];
	const {registry, name, tag} = pushed.target;
	const destination = `${registry}/${project}/${name}:${tag}`;
	const steps: ScriptStep[] = [
		{comment: 'Check the login (run oc login again if this fails).', command: 'oc whoami'},
		{
			comment: 'Create the image stream first: Rahti answers a push to a missing one with HTTP 500.',
			command: `oc get imagestream ${q(name)} -n ${q(project)} >/dev/null 2>&1 || oc create imagestream ${q(name)} -n ${q(project)}`,
		},
		{
			comment: 'Log in to the registry: the token is read now and passed on stdin, never on a command line.',
			command: `oc whoami -t | ${engine} login -u "$(oc whoami)" --password-stdin ${q(registry)}`,
		},
		...uploadSteps(engine, image.ref, destination),
		{
			comment: 'Check that the image stream tag points at it.',
			command: `oc get istag ${q(`${name}:${tag}`)} -n ${q(project)}`,
		},
	];
	if (state.access?.kind === 'set') {
		for (const command of state.access.commands) steps.push({comment: 'Who may pull the images.', command});
	}
	const deploy = state.deploy;
	if (deploy?.kind === 'done') {
		steps.push(
			{
				comment:
					'Run the image stream tag in the deployment (the web console\'s "Deploy images from an image stream tag").',
				command: `oc set triggers deployment/${q(deploy.deployment)} --from-image=${q(`${name}:${tag}`)} -c ${q(deploy.container)} -n ${q(project)}`,
			},
			{
				comment: 'Watch the rollout.',
				command: `oc rollout status deployment/${q(deploy.deployment)} -n ${q(project)}`,
			},
		);
		if (deploy.result === 'rolled-back') {
			steps.push({
				comment: 'The rollout failed and was rolled back.',
				command: `oc rollout undo deployment/${q(deploy.deployment)} -n ${q(project)}`,
			});
		}
	}
	return steps;
}

/** The engine's own way to get the image there: podman pushes by source, docker by name, skopeo copies. */
function uploadSteps(engine: Transport, source: string, destination: string): ScriptStep[] {
	if (engine === 'skopeo') {
		return [
			{
				comment: `Copy it registry to registry (the source is read with the logins skopeo, podman or docker saved).`,
				command: `skopeo ${copyArgs(source, destination).map(q).join(' ')}`,
			},
		];
	}
	if (engine === 'podman')
		return [
			{comment: 'Upload it under its Rahti name.', command: `podman push ${q(source)} ${q(destination)}`},
		];
	return [
		{
			comment: 'Name the image for the Rahti registry (docker pushes by name).',
			command: `docker tag ${q(source)} ${q(destination)}`,
		},
		{comment: 'Upload it.', command: `docker push ${q(destination)}`},
		{
			comment: `Remove that extra name again (the image stays as ${source}).`,
			command: `docker rmi ${q(destination)}`,
		},
	];
}

export function renderScript(state: WizardState, now: Date = new Date()): string {
	const lines = [
		'#!/usr/bin/env bash',
		`# Written by rahti-push on ${now.toISOString().slice(0, 10)}: what it did, as commands you can read and run.`,
		'# Needs: oc (logged in), and the container engine used below. No secret is stored in this file.',
		'set -euo pipefail',
		'',
	];
	for (const step of scriptSteps(state)) lines.push(`# ${step.comment}`, step.command, '');
	return lines.join('\n');
}
