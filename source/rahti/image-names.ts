// Image stream names and tags: the real rules, the reason a value breaks them, defaults from a source
// image, and the pull specs of a pushed tag. Pure.

import {RAHTI2} from './cluster.js';

/** A lowercase RFC 1123 subdomain (what OpenShift requires of an ImageStream name). */
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;

export function imageStreamNameProblem(name: string): string | undefined {
	if (name === '') return 'Type a name.';
	if (name.length > 253) return 'At most 253 characters.';
	if (/[A-Z]/.test(name)) return 'Lowercase only.';
	if (/^[-.]/.test(name) || /[-.]$/.test(name)) return 'Must start and end with a letter or digit.';
	if (/[^a-z0-9.-]/.test(name)) return 'Only a-z, 0-9, "-" and "." are allowed.';
	if (!DNS1123_SUBDOMAIN.test(name))
		return 'Each dot-separated part must start and end with a letter or digit.';
	return undefined;
}

export function tagProblem(tag: string): string | undefined {
	if (tag === '') return 'Type a tag.';
	if (tag.length > 128) return 'At most 128 characters.';
	if (/^[.-]/.test(tag)) return 'Must not start with "." or "-".';
	if (!TAG.test(tag)) return 'Only letters, digits, "_", "." and "-" are allowed.';
	return undefined;
}

/** localhost/team/My_App:1.2 → {name: "my-app", tag: "1.2"} */
export function defaultTarget(repository: string, tag: string): {name: string; tag: string} {
	const last = repository.split('/').pop() ?? repository;
	let name = last
		.toLowerCase()
		.replace(/[^a-z0-9.-]+/g, '-')
		.replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '');
	if (imageStreamNameProblem(name)) name = 'app';
	return {name, tag: tagProblem(tag) ? 'latest' : tag};
}

export type PullSpecs = {public: string; internal: string};

export function pullSpecs(registry: string, project: string, name: string, tag: string): PullSpecs {
	return {
		public: `${registry}/${project}/${name}:${tag}`,
		internal: `${RAHTI2.internalRegistry}/${project}/${name}:${tag}`,
	};
}

/** sha256: and the first 12 hex digits. */
export function shortDigest(digest: string): string {
	return digest.replace(/^(sha256:[0-9a-f]{12}).*$/, '$1');
}

/** Name remembered for the project, else from the image; the tag follows the image unless it says nothing ("latest"). */
export function initialTarget(
	image: {repository: string; tag: string},
	remembered: {imageStream?: string; tag?: string} | undefined,
) {
	const fromImage = defaultTarget(image.repository, image.tag);
	return {
		name: remembered?.imageStream ?? fromImage.name,
		tag: fromImage.tag === 'latest' && remembered?.tag ? remembered.tag : fromImage.tag,
	};
}
