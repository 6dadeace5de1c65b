// A remote image through the full-screen wizard, in a real pseudo-terminal: Ctrl+R, type its name, and
// real skopeo copies it from a second real registry (behind its own login) to the project.

import {execFileSync} from 'node:child_process';
import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {TINY_IMAGE} from '../helpers/images.js';
import {sampleProcessList} from '../helpers/no-secrets.js';
import {PTY_KEYS, startCli, type PtySession} from '../helpers/pty.js';
import {startSourceRegistry, type SourceRegistry} from '../helpers/source-registry.js';
import {createTestBed, type TestBed} from '../helpers/test-bed.js';

let bed: TestBed | undefined;
let source: SourceRegistry | undefined;
let cli: PtySession | undefined;

beforeAll(() => {
	execFileSync('npm', ['run', 'build', '--silent'], {stdio: 'ignore'});
});

afterEach(async () => {
	cli?.kill('SIGKILL');
	await source?.registry.stop();
	await bed?.cleanup();
});

describe('a remote image in the wizard', () => {
	it(
		'Ctrl+R → name → looked up → project → copied with skopeo and verified',
		{timeout: 120_000},
		async () => {
			bed = await createTestBed({registry: true});
			source = await startSourceRegistry(bed);
			const env = source.env;
			const image = source.push(TINY_IMAGE, 'lab/notebook:3.1');
			const sampler = sampleProcessList(bed.token);

			cli = startCli(env);
			await cli.waitFor('filter›');
			await cli.press('\x12');
			await cli.waitFor('Copy a remote image straight to Rahti');
			cli.write(image);
			await cli.waitFor(`❯ image         ${image}`);
			await cli.press(PTY_KEYS.enter);
			await cli.waitFor(`✔ ${image}`);
			await cli.press(PTY_KEYS.enter);
			await cli.waitFor(`Push ${image} to which project?`);
			await cli.press('alice-web');
			await cli.waitFor('❯ alice-web');
			await cli.press(PTY_KEYS.enter);
			await cli.waitFor('❯ image stream  notebook');
			await cli.press(PTY_KEYS.enter);
			await cli.waitFor('Pushed and verified', 60_000);
			const {leaks} = sampler.stop();

			const head = await bed.registry!.api('HEAD', '/v2/alice-web/notebook/manifests/3.1');
			expect(head.status).toBe(200);
			await cli.waitFor(`digest: ${String(head.headers['docker-content-digest']).slice(0, 19)}`);
			expect(leaks).toEqual([]);
			cli.write(PTY_KEYS.ctrlC);
			await cli.exited;
			expect(cli.isAltScreen()).toBe(false);
		},
	);
});
