// What `podman push` and `docker push` print on a terminal, turned into layer rows. Pure and incremental:
// output arrives in chunks, lines are redrawn in place (cursor-up + \r), so every line is read as the
// latest word on its layer. Formats (seen from podman 4 / docker 20+):
//   podman: "Copying blob 07777808ea14 [====>----] 5.0MiB / 19.1MiB", "Copying blob … done",
//           "Copying blob … skipped: already exists", "Copying blob sha256:…" (no terminal),
//           "Copying config 72cb01eb09 …", "Writing manifest to image destination"
//   docker: "5f70bf18a086: Pushing [==>   ]  10.5MB/50MB", "…: Pushed", "…: Layer already exists",
//           "…: Mounted from p/other", "…: Waiting", "1.0: digest: sha256:… size: 1187"

import {stripAnsi} from '../exec/pty-wrap.js';

export type LayerState = 'waiting' | 'pushing' | 'done' | 'exists';

export type Layer = {
	readonly id: string;
	readonly state: LayerState;
	readonly current?: number;
	readonly total?: number;
};

export type PushProgress = {
	readonly layers: readonly Layer[];
	readonly phase: 'starting' | 'uploading' | 'manifest';
	readonly digest?: string;
	/** The last meaningful lines, for an error message. */
	readonly tail: readonly string[];
	/** An unfinished line from the last chunk. */
	readonly partial: string;
};

export const initialPushProgress: PushProgress = {layers: [], phase: 'starting', tail: [], partial: ''};

const UNIT: Record<string, number> = {
	b: 1,
	B: 1,
	KiB: 1024,
	MiB: 1024 ** 2,
	GiB: 1024 ** 3,
	kB: 1e3,
	KB: 1e3,
	MB: 1e6,
	GB: 1e9,
};

export function parseAmount(text: string): number | undefined {
	const match = /^([\d.]+)\s*([a-zA-Z]+)$/.exec(text.trim());
	const factor = match ? UNIT[match[2]!] : undefined;
	return match && factor !== undefined ? Math.round(Number(match[1]) * factor) : undefined;
}

const PODMAN_BYTES =
	/^Copying blob (?:sha256:)?([0-9a-f]{12})[0-9a-f]*\s+\[[^\]]*\]\s+([\d.]+\s*\w+)\s*\/\s*([\d.]+\s*\w+)/;
const PODMAN_DONE = /^Copying blob (?:sha256:)?([0-9a-f]{12})[0-9a-f]*\s+done/;
const PODMAN_EXISTS = /^Copying blob (?:sha256:)?([0-9a-f]{12})[0-9a-f]*\s+skipped: already exists/;
const PODMAN_START = /^Copying blob (?:sha256:)?([0-9a-f]{12})[0-9a-f]*/;
const DOCKER_LAYER =
	/^([0-9a-f]{12}): (Preparing|Waiting|Pushing|Pushed|Layer already exists|Mounted from \S+|Retrying in \d+ seconds?)(?:\s*\[[^\]]*\]\s*([\d.]+\s*\w+)\/([\d.]+\s*\w+))?/;
const DIGEST = /digest: (sha256:[0-9a-f]{64})/;

function upsert(layers: readonly Layer[], next: Layer): Layer[] {
	const index = layers.findIndex((layer) => layer.id === next.id);
	if (index === -1) return [...layers, next];
	const previous = layers[index]!;
	// A finished layer stays finished even if an older redraw of its line is read later.
	if ((previous.state === 'done' || previous.state === 'exists') && next.state === 'pushing')
		return [...layers];
	const merged = {
		...previous,
		...next,
		total: next.total ?? previous.total,
		current: next.current ?? previous.current,
	};
	if (next.state === 'done' && merged.total !== undefined) merged.current = merged.total;
	return layers.map((layer, i) => (i === index ? merged : layer));
}

function dockerState(word: string): LayerState {
	if (word === 'Pushed') return 'done';
	if (word === 'Layer already exists' || word.startsWith('Mounted from')) return 'exists';
	if (word === 'Pushing') return 'pushing';
	return 'waiting';
}

export function applyLine(progress: PushProgress, rawLine: string): PushProgress {
	const line = rawLine.trim();
	if (line === '') return progress;
	let layers = progress.layers;
	let phase = progress.phase;
	let match: RegExpExecArray | null;
	if ((match = PODMAN_BYTES.exec(line))) {
		layers = upsert(layers, {
			id: match[1]!,
			state: 'pushing',
			current: parseAmount(match[2]!),
			total: parseAmount(match[3]!),
		});
		phase = 'uploading';
	} else if ((match = PODMAN_DONE.exec(line))) layers = upsert(layers, {id: match[1]!, state: 'done'});
	else if ((match = PODMAN_EXISTS.exec(line))) layers = upsert(layers, {id: match[1]!, state: 'exists'});
	else if ((match = PODMAN_START.exec(line))) {
		if (!layers.some((layer) => layer.id === match![1]))
			layers = upsert(layers, {id: match[1]!, state: 'pushing'});
		phase = 'uploading';
	} else if ((match = DOCKER_LAYER.exec(line))) {
		const state = dockerState(match[2]!);
		layers = upsert(layers, {
			id: match[1]!,
			state,
			current: match[3] ? parseAmount(match[3]) : undefined,
			total: match[4] ? parseAmount(match[4]) : undefined,
		});
		if (state !== 'waiting') phase = 'uploading';
	} else if (/^Writing manifest|^Storing signatures|^Copying config/.test(line)) phase = 'manifest';
	const digest = DIGEST.exec(line)?.[1] ?? progress.digest;
	const tail = /^Copying|^[0-9a-f]{12}: /.test(line) ? progress.tail : [...progress.tail, line].slice(-8);
	return {...progress, layers, phase, digest, tail};
}

export function applyOutput(progress: PushProgress, chunk: string): PushProgress {
	const text = progress.partial + stripAnsi(chunk);
	const pieces = text.split(/\r\n|\r|\n/);
	const partial = pieces.pop() ?? '';
	let next = progress;
	for (const line of pieces) next = applyLine(next, line);
	return {...next, partial};
}

export type PushTotals = {current: number; total: number; finished: number; layers: number};

export function pushTotals(progress: PushProgress): PushTotals {
	let current = 0;
	let total = 0;
	let finished = 0;
	for (const layer of progress.layers) {
		if (layer.state === 'done' || layer.state === 'exists') finished++;
		if (layer.state === 'exists') continue;
		if (layer.total !== undefined) {
			total += layer.total;
			current += Math.min(layer.current ?? 0, layer.total);
		}
	}
	return {current, total, finished, layers: progress.layers.length};
}
