// Everything that is not the full-screen wizard: choosing the mode, --plain, the non-interactive run,
// and `rahti-push config`. Its own bundle, without Ink or React.

import {configCommand} from './config-command.js';
import type {Chooser} from './flow/chooser.js';
import {modeOptions, type CliFlags, type Mode} from './flow/choose-mode.js';
import {missingFlags, type FlowChoices} from './flow/choices.js';
import {EXIT} from './flow/exit-codes.js';
import {flagChooser} from './flow/flag-chooser.js';
import {runHeadless} from './flow/headless.js';
import {parseChoices} from './flow/parse-flags.js';
import {linePrompter, plainChooser} from './flow/plain-chooser.js';
import {setUp} from './setup.js';

export async function runHeadlessMode(mode: Mode, flags: CliFlags, env: NodeJS.ProcessEnv): Promise<number> {
	if (mode.kind === 'error') {
		process.stderr.write(`rahti-push: ${mode.message}\n`);
		return EXIT.usage;
	}
	const parsed = parseChoices(flags);
	if (!parsed.ok) return EXIT.usage;
	const choices = parsed.choices;
	if (mode.kind === 'batch') {
		const missing = missingFlags(choices);
		if (missing.length > 0) {
			const why =
				process.stdin.isTTY && process.stdout.isTTY
					? 'Without questions (--json or --yes), these flags are needed:'
					: 'The full-screen wizard needs a terminal. Without one, these flags are needed:';
			process.stderr.write(
				`rahti-push: ${why}\n${missing.map((m) => `  ${m}`).join('\n')}\nOr run it in a terminal for the wizard, or with --plain to be asked one question at a time.\n`,
			);
			if (flags.json)
				process.stdout.write(
					`${JSON.stringify({ok: false, code: EXIT.usage, error: 'missing flags', missing})}\n`,
				);
			return EXIT.usage;
		}
	}
	const {runner, settings, warning} = setUp(env, modeOptions(flags));
	if (warning) process.stderr.write(`rahti-push: ${warning}\n`);
	const prompter = mode.kind === 'plain' ? linePrompter(process.stdin, process.stdout) : undefined;
	if (flags.practice) process.stdout.write('PRACTICE: a simulated Rahti; nothing real is changed.\n');
	try {
		return await runHeadless({
			runner,
			settings,
			env,
			choices,
			chooser: prompter ? {...plainChooser(prompter), ...onlyFlagged(choices)} : flagChooser(choices),
			json: flags.json,
			script: flags.script,
			showCommands: true,
			out: process.stdout,
			err: process.stderr,
		});
	} finally {
		prompter?.close();
	}
}

/** In --plain, what the flags already say is not asked again. */
function onlyFlagged(choices: FlowChoices): Partial<Chooser> {
	const flags = flagChooser(choices);
	const picked: Partial<Chooser> = {};
	if (choices.image) picked.image = flags.image;
	if (choices.project) picked.project = flags.project;
	if (choices.name) picked.name = flags.name;
	if (choices.tag) picked.tag = flags.tag;
	if (choices.access || choices.noAccess) picked.access = flags.access;
	if (choices.deployment || choices.noDeploy) picked.deployment = flags.deployment;
	if (choices.container) picked.container = flags.container;
	if (choices.yes) {
		picked.overwrite = flags.overwrite;
		picked.confirmPublic = flags.confirmPublic;
	}
	return picked;
}

export async function runCommand(
	input: readonly string[],
	_flags: CliFlags,
	env: NodeJS.ProcessEnv,
): Promise<number> {
	if (input[0] === 'config') return configCommand(input.slice(1), env, process.stdout, process.stderr);
	process.stderr.write(`rahti-push: unknown command "${input.join(' ')}". See rahti-push --help.\n`);
	return EXIT.usage;
}
