// Which mode a run is in, from the flags and whether there is a terminal. Pure and light: the CLI entry
// decides with it before loading either the full-screen wizard or the line modes.

import type {ModeOptions} from '../setup.js';
import {isComplete} from './choices.js';
import {parseChoices, type RawFlags} from './parse-flags.js';

export type CliFlags = RawFlags & {
	dryRun: boolean;
	practice: boolean;
	plain: boolean;
	json: boolean;
	script?: string;
	save: boolean;
};

export type Mode =
	| {kind: 'interactive'; options: ModeOptions}
	| {kind: 'plain'}
	| {kind: 'batch'}
	| {kind: 'error'; message: string};

export const modeOptions = (flags: CliFlags): ModeOptions => ({
	registry: flags.registry,
	dryRun: flags.dryRun,
	practice: flags.practice,
	save: flags.save,
	script: flags.script,
});

/** Full screen when there is a terminal and questions are wanted; lines otherwise. */
export function chooseMode(flags: CliFlags, env: NodeJS.ProcessEnv, isTerminal: boolean): Mode {
	const parsed = parseChoices(flags);
	if (!parsed.ok) return {kind: 'error', message: parsed.message};
	if (flags.plain || env.TERM === 'dumb') return {kind: 'plain'};
	if (!isTerminal || flags.json || (flags.yes && isComplete(parsed.choices))) return {kind: 'batch'};
	return {kind: 'interactive', options: {...modeOptions(flags), choices: parsed.choices}};
}
