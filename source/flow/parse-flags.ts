// Command-line flags → choices for the flow, with a clear message for a bad value. Pure.

import type {EngineName} from '../engine/types.js';
import type {AccessLevel} from '../rahti/access.js';
import {parseRemoteReference} from '../engine/remote-reference.js';
import type {FlowChoices} from './choices.js';

export type RawFlags = {
	image?: string;
	from?: string;
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
	if (flags.from !== undefined && flags.image !== undefined)
		return {
			ok: false,
			message: '--image (a local image) and --from (a remote one) contradict each other: choose one.',
		};
	if (flags.from !== undefined && flags.engine !== undefined)
		return {ok: false, message: '--from copies with skopeo: leave out --engine.'};
	let from: string | undefined;
	if (flags.from !== undefined) {
		const parsed = parseRemoteReference(flags.from);
		if (!parsed.ok) return {ok: false, message: `--from ${flags.from}: ${parsed.problem}`};
		from = parsed.reference.ref;
	}
	for (const key of [
		'image',
		'from',
		'project',
		'name',
		'tag',
		'registry',
		'deployment',
		'container',
	] as const) {
		if (flags[key] === '') return {ok: false, message: `--${key} needs a value.`};
	}
	const choices: FlowChoices = {
		image: flags.image,
		from,
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
