import type {Runner} from '../exec/runner.js';
import {classifyEngineError, type EngineProblem} from './engine-errors.js';
import {parseDockerImages, parsePodmanImages} from './parse-images.js';
import type {EngineName, LocalImage} from './types.js';

export type ImageList = {ok: true; images: LocalImage[]} | ({ok: false} & EngineProblem);

const ARGS: Record<EngineName, string[]> = {
	docker: ['images', '--format', '{{json .}}'],
	podman: ['images', '--format', 'json'],
};

export async function listImages(
	runner: Runner,
	engine: EngineName,
	signal?: AbortSignal,
): Promise<ImageList> {
	const result = await runner.run({
		file: engine,
		args: ARGS[engine],
		purpose: 'List the images on this machine.',
		signal,
	});
	if (!result.ok) return {ok: false, ...classifyEngineError(engine, result.stderr)};
	const images = engine === 'docker' ? parseDockerImages(result.stdout) : parsePodmanImages(result.stdout);
	return {ok: true, images};
}
