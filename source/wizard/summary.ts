// What the wizard did, in words and as the equivalent commands: printed after the alternate screen is
// left, so it stays in the terminal's scrollback. Secrets are never in it: the script has oc write the
// registry credentials itself. Pure.

import {shellQuote} from '../exec/command-line.js';
import {ACCESS_LEVELS} from '../rahti/access.js';
import {shortDigest} from '../rahti/image-names.js';
import type {WizardState} from './reducer.js';

/** Where oc writes the registry credentials: podman's auth file is its default, docker's needs --to. */
export function registryLoginCommand(engine: string, registry: string): string {
	const base = `oc registry login --registry ${shellQuote(registry)}`;
	return engine === 'docker' ? `${base} --to "$HOME/.docker/config.json"` : base;
}

/** The commands a person would type to do the same, in order. */
export function equivalentCommands(state: WizardState): string[] {
	const {image, engine, project, pushed} = state;
	if (!image || !engine || !project || !pushed) return [];
	const {registry, name, tag} = pushed.target;
	const destination = `${registry}/${project}/${name}:${tag}`;
	const q = shellQuote;
	const commands = [
		'oc whoami',
		`oc create imagestream ${q(name)} -n ${q(project)}   # if it does not exist yet; a push to a missing one fails with HTTP 500`,
		registryLoginCommand(engine, registry),
		`${engine} tag ${q(image.ref)} ${q(destination)}`,
		`${engine} push ${q(destination)}`,
		`oc get istag ${q(`${name}:${tag}`)} -n ${q(project)}`,
	];
	if (state.access?.kind === 'set') commands.push(...state.access.commands);
	const deploy = state.deploy;
	if (deploy?.kind === 'done') {
		commands.push(
			`oc set triggers deployment/${q(deploy.deployment)} --from-image=${q(`${name}:${tag}`)} -c ${q(deploy.container)} -n ${q(project)}`,
			`oc rollout status deployment/${q(deploy.deployment)} -n ${q(project)}`,
		);
		if (deploy.result === 'rolled-back')
			commands.push(`oc rollout undo deployment/${q(deploy.deployment)} -n ${q(project)}`);
	}
	return commands;
}

export function summaryText(state: WizardState): string {
	const {image, engine, project, pushed} = state;
	if (!image || !pushed || !project) return '';
	const level =
		state.access?.kind === 'set'
			? ACCESS_LEVELS.find((a) => a.level === (state.access as {level: string}).level)?.title
			: undefined;
	const deploy = state.deploy;
	const deployLine =
		deploy?.kind === 'done'
			? `deployment/${deploy.deployment} (container ${deploy.container}) → ${pushed.target.name}:${pushed.target.tag}: ${
					{
						'rolled-out': 'rolled out',
						failed: 'rollout FAILED',
						'rolled-back': 'rollout failed; rolled back',
						'left-failing': 'rollout FAILED; left as it is',
					}[deploy.result]
				}`
			: `skipped. To run the image: oc new-app --image-stream=${project}/${pushed.target.name}:${pushed.target.tag} --name=${pushed.target.name} -n ${project}`;
	const lines = [
		'rahti-push: what was done',
		`  image    ${image.ref} (${engine}) → ${pushed.pullSpecs.public}`,
		`  digest   ${shortDigest(pushed.digest)}`,
		`  pull     ${pushed.pullSpecs.internal}   (inside the cluster)`,
		`  access   ${level ?? 'left as it was'}`,
		`  deploy   ${deployLine}`,
		'',
		'The same by hand (oc writes the registry credentials itself; no token is in these lines):',
		...equivalentCommands(state).map((command) => `  ${command}`),
		'',
	];
	return lines.join('\n');
}
