// Command-line flags → choices for the flow, with a clear message for a bad value. Pure.

import type {EngineName} from '../engine/types.js';
import type {AccessLevel} from '../rahti/access.js';
import type {FlowChoices} from './choices.js';

export type RawFlags = {
	image?: string;
	engine?: string;
	project?: string;
	name?: string;
	tag?: string;
	registry?: string;
	access?: string | boolean;
	deployment?: string;
	container?: string;
	deploy?: boolean;
	yes?: boolean;
};

const ENGINES = ['docker', 'podman'];
const LEVELS = ['private', 'authenticated', 'public'];

export function parseChoices(
	flags: RawFlags,
): {ok: true; choices: FlowChoices} | {ok: false; message: string} {
	if (flags.engine !== undefined && !ENGINES.includes(flags.engine))
		return {ok: false, message: `--engine must be docker or podman, not "${flags.engine}".`};
	if (typeof flags.access === 'string' && !LEVELS.includes(flags.access)) {
		return {ok: false, message: `--access must be private, authenticated or public, not "${flags.access}".`};
	}
	if (flags.deploy === false && flags.deployment)
		return {ok: false, message: '--deployment and --no-deploy contradict each other: choose one.'};
	for (const key of ['image', 'project', 'name', 'tag', 'registry', 'deployment', 'container'] as const) {
		if (flags[key] === '') return {ok: false, message: `--${key} needs a value.`};
	}
	const choices: FlowChoices = {
		image: flags.image,
		engine: flags.engine as EngineName | undefined,
		project: flags.project,
		name: flags.name,
		tag: flags.tag,
		registry: flags.registry,
		access: typeof flags.access === 'string' ? (flags.access as AccessLevel) : undefined,
		noAccess: flags.access === false,
		deployment: flags.deployment,
		container: flags.container,
		noDeploy: flags.deploy === false,
		yes: flags.yes ?? false,
	};
	return {ok: true, choices: JSON.parse(JSON.stringify(choices)) as FlowChoices};
}
