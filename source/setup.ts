// What every mode builds first from the flags: the runner (real, dry-run or practice) and the settings
// (saved or not). No Ink here.

import {existsSync} from 'node:fs';
import path from 'node:path';
import {
	configDirectory,
	inMemory,
	openSettings,
	unsaved,
	type OpenedSettings,
	type Settings,
} from './config.js';
import {createRunner, type Runner} from './exec/runner.js';
import type {FlowChoices} from './flow/choices.js';
import {practiceExecutor} from './practice/practice-executor.js';

export type ModeOptions = {
	registry?: string;
	/** What the flags already answer: the full-screen wizard preselects it. */
	choices?: FlowChoices;
	dryRun: boolean;
	practice: boolean;
	save: boolean;
	script?: string;
};

export function setUp(
	env: NodeJS.ProcessEnv,
	options: ModeOptions,
): {runner: Runner; settings: Settings; warning?: string} {
	const {settings, warning} = settingsFor(env, options);
	const runner = createRunner(env, {
		dryRun: options.dryRun,
		executor: options.practice ? practiceExecutor() : undefined,
	});
	return {runner, settings, warning};
}

/** Practice never touches the real preferences; --no-save reads them but creates or writes nothing. */
function settingsFor(env: NodeJS.ProcessEnv, options: ModeOptions): OpenedSettings {
	const directory = configDirectory(env);
	if (options.practice) return {settings: inMemory(path.join(directory, 'config.json'))};
	if (options.save) return openSettings(env);
	if (!existsSync(directory)) return {settings: inMemory(path.join(directory, 'config.json'))};
	const opened = openSettings(env);
	return {...opened, settings: unsaved(opened.settings)};
}
