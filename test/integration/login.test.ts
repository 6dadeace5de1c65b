// Step 1 against the fake oc through the real runner (execa), exactly as with a real cluster.

import {readFileSync, statSync} from 'node:fs';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import YAML from 'yaml';
import {createRunner} from '../../source/exec/runner.js';
import {checkLogin} from '../../source/rahti/login-status.js';
import {loginWithToken} from '../../source/rahti/token-login.js';
import {newToken} from '../helpers/fake-oc.js';
import {ocCallsContaining, sampleProcessList} from '../helpers/no-secrets.js';
import {createTestBed, TEST_USER, type TestBed} from '../helpers/test-bed.js';

let bed: TestBed;
afterEach(async () => bed.cleanup());

describe('check login', () => {
	beforeEach(async () => {
		bed = await createTestBed();
	});

	it('logged in: user, server and oc version', async () => {
		const status = await checkLogin(createRunner(bed.env()));
		expect(status).toEqual({
			kind: 'logged-in',
			user: TEST_USER,
			server: 'https://api.2.rahti.csc.fi:6443',
			ocVersion: '4.17.0-okd-scos.0',
		});
	});

	it('oc missing', async () => {
		expect(await checkLogin(createRunner(bed.env({ocOnPath: false})))).toEqual({kind: 'oc-missing'});
	});

	it('token expired', async () => {
		bed.oc.update((state) => (state.expiredTokens = [bed.token]));
		expect(await checkLogin(createRunner(bed.env()))).toMatchObject({
			kind: 'not-logged-in',
			reason: 'expired',
			server: 'https://api.2.rahti.csc.fi:6443',
		});
	});

	it('not logged in at all (no kubeconfig)', async () => {
		bed.oc.removeLogin();
		expect(await checkLogin(createRunner(bed.env()))).toMatchObject({
			kind: 'not-logged-in',
			reason: 'no-config',
		});
	});

	it('server unreachable', async () => {
		bed.oc.update((state) => (state.unreachable = true));
		expect(await checkLogin(createRunner(bed.env()))).toMatchObject({
			kind: 'unreachable',
			message: expect.stringContaining('Unable to connect'),
		});
	});
});

describe('token login', () => {
	beforeEach(async () => {
		bed = await createTestBed({loggedIn: false});
	});

	it('logs in with a pasted token without the token in any argv, and writes a 0600 kubeconfig', async () => {
		const runner = createRunner(bed.env());
		const sampler = sampleProcessList(bed.token);
		const result = await loginWithToken(runner, {token: bed.token}, bed.env());
		const {leaks, samples} = sampler.stop();
		expect(result).toEqual({ok: true, user: TEST_USER, server: 'https://api.2.rahti.csc.fi:6443'});
		expect(samples).toBeGreaterThan(0);
		expect(leaks).toEqual([]);
		expect(ocCallsContaining(bed.oc.calls(), bed.token)).toEqual([]);
		expect(statSync(bed.oc.kubeconfigPath).mode & 0o777).toBe(0o600);
		const config = YAML.parse(readFileSync(bed.oc.kubeconfigPath, 'utf8'));
		expect(config['current-context']).toBe('default/api-2-rahti-csc-fi:6443/alice');
		expect(await checkLogin(runner)).toMatchObject({kind: 'logged-in', user: TEST_USER});
		expect(
			runner
				.records()
				.map((r) => r.display)
				.join('\n'),
		).not.toContain(bed.token);
	});

	it('a wrong token is refused and the existing kubeconfig is left as it was', async () => {
		bed.oc.writeLogin(TEST_USER, 'sha256~previous-but-expired-token');
		const before = readFileSync(bed.oc.kubeconfigPath, 'utf8');
		const wrong = newToken();
		const result = await loginWithToken(createRunner(bed.env()), {token: wrong}, bed.env());
		expect(result).toMatchObject({ok: false, message: expect.stringMatching(/did not accept that token/)});
		expect(readFileSync(bed.oc.kubeconfigPath, 'utf8')).toBe(before);
		expect(JSON.stringify(result)).not.toContain(wrong);
	});

	it('uses the server from a pasted login command', async () => {
		const result = await loginWithToken(
			createRunner(bed.env()),
			{token: bed.token, server: 'https://api.elsewhere.example:6443'},
			bed.env(),
		);
		expect(result).toMatchObject({
			ok: false,
			message: expect.stringMatching(/Cannot reach https:\/\/api.elsewhere.example:6443/),
		});
	});
});
