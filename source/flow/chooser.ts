// Where the flow gets a decision it has no flag for: from the flags alone (no questions; a missing
// answer is an error), or by asking one question at a time (--plain).

import type {EngineName, LocalImage} from '../engine/types.js';
import type {AccessLevel, Leftover} from '../rahti/access.js';
import type {Deployment} from '../rahti/deployments.js';
import type {Event} from '../rahti/rollout.js';
import type {Project} from '../rahti/projects.js';

export type Chooser = {
	/** A local image, or `{remote}`: the name of a remote one to copy with skopeo instead. */
	image(images: readonly LocalImage[], engine: EngineName): Promise<LocalImage | {remote: string}>;
	/** No local engine works, or it has no images: a remote image instead, if the chooser can ask. */
	remote?(why: string): Promise<string>;
	project(projects: readonly Project[], last?: string): Promise<string>;
	name(suggested: string): Promise<string>;
	tag(suggested: string): Promise<string>;
	overwrite(reference: string, digest: string): Promise<boolean>;
	access(
		current: AccessLevel,
		leftovers: readonly Leftover[],
		suggested: AccessLevel,
	): Promise<AccessLevel | 'skip'>;
	confirmPublic(project: string): Promise<boolean>;
	deployment(deployments: readonly Deployment[], suggested?: string): Promise<Deployment | 'skip'>;
	container(deployment: Deployment, suggested?: string): Promise<string>;
	rollBack(deployment: string, events: readonly Event[]): Promise<boolean>;
};
