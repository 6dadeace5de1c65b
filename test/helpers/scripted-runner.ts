// For view tests only: a Runner that answers from a table instead of starting processes, so a view's
// every state can be shown quickly. (Integration and end-to-end tests use the real runner.)

import type {CommandRecord, CommandResult, CommandSpec, Runner} from '../../source/exec/runner.js';

export type Answer =
	Partial<CommandResult> | ((spec: CommandSpec) => Partial<CommandResult> | Promise<Partial<CommandResult>>);

export function scriptedRunner(answers: Record<string, Answer>): Runner & {calls: CommandSpec[]} {
	const calls: CommandSpec[] = [];
	let records: readonly CommandRecord[] = [];
	const listeners = new Set<() => void>();
	return {
		calls,
		dryRun: false,
		records: () => records,
		stopAll() {},
		subscribe(listener) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
		async run(spec) {
			calls.push(spec);
			const line = [spec.file, ...spec.args].join(' ');
			const key = Object.keys(answers)
				.filter((prefix) => line.startsWith(prefix))
				.sort((a, b) => b.length - a.length)[0];
			const answer = key === undefined ? {ok: false, notFound: true} : answers[key]!;
			const partial = typeof answer === 'function' ? await answer(spec) : answer;
			const ok = partial.ok ?? true;
			// Replaced, not mutated, and announced: as the real runner does for the teaching view.
			records = [
				...records,
				{id: records.length + 1, display: line, purpose: spec.purpose, state: ok ? 'ok' : 'failed'},
			];
			for (const listener of listeners) listener();
			return {
				ok,
				exitCode: ok ? 0 : 1,
				stdout: '',
				stderr: '',
				notFound: false,
				timedOut: false,
				canceled: false,
				...partial,
			};
		},
	};
}
