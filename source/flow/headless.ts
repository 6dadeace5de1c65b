// The wizard without the full screen: --plain (questions as lines) and the non-interactive mode (flags
// only, progress as lines, a documented exit code, --json). Loads no Ink and no React.

import {writeFile} from 'node:fs/promises';
import type {Settings} from '../config.js';
import type {Runner} from '../exec/runner.js';
import {renderScript} from '../wizard/script.js';
import {summaryText} from '../wizard/summary.js';
import type {Chooser} from './chooser.js';
import type {FlowChoices} from './choices.js';
import {EXIT, FlowError} from './exit-codes.js';
import {runFlow} from './run-flow.js';

export type HeadlessOptions = {
	runner: Runner;
	settings: Settings;
	env: NodeJS.ProcessEnv;
	choices: FlowChoices;
	chooser: Chooser;
	json: boolean;
	script?: string;
	/** Show each command as it runs (the teaching log). */
	showCommands: boolean;
	out: NodeJS.WritableStream;
	err: NodeJS.WritableStream;
};

export async function runHeadless(options: HeadlessOptions): Promise<number> {
	const {runner, json, out, err} = options;
	// With --json, stdout carries only the result: the progress lines go to stderr.
	const lines = json ? err : out;
	const line = (text: string) => void lines.write(`${text}\n`);
	const shown = new Set<number>();
	const unsubscribe = runner.subscribe(() => {
		if (!options.showCommands) return;
		for (const record of runner.records()) {
			if (shown.has(record.id)) continue;
			shown.add(record.id);
			line(`  $ ${record.display}${record.state === 'skipped' ? '   (dry run: not run)' : ''}`);
		}
	});
	try {
		const {result, state} = await runFlow({...options, report: {line}});
		if (options.script) {
			await writeFile(options.script, renderScript(state), {mode: 0o755});
			line(`✔ script written to ${options.script}`);
		}
		if (json) out.write(`${JSON.stringify(result, null, 2)}\n`);
		else {
			out.write(`\n${summaryText(state)}`);
			if (runner.dryRun) out.write(`\nThe script (nothing above was changed):\n\n${renderScript(state)}`);
		}
		return EXIT.ok;
	} catch (error) {
		const code = error instanceof FlowError ? error.code : EXIT.failed;
		const message = error instanceof Error ? error.message : String(error);
		if (json) out.write(`${JSON.stringify({ok: false, code, error: message}, null, 2)}\n`);
		err.write(`rahti-push: ${message}\n`);
		return code;
	} finally {
		unsubscribe();
		runner.stopAll();
	}
}
