// The built CLI in a real pseudo-terminal, against the fake oc and real podman.

import {execFileSync, spawnSync} from 'node:child_process';
import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {TINY_IMAGE} from '../helpers/images.js';
import {ocCallsContaining} from '../helpers/no-secrets.js';
import {CLI, PTY_KEYS, startCli, type PtySession} from '../helpers/pty.js';
import {createTestBed, TEST_USER, type TestBed} from '../helpers/test-bed.js';

let bed: TestBed;
let cli: PtySession | undefined;

beforeAll(() => {
	execFileSync('npm', ['run', 'build', '--silent'], {stdio: 'ignore'});
});

afterEach(async () => {
	if (cli) {
		cli.kill('SIGKILL');
		cli = undefined;
	}
	await bed?.cleanup();
});

describe('end to end in a pseudo-terminal', () => {
	it('login → find the image by typing → select → back → quit, leaving the alternate screen', async () => {
		bed = await createTestBed();
		cli = startCli(bed.env());
		await cli.waitFor(`${TEST_USER} @ https://api.2.rahti.csc.fi:6443`);
		expect(cli.isAltScreen()).toBe(true);
		await cli.waitFor('filter›');
		cli.write('test-tiny');
		await cli.waitFor(/❯ localhost\/rahti-test-tiny:1\.0/);
		cli.write(PTY_KEYS.enter);
		await cli.waitFor(`Push ${TINY_IMAGE} to which project?`);
		await cli.waitFor('▸ Project');
		cli.write(PTY_KEYS.left);
		await cli.waitFor(/❯ localhost\/rahti-test-tiny:1\.0/);
		cli.write(PTY_KEYS.ctrlC);
		expect((await cli.exited).exitCode).toBe(0);
		expect(cli.isAltScreen()).toBe(false);
		const calls = bed.oc.calls();
		expect(calls.map((c) => c.argv.join(' '))).toContain('whoami');
		expect(ocCallsContaining(calls, bed.token)).toEqual([]);
	});

	it('not logged in: paste the login command into the masked field, log in, continue', async () => {
		bed = await createTestBed({loggedIn: false});
		cli = startCli(bed.env());
		await cli.waitFor('not logged in to Rahti yet');
		cli.write(`oc login --token=${bed.token} --server=https://api.2.rahti.csc.fi:6443`);
		await cli.waitFor('characters)');
		expect(cli.screen()).not.toContain(bed.token.slice(8, 20));
		cli.write(PTY_KEYS.enter);
		await cli.waitFor(`${TEST_USER} @ https://api.2.rahti.csc.fi:6443`);
		await cli.waitFor('filter›');
		expect(ocCallsContaining(bed.oc.calls(), bed.token)).toEqual([]);
		cli.write('q');
		await cli.waitFor('match "q"');
		cli.write(PTY_KEYS.ctrlC);
		await cli.exited;
		expect(cli.isAltScreen()).toBe(false);
	});

	it.each(['SIGTERM', 'SIGHUP'] as const)('%s restores the terminal', async (signal) => {
		bed = await createTestBed();
		cli = startCli(bed.env());
		await cli.waitFor('filter›');
		expect(cli.isAltScreen()).toBe(true);
		process.kill(cli.pid, signal);
		const {exitCode} = await cli.exited;
		expect(exitCode).toBe(signal === 'SIGTERM' ? 143 : 129);
		expect(cli.isAltScreen()).toBe(false);
	});

	it('oc missing: the install advice, in a resized terminal too', async () => {
		bed = await createTestBed();
		cli = startCli(bed.env({ocOnPath: false}), {columns: 100, rows: 30});
		await cli.waitFor('oc) is not installed');
		cli.resize(50, 12);
		await cli.waitFor('Terminal too small');
		cli.resize(80, 24);
		await cli.waitFor('Press r to check again');
		cli.write('q');
		expect((await cli.exited).exitCode).toBe(0);
		expect(cli.isAltScreen()).toBe(false);
	});

	it('without a terminal it says the wizard needs one, and does not crash', () => {
		const result = spawnSync(process.execPath, [CLI], {
			input: '',
			encoding: 'utf8',
			env: {...process.env, CI: ''},
		});
		expect(result.status).toBe(2);
		expect(result.stderr).toContain('needs a terminal');
		expect(result.stderr).toContain('--image IMAGE');
		expect(result.stderr).toContain('--deployment NAME, or --no-deploy');
		expect(result.stderr).not.toContain('Raw mode');
	});

	it('--version and --help do not load Ink', () => {
		const version = spawnSync(process.execPath, ['--trace-warnings', CLI, '--version'], {encoding: 'utf8'});
		expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
		const help = spawnSync(process.execPath, [CLI, '--help'], {encoding: 'utf8'});
		expect(help.stdout).toContain('Usage');
		// The bundle for flags is separate from the UI one and has no Ink in it.
		const flagsBundle = execFileSync('cat', [CLI], {encoding: 'utf8'});
		expect(flagsBundle).not.toContain('Raw mode is not supported');
		expect(flagsBundle).toContain('./interactive.js');
	});
});
