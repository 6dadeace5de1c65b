// `oc get projects -o json` (format in ../shared/RAHTI.md) → the user's projects. Pure parser + call.

import type {Runner} from '../exec/runner.js';
import {classifyOcError, firstLine, type OcErrorKind} from './oc-errors.js';

export type Project = {name: string; displayName: string; description: string};

export function parseProjects(json: string): Project[] {
	let data: unknown;
	try {
		data = JSON.parse(json);
	} catch {
		return [];
	}
	const items = (data as {items?: unknown})?.items;
	if (!Array.isArray(items)) return [];
	const projects: Project[] = [];
	for (const item of items as Array<{
		metadata?: {name?: unknown; annotations?: Record<string, unknown>};
		status?: {phase?: unknown};
	}>) {
		const name = item?.metadata?.name;
		if (typeof name !== 'string' || item.status?.phase === 'Terminating') continue;
		const annotations = item.metadata?.annotations ?? {};
		const text = (key: string) => (typeof annotations[key] === 'string' ? (annotations[key] as string) : '');
		projects.push({
			name,
			displayName: text('openshift.io/display-name'),
			description: text('openshift.io/description'),
		});
	}
	return projects.sort((a, b) => a.name.localeCompare(b.name));
}

export type ProjectList = {ok: true; projects: Project[]} | {ok: false; kind: OcErrorKind; message: string};

export async function listProjects(runner: Runner, signal?: AbortSignal): Promise<ProjectList> {
	const result = await runner.run({
		file: 'oc',
		args: ['get', 'projects', '-o', 'json'],
		purpose: 'List the projects you can use.',
		signal,
	});
	if (!result.ok) return {ok: false, kind: classifyOcError(result.stderr), message: firstLine(result.stderr)};
	return {ok: true, projects: parseProjects(result.stdout)};
}
