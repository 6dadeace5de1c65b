// What the wizard did, in words and as the equivalent commands: printed after the alternate screen is
// left, so it stays in the terminal's scrollback. Secrets are never in it: the script has oc write the
// registry credentials itself. Pure.

import {ACCESS_LEVELS} from '../rahti/access.js';
import {shortDigest} from '../rahti/image-names.js';
import type {WizardState} from './reducer.js';
import {scriptSteps} from './script.js';

/** The commands a person would type to do the same, in order (the script without its comments). */
export function equivalentCommands(state: WizardState): string[] {
	return scriptSteps(state).map((step) => step.command);
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
		`  digest   ${pushed.digest ? shortDigest(pushed.digest) : 'none: dry run, nothing was pushed or changed'}`,
		`  pull     ${pushed.pullSpecs.internal}   (inside the cluster)`,
		`  access   ${level ?? 'left as it was'}`,
		`  deploy   ${deployLine}`,
		'',
		'The same by hand (the token is read at run time by oc whoami -t; it is in none of these lines):',
		...equivalentCommands(state).map((command) => `  ${command}`),
		'',
	];
	return lines.join('\n');
}
