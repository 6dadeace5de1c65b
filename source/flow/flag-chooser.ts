// Decisions from the flags alone: nothing is asked; what the flags do not settle is an error (exit 2)
// that names the flag to add.

import {findImage} from '../engine/find-image.js';
import type {Chooser} from './chooser.js';
import type {FlowChoices} from './choices.js';
import {EXIT, FlowError} from './exit-codes.js';

const usage = (message: string) => new FlowError(EXIT.usage, message);

export function flagChooser(choices: FlowChoices): Chooser {
	return {
		async image(images, engine) {
			const wanted = choices.image ?? '';
			const found = findImage(images, wanted);
			if (!found)
				throw usage(
					`No image "${wanted}" in ${engine}. Run "${engine} images" to see the names, then pass one with --image.`,
				);
			return found;
		},
		async project(projects) {
			if (!projects.some((p) => p.name === choices.project)) {
				throw usage(
					`You have no project "${choices.project}". Yours: ${projects.map((p) => p.name).join(', ') || 'none'}.`,
				);
			}
			return choices.project!;
		},
		async name(suggested) {
			return choices.name ?? suggested;
		},
		async tag(suggested) {
			return choices.tag ?? suggested;
		},
		async overwrite(reference, digest) {
			if (choices.yes) return true;
			throw usage(
				`${reference} already exists (${digest.slice(0, 19)}). Add --yes to replace it, or choose another --tag.`,
			);
		},
		async access(_current, _leftovers, suggested) {
			if (choices.noAccess) return 'skip';
			return choices.access ?? suggested;
		},
		async confirmPublic(project) {
			if (choices.yes) return true;
			throw usage(`Making the images of ${project} public needs --yes as well.`);
		},
		async deployment(deployments) {
			if (choices.noDeploy) return 'skip';
			const found = deployments.find((d) => d.name === choices.deployment);
			if (!found)
				throw usage(
					`No deployment "${choices.deployment}". There are: ${deployments.map((d) => d.name).join(', ') || 'none'} (or pass --no-deploy).`,
				);
			return found;
		},
		async container(deployment, suggested) {
			const wanted = choices.container ?? suggested;
			if (!wanted || !deployment.containers.some((c) => c.name === wanted)) {
				throw usage(
					`Deployment ${deployment.name} has containers ${deployment.containers.map((c) => c.name).join(', ')}: choose one with --container.`,
				);
			}
			return wanted;
		},
		async rollBack() {
			return false;
		},
	};
}
