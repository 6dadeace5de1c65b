// Reading role bindings and running an access plan through the runner.

import type {Runner} from '../exec/runner.js';
import {parseRoleBindings, type PlannedCommand, type RoleBinding} from './access.js';
import {classifyOcError, firstLine, type OcErrorKind} from './oc-errors.js';

export type OcFailure = {ok: false; kind: OcErrorKind; message: string};

export async function readRoleBindings(
	runner: Runner,
	project: string,
): Promise<{ok: true; bindings: RoleBinding[]} | OcFailure> {
	const result = await runner.run({
		file: 'oc',
		args: ['get', 'rolebindings', '-n', project, '-o', 'json'],
		purpose: 'Who may do what in the project (image pulls included).',
	});
	if (!result.ok) return {ok: false, kind: classifyOcError(result.stderr), message: firstLine(result.stderr)};
	return {ok: true, bindings: parseRoleBindings(result.stdout)};
}

export async function runPlan(
	runner: Runner,
	plan: readonly PlannedCommand[],
): Promise<{ok: true} | (OcFailure & {failed: PlannedCommand})> {
	for (const command of plan) {
		const result = await runner.run({
			file: 'oc',
			args: command.args,
			purpose: command.purpose,
			mutates: true,
		});
		if (!result.ok)
			return {
				ok: false,
				kind: classifyOcError(result.stderr),
				message: firstLine(result.stderr),
				failed: command,
			};
	}
	return {ok: true};
}
