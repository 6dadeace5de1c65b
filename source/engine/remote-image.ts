// A remote image, looked at and copied with skopeo: registry to registry, no local docker or podman
// needed (CSC's "manual image caching", and the Rahti 1 → Rahti 2 copy). The source is read with the
// credentials podman/docker/skopeo login already saved; the Rahti side gets a private auth file.

import type {Runner} from '../exec/runner.js';
import {classifyRemoteError, type RemoteProblem} from './remote-errors.js';
import {RAHTI1_REGISTRY, type RemoteReference} from './remote-reference.js';
import type {LocalImage} from './types.js';

/** What `skopeo inspect` says of an image, as the rest of the wizard knows images. */
export type RemoteImage = LocalImage & {
	readonly remote: true;
	readonly digest: string;
	readonly layers: number | undefined;
};

export function parseSkopeoInspect(json: string, reference: RemoteReference): RemoteImage | undefined {
	try {
		const data = JSON.parse(json) as {
			Digest?: unknown;
			Created?: unknown;
			Layers?: unknown[] | null;
			// skopeo 1.10 and later; older ones list only the layer digests.
			LayersData?: Array<{Size?: unknown}> | null;
		};
		if (typeof data.Digest !== 'string' || !data.Digest.startsWith('sha256:')) return undefined;
		const sizes = (data.LayersData ?? []).map((layer) => layer.Size);
		const created = typeof data.Created === 'string' ? new Date(data.Created) : undefined;
		return {
			remote: true,
			ref: reference.ref,
			repository: reference.repository,
			tag: reference.tag,
			id: data.Digest,
			digest: data.Digest,
			layers: Array.isArray(data.Layers) ? data.Layers.length : undefined,
			sizeBytes:
				sizes.length > 0 && sizes.every((s) => typeof s === 'number')
					? (sizes as number[]).reduce((a, b) => a + b, 0)
					: undefined,
			createdAt: created && !Number.isNaN(created.getTime()) ? created : undefined,
		};
	} catch {
		return undefined;
	}
}

export async function inspectRemote(
	runner: Runner,
	reference: RemoteReference,
	signal?: AbortSignal,
): Promise<{ok: true; image: RemoteImage} | {ok: false; problem: RemoteProblem}> {
	const result = await runner.run({
		file: 'skopeo',
		args: ['inspect', '--no-tags', `docker://${reference.ref}`],
		purpose: 'Read the remote image’s digest and size, without downloading it.',
		timeoutMs: 60_000,
		signal,
	});
	if (result.notFound) return {ok: false, problem: classifyRemoteError('', reference, true)};
	if (!result.ok) return {ok: false, problem: classifyRemoteError(result.stderr, reference)};
	const image = parseSkopeoInspect(result.stdout, reference);
	if (!image)
		return {
			ok: false,
			problem: {kind: 'unknown', message: 'skopeo inspect said nothing readable.', fix: 'Retry.'},
		};
	return {ok: true, image};
}

/**
 * skopeo copy's arguments. The wizard passes its private auth and digest files; the script leaves them
 * out (skopeo login saved the credentials there). Rahti 1 images are written as OCI, as CSC's guide does.
 */
export function copyArgs(
	source: string,
	destination: string,
	files?: {authFile: string; digestFile: string},
): string[] {
	const format = source.startsWith(`${RAHTI1_REGISTRY}/`) ? ['--format', 'oci'] : [];
	const own = files ? ['--dest-authfile', files.authFile, '--digestfile', files.digestFile] : [];
	return ['copy', ...format, ...own, `docker://${source}`, `docker://${destination}`];
}
