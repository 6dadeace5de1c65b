// What the command-line flags decide in advance, and what is still missing when no one can be asked.

import type {EngineName} from '../engine/types.js';
import type {AccessLevel} from '../rahti/access.js';

export type FlowChoices = {
	image?: string;
	/** A remote image to copy with skopeo, instead of a local --image. */
	from?: string;
	engine?: EngineName;
	project?: string;
	name?: string;
	tag?: string;
	registry?: string;
	access?: AccessLevel;
	noAccess?: boolean;
	deployment?: string;
	container?: string;
	noDeploy?: boolean;
	/** Yes to every confirmation (overwrite a tag, make images public). */
	yes?: boolean;
};

/** The flags without which a run with no questions cannot start, with what each is for. */
export function missingFlags(choices: FlowChoices): string[] {
	const missing: string[] = [];
	if (!choices.image && !choices.from)
		missing.push(
			'--image IMAGE (a local image, e.g. myapp:1.0), or --from REMOTE (e.g. ghcr.io/org/app:1.0)',
		);
	if (!choices.project) missing.push('--project PROJECT (a Rahti project)');
	if (!choices.access && !choices.noAccess)
		missing.push('--access private|authenticated|public, or --no-access');
	if (!choices.deployment && !choices.noDeploy) missing.push('--deployment NAME, or --no-deploy');
	return missing;
}

export function isComplete(choices: FlowChoices): boolean {
	return missingFlags(choices).length === 0;
}
