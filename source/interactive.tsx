// The full-screen wizard: alternate screen, render, wait, restore. Loaded only when a terminal is there.

import {writeFile} from 'node:fs/promises';
import {render} from 'ink';
import {App} from './app.js';
import {setUp, type ModeOptions} from './setup.js';
import {Root} from './root.js';
import {createAltScreen, guardTerminal} from './terminal/alt-screen.js';
import {makeTheme} from './ui/theme.js';
import type {WizardState} from './wizard/reducer.js';
import {renderScript} from './wizard/script.js';
import {summaryText} from './wizard/summary.js';

export async function runInteractive(env: NodeJS.ProcessEnv, options: ModeOptions): Promise<number> {
	const {runner, settings, warning} = setUp(env, options);
	const services = {runner, settings, env, options};
	const screen = createAltScreen(process.stdout);
	screen.enter();
	let unmount = () => {};
	let state: WizardState | undefined;
	const unguard = guardTerminal(screen, () => {
		services.runner.stopAll();
		unmount();
	});
	try {
		const instance = render(
			<Root services={services} theme={makeTheme(env)}>
				<App notice={warning} onState={(next) => (state = next)} />
			</Root>,
			// Ink's default 30 fps throttle delays a key right after a frame by up to ~33 ms; our own views
			// already batch fast output (push progress at most ~10 times a second).
			{exitOnCtrlC: false, patchConsole: true, maxFps: 60},
		);
		unmount = () => instance.unmount();
		await instance.waitUntilExit();
		return 0;
	} finally {
		services.runner.stopAll();
		unguard();
		screen.leave();
		// After leaving the alternate screen, so it stays in the scrollback.
		if (state) await finish(state, options);
	}
}

/** The summary, and the script: written with --script, printed after a dry run. */
async function finish(state: WizardState, options: ModeOptions) {
	const summary = summaryText(state);
	if (!summary) return;
	process.stdout.write(`${summary}\n`);
	if (options.script) {
		await writeFile(options.script, renderScript(state), {mode: 0o755});
		process.stdout.write(`The script is in ${options.script}\n`);
	} else if (options.dryRun)
		process.stdout.write(`The script (nothing was changed):\n\n${renderScript(state)}`);
}
