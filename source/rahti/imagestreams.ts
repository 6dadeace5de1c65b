// Image streams: read one (its tags and digests, its public repository), create one, and read the
// digest an image stream tag points at (to verify a push). Parsers are pure.

import type {Runner} from '../exec/runner.js';
import {classifyOcError, firstLine, type OcErrorKind} from './oc-errors.js';

export type ImageStream = {
	name: string;
	publicRepository: string;
	internalRepository: string;
	tags: Array<{tag: string; digest: string}>;
};

export function parseImageStream(json: string): ImageStream | undefined {
	try {
		const data = JSON.parse(json) as {
			metadata?: {name?: string};
			status?: {
				publicDockerImageRepository?: string;
				dockerImageRepository?: string;
				tags?: Array<{tag?: string; items?: Array<{image?: string}>}>;
			};
		};
		if (typeof data?.metadata?.name !== 'string') return undefined;
		const tags = (data.status?.tags ?? [])
			.map((t) => ({tag: t.tag ?? '', digest: t.items?.[0]?.image ?? ''}))
			.filter((t) => t.tag && t.digest);
		return {
			name: data.metadata.name,
			publicRepository: data.status?.publicDockerImageRepository ?? '',
			internalRepository: data.status?.dockerImageRepository ?? '',
			tags,
		};
	} catch {
		return undefined;
	}
}

/** `oc get istag N:T -o json` → image.metadata.name is the digest. */
export function parseImageStreamTagDigest(json: string): string | undefined {
	try {
		const digest = (JSON.parse(json) as {image?: {metadata?: {name?: unknown}}})?.image?.metadata?.name;
		return typeof digest === 'string' && digest.startsWith('sha256:') ? digest : undefined;
	} catch {
		return undefined;
	}
}

export type OcFailure = {ok: false; kind: OcErrorKind; message: string};

export async function getImageStream(
	runner: Runner,
	project: string,
	name: string,
): Promise<{ok: true; stream?: ImageStream} | OcFailure> {
	const result = await runner.run({
		file: 'oc',
		args: ['get', 'imagestream', name, '-n', project, '-o', 'json'],
		purpose: 'Does the image stream exist yet, and which tags does it have?',
	});
	if (result.ok) return {ok: true, stream: parseImageStream(result.stdout)};
	const kind = classifyOcError(result.stderr);
	if (kind === 'not-found') return {ok: true, stream: undefined};
	return {ok: false, kind, message: firstLine(result.stderr)};
}

export async function createImageStream(
	runner: Runner,
	project: string,
	name: string,
): Promise<{ok: true} | OcFailure> {
	const result = await runner.run({
		file: 'oc',
		args: ['create', 'imagestream', name, '-n', project],
		mutates: true,
		purpose: 'Create the image stream first: Rahti answers a push to a missing one with HTTP 500.',
	});
	if (result.ok || /AlreadyExists/.test(result.stderr)) return {ok: true};
	return {ok: false, kind: classifyOcError(result.stderr), message: firstLine(result.stderr)};
}

export async function getImageStreamTagDigest(
	runner: Runner,
	project: string,
	name: string,
	tag: string,
): Promise<{ok: true; digest?: string} | OcFailure> {
	const result = await runner.run({
		file: 'oc',
		args: ['get', 'istag', `${name}:${tag}`, '-n', project, '-o', 'json'],
		purpose: 'Check that the image stream tag points at the image just pushed.',
	});
	if (result.ok) return {ok: true, digest: parseImageStreamTagDigest(result.stdout)};
	const kind = classifyOcError(result.stderr);
	if (kind === 'not-found') return {ok: true, digest: undefined};
	return {ok: false, kind, message: firstLine(result.stderr)};
}
