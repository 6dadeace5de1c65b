// The full-screen wizard: alternate screen, render, wait, restore. Loaded only when a terminal is there.

import {render} from 'ink';
import {App} from './app.js';
import {setUp, type ModeOptions} from './setup.js';
import {Root} from './root.js';
import {createAltScreen, guardTerminal} from './terminal/alt-screen.js';
import {makeTheme} from './ui/theme.js';

export async function runInteractive(env: NodeJS.ProcessEnv, options: ModeOptions): Promise<number> {
	const {runner, settings, warning} = setUp(env, options);
	const services = {runner, settings, env, options};
	const screen = createAltScreen(process.stdout);
	screen.enter();
	let unmount = () => {};
	let summary = '';
	const unguard = guardTerminal(screen, () => {
		services.runner.stopAll();
		unmount();
	});
	try {
		const instance = render(
			<Root services={services} theme={makeTheme(env)}>
				<App notice={warning} onSummary={(text) => (summary = text)} />
			</Root>,
			{exitOnCtrlC: false, patchConsole: true},
		);
		unmount = () => instance.unmount();
		await instance.waitUntilExit();
		return 0;
	} finally {
		services.runner.stopAll();
		unguard();
		screen.leave();
		// After leaving the alternate screen, so it stays in the scrollback.
		if (summary) process.stdout.write(`${summary}\n`);
	}
}
