// Local image lists from both engines' formats (../shared/RAHTI.md): docker prints one JSON object per
// line with human sizes; podman prints one JSON array with bytes and unix seconds. Pure.

import type {LocalImage} from './types.js';

const UNITS: Record<string, number> = {
	b: 1,
	kb: 1e3,
	mb: 1e6,
	gb: 1e9,
	tb: 1e12,
	kib: 1024,
	mib: 1024 ** 2,
	gib: 1024 ** 3,
};

/** docker's "52.4MB", "3.54kB", "1.2GB" (decimal units) → bytes. */
export function parseHumanSize(text: string | undefined): number | undefined {
	const match = /^\s*([\d.]+)\s*([kmgt]?i?b)\s*$/i.exec(text ?? '');
	if (!match) return undefined;
	const factor = UNITS[match[2]!.toLowerCase()];
	return factor === undefined ? undefined : Math.round(Number(match[1]) * factor);
}

/** docker's CreatedAt: "2026-12-03 19:25:59 +0000 UTC". */
export function parseDockerDate(text: string | undefined): Date | undefined {
	const match = /^(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d) ([+-]\d\d)(\d\d)/.exec(text ?? '');
	if (!match) return undefined;
	const date = new Date(`${match[1]}T${match[2]}${match[3]}:${match[4]}`);
	return Number.isNaN(date.getTime()) ? undefined : date;
}

const isNone = (value: string | undefined) => !value || value === '<none>';

function splitRef(ref: string): {repository: string; tag: string} {
	const slash = ref.lastIndexOf('/');
	const colon = ref.lastIndexOf(':');
	return colon > slash
		? {repository: ref.slice(0, colon), tag: ref.slice(colon + 1)}
		: {repository: ref, tag: 'latest'};
}

export function parseDockerImages(output: string): LocalImage[] {
	const images: LocalImage[] = [];
	for (const line of output.split('\n')) {
		if (line.trim() === '') continue;
		let parsed: unknown;
		try {
			parsed = JSON.parse(line);
		} catch {
			continue;
		}
		if (!parsed || typeof parsed !== 'object') continue;
		const row = parsed as Record<string, unknown>;
		const repository = typeof row.Repository === 'string' ? row.Repository : undefined;
		const tag = typeof row.Tag === 'string' ? row.Tag : undefined;
		if (isNone(repository) || isNone(tag)) continue;
		images.push({
			ref: `${repository}:${tag}`,
			repository: repository!,
			tag: tag!,
			id: typeof row.ID === 'string' ? row.ID : '',
			sizeBytes: parseHumanSize(typeof row.Size === 'string' ? row.Size : undefined),
			createdAt: parseDockerDate(typeof row.CreatedAt === 'string' ? row.CreatedAt : undefined),
		});
	}
	return uniqueByRef(images);
}

export function parsePodmanImages(output: string): LocalImage[] {
	let rows: unknown;
	try {
		rows = JSON.parse(output.trim() || '[]');
	} catch {
		return [];
	}
	if (!Array.isArray(rows)) return [];
	const images: LocalImage[] = [];
	for (const row of rows as Array<Record<string, unknown>>) {
		if (!row || typeof row !== 'object') continue;
		const names = Array.isArray(row.Names) ? row.Names.filter((n): n is string => typeof n === 'string') : [];
		const created = typeof row.Created === 'number' ? new Date(row.Created * 1000) : undefined;
		const id = typeof row.Id === 'string' ? row.Id.replace(/^sha256:/, '').slice(0, 12) : '';
		for (const ref of names) {
			if (ref.includes('<none>')) continue;
			images.push({
				ref,
				...splitRef(ref),
				id,
				sizeBytes: typeof row.Size === 'number' ? row.Size : undefined,
				createdAt: created,
			});
		}
	}
	return uniqueByRef(images);
}

/** Newest first; one row per name:tag. */
export function uniqueByRef(images: readonly LocalImage[]): LocalImage[] {
	const seen = new Set<string>();
	const unique = images.filter((image) => !seen.has(image.ref) && seen.add(image.ref));
	return unique.sort((a, b) => (b.createdAt?.getTime() ?? 0) - (a.createdAt?.getTime() ?? 0));
}
