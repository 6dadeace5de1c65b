// The whole way from login to a verified push, in a real pseudo-terminal, against the fake oc, real
// podman and the real registry.

import {execFileSync} from 'node:child_process';
import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {BIG_IMAGE, SLOW_IMAGE} from '../helpers/images.js';
import {ocCallsContaining, sampleProcessList} from '../helpers/no-secrets.js';
import {PTY_KEYS, startCli, type PtySession} from '../helpers/pty.js';
import {createTestBed, type TestBed} from '../helpers/test-bed.js';

let bed: TestBed;
let cli: PtySession | undefined;

beforeAll(() => {
	execFileSync('npm', ['run', 'build', '--silent'], {stdio: 'ignore'});
});

afterEach(async () => {
	cli?.kill('SIGKILL');
	cli = undefined;
	await bed?.cleanup();
});

describe('push end to end', () => {
	it('login → image → project → name/tag → push → verified', {timeout: 120_000}, async () => {
		bed = await createTestBed({registry: true});
		const sampler = sampleProcessList(bed.token);
		cli = startCli(bed.env());
		await cli.waitFor('filter›');
		cli.write('rahti-test-big');
		await cli.waitFor(`❯ ${BIG_IMAGE}`);
		cli.write(PTY_KEYS.enter);
		await cli.waitFor('to which project?');
		cli.write('web');
		await cli.waitFor(/❯ alice-web/);
		cli.write(PTY_KEYS.enter);
		await cli.waitFor('❯ image stream  rahti-test-big');
		// Edit the tag: Tab to it, erase "2.0", type "v1".
		await cli.press(PTY_KEYS.tab, PTY_KEYS.backspace, PTY_KEYS.backspace, PTY_KEYS.backspace, 'v1');
		await cli.waitFor('❯ tag           v1');
		cli.write(PTY_KEYS.enter);
		const screen = await cli.waitFor('Pushed and verified', 60_000);
		const {leaks} = sampler.stop();

		const head = await bed.registry!.api('HEAD', '/v2/alice-web/rahti-test-big/manifests/v1');
		expect(head.status).toBe(200);
		const digest = String(head.headers['docker-content-digest']);
		expect(screen).toContain(digest.slice(0, 'sha256:'.length + 12));
		expect(screen).toContain(`${bed.registry!.host}/alice-web/rahti-test-big:v1`);
		expect(screen).toContain('image-registry.openshift-image-registry.svc:5000/alice-web/rahti-test-big:v1');
		expect(bed.oc.read().projects['alice-web']!.imagestreams).toHaveProperty('rahti-test-big');
		expect(leaks).toEqual([]);
		expect(ocCallsContaining(bed.oc.calls(), bed.token)).toEqual([]);

		// The second run remembers the project and the name: three keystrokes to the push form.
		cli.write(PTY_KEYS.ctrlC);
		await cli.exited;
		cli = startCli(bed.env());
		await cli.waitFor('filter›');
		cli.write('rahti-test-big');
		await cli.waitFor(`❯ ${BIG_IMAGE}`);
		cli.write(PTY_KEYS.enter);
		await cli.waitFor(/❯ alice-web .*\(last used\)/);
		cli.write(PTY_KEYS.enter);
		await cli.waitFor('❯ image stream  rahti-test-big');
		await cli.press(
			PTY_KEYS.tab,
			PTY_KEYS.backspace,
			PTY_KEYS.backspace,
			PTY_KEYS.backspace,
			'v1',
			PTY_KEYS.enter,
		);
		await cli.waitFor('rahti-test-big:v1 already exists in alice-web');
		await cli.waitFor(`It points at ${digest.slice(0, 19)}`);
		cli.write(PTY_KEYS.left);
		await cli.waitFor('❯ tag           v1');
	});

	it('cancel mid-push with Esc, then retry succeeds', {timeout: 120_000}, async () => {
		bed = await createTestBed({registry: true});
		cli = startCli(bed.env());
		await cli.waitFor('filter›');
		await cli.press('rahti-test-slow');
		await cli.waitFor(`❯ ${SLOW_IMAGE}`);
		await cli.press(PTY_KEYS.enter);
		await cli.waitFor('to which project?');
		await cli.press(PTY_KEYS.enter);
		await cli.waitFor('❯ image stream');
		await cli.press(PTY_KEYS.enter);
		// A layer is on its way up (bytes counted) when Esc is pressed.
		await cli.waitFor(/▸ [0-9a-f]{12} [\d.]+ [kM]?B \//, 30_000);
		await cli.press(PTY_KEYS.escape);
		await cli.waitFor('The push was cancelled', 30_000);
		// The frame may arrive in more than one write: wait for its last line too.
		await cli.waitFor('r/Enter: retry');
		await cli.press('r');
		await cli.waitFor('Pushed and verified', 90_000);
	});

	it(
		'token expired at push time: l → log in again → the push resumes by itself',
		{timeout: 120_000},
		async () => {
			bed = await createTestBed({registry: true});
			cli = startCli(bed.env());
			await cli.waitFor('filter›');
			await cli.press('rahti-test-tiny');
			await cli.waitFor('❯ localhost/rahti-test-tiny:1.0');
			await cli.press(PTY_KEYS.enter);
			await cli.waitFor('to which project?');
			await cli.press(PTY_KEYS.enter);
			await cli.waitFor('❯ image stream  rahti-test-tiny');
			bed.oc.update((state) => (state.expiredTokens = [bed.token]));
			await cli.press(PTY_KEYS.enter);
			await cli.waitFor('log in again');
			await cli.press('l');
			await cli.waitFor('Your login has expired');
			// A fresh token from the token page (the fake accepts the same one once it is no longer expired).
			bed.oc.update((state) => (state.expiredTokens = []));
			await cli.press(bed.token, PTY_KEYS.enter);
			await cli.waitFor('Pushed and verified', 60_000);
			await cli.waitFor('rahti-test-tiny:1.0');
			expect(ocCallsContaining(bed.oc.calls(), bed.token)).toEqual([]);
		},
	);
});
