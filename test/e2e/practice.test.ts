// --practice: the whole wizard against the built-in simulated Rahti, in a real pseudo-terminal, with no
// oc, docker or podman on PATH; PRACTICE is on every screen and nothing is written to the config.

import {execFileSync} from 'node:child_process';
import {existsSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {PTY_KEYS, startCli, type PtySession} from '../helpers/pty.js';

let cli: PtySession | undefined;
let home: string | undefined;

beforeAll(() => {
	execFileSync('npm', ['run', 'build', '--silent'], {stdio: 'ignore'});
});

afterEach(() => {
	cli?.kill('SIGKILL');
	cli = undefined;
	if (home) rmSync(home, {recursive: true, force: true});
});

describe('practice mode', () => {
	it(
		'runs login to summary with no oc, docker or podman, marked PRACTICE on every screen',
		{timeout: 90_000},
		async () => {
			home = mkdtempSync(path.join(tmpdir(), 'rahti-practice-'));
			const empty = path.join(home, 'empty-bin');
			const env = {HOME: home, PATH: empty, XDG_CONFIG_HOME: path.join(home, '.config'), LANG: 'C.UTF-8'};
			cli = startCli(env, {args: ['--practice']});
			const session = cli;
			const screens: string[] = [];
			const step = async (text: string | RegExp, ...keys: string[]) => {
				screens.push(await session.waitFor(text, 20_000));
				await session.press(...keys);
			};
			await step('student @ https://api.practice.rahti.invalid:6443');
			await step('❯ localhost/hello-web:1.0', PTY_KEYS.enter);
			await step('❯ course-demo', PTY_KEYS.enter);
			await step('❯ image stream  hello-web', PTY_KEYS.enter);
			await step('Pushed and verified', PTY_KEYS.enter);
			// The old-docs leftover is found; what it meant (anyone) is preselected, and asks first.
			await step('Old-docs leftover');
			await step(/❯ Anyone on the internet/, PTY_KEYS.enter);
			await step('Enter: run them', PTY_KEYS.enter);
			await step('public to anyone on the internet? y: yes', 'y');
			await step('Which deployment should run hello-web:1.0?');
			await step(/❯ web/, PTY_KEYS.enter);
			await step('Enter: run', PTY_KEYS.enter);
			await step('Rolled out. Enter: finish', PTY_KEYS.enter);
			await step('rahti-push: what was done', PTY_KEYS.enter);
			const {exitCode} = await session.exited;
			expect(exitCode).toBe(0);
			for (const screen of screens) expect(screen.split('\n')[0]).toContain('PRACTICE');
			// The summary stays in the normal screen; the practice run saved no preferences.
			expect(session.isAltScreen()).toBe(false);
			expect(session.screen()).toContain('deployment/web (container web) → hello-web:1.0: rolled out');
			expect(session.screen()).toContain('oc policy add-role-to-user system:image-puller system:anonymous');
			expect(existsSync(path.join(home, '.config', 'rahti-push'))).toBe(false);
		},
	);

	it('a failing rollout can be practised, and rolled back', {timeout: 90_000}, async () => {
		home = mkdtempSync(path.join(tmpdir(), 'rahti-practice-'));
		cli = startCli(
			{HOME: home, PATH: path.join(home, 'none'), LANG: 'C.UTF-8'},
			{args: ['--practice'], rows: 30},
		);
		await cli.waitFor('❯ localhost/hello-web:1.0');
		await cli.press(PTY_KEYS.enter);
		await cli.waitFor('❯ course-demo');
		await cli.press(PTY_KEYS.enter);
		await cli.waitFor('❯ image stream');
		await cli.press(PTY_KEYS.enter);
		await cli.waitFor('Pushed and verified', 20_000);
		await cli.press(PTY_KEYS.enter);
		await cli.waitFor(/❯ Anyone on the internet/);
		await cli.press(PTY_KEYS.down);
		await cli.waitFor(/❯ Skip: leave access as it is/);
		await cli.press(PTY_KEYS.enter);
		await cli.waitFor('Which deployment');
		await cli.press('worker');
		await cli.waitFor(/❯ worker/);
		await cli.press(PTY_KEYS.enter);
		await cli.waitFor('has 2 containers');
		await cli.press(PTY_KEYS.enter);
		await cli.waitFor('Enter: run');
		await cli.press(PTY_KEYS.enter);
		await cli.waitFor('did not finish', 30_000);
		await cli.waitFor(/❯ Roll back to the previous version/);
		await cli.press(PTY_KEYS.enter);
		await cli.waitFor('rahti-push: what was done', 20_000);
		await cli.waitFor('rollout failed');
		await cli.waitFor('oc rollout undo deployment/worker -n course-demo');
		expect(cli.screen().split('\n')[0]).toContain('PRACTICE');
	});
});
