// What every mode builds first from the flags: the runner (real, dry-run or practice) and the settings
// (saved or not). No Ink here.

import {openSettings, unsaved, type Settings} from './config.js';
import {createRunner, type Runner} from './exec/runner.js';
import {practiceExecutor} from './practice/practice-executor.js';

export type ModeOptions = {
	registry?: string;
	dryRun: boolean;
	practice: boolean;
	save: boolean;
	script?: string;
};

export function setUp(
	env: NodeJS.ProcessEnv,
	options: ModeOptions,
): {runner: Runner; settings: Settings; warning?: string} {
	const opened = openSettings(env);
	// Practice never touches the real preferences.
	const settings = options.save && !options.practice ? opened.settings : unsaved(opened.settings);
	const runner = createRunner(env, {
		dryRun: options.dryRun,
		executor: options.practice ? practiceExecutor() : undefined,
	});
	return {runner, settings, warning: opened.warning};
}
