// An image named the way a person names it: `myapp:1.0` finds localhost/myapp:1.0 (podman's name for a
// local build) or docker.io/library/myapp:1.0; without a tag, `:latest`, or the only tag there is. Pure.

import type {LocalImage} from './types.js';

const PREFIXES = ['', 'localhost/', 'docker.io/library/', 'docker.io/'];

export function findImage(images: readonly LocalImage[], wanted: string): LocalImage | undefined {
	const named = (ref: string) => images.find((image) => image.ref === ref);
	for (const prefix of PREFIXES) {
		const found = named(`${prefix}${wanted}`);
		if (found) return found;
	}
	const lastPart = wanted.split('/').at(-1)!;
	if (lastPart.includes(':') || wanted.includes('@')) return undefined;
	for (const prefix of PREFIXES) {
		const found = named(`${prefix}${wanted}:latest`);
		if (found) return found;
	}
	const tags = images.filter((image) => PREFIXES.some((prefix) => image.repository === `${prefix}${wanted}`));
	return tags.length === 1 ? tags[0] : undefined;
}
