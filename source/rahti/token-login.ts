// Log in with a pasted token without putting it in any argv. The token is first tried in a private,
// throw-away kubeconfig (0600 in a 0700 temp dir): only when the cluster accepts it is it merged into the
// user's own kubeconfig, so a wrong paste never damages a working login.

import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import type {Runner} from '../exec/runner.js';
import {RAHTI2} from './cluster.js';
import {withLogin} from './kubeconfig.js';
import {kubeconfigPath, readKubeconfig, writeKubeconfig} from './kubeconfig-file.js';
import {classifyOcError, firstLine} from './oc-errors.js';

export type TokenLoginResult = {ok: true; user: string; server: string} | {ok: false; message: string};

export async function loginWithToken(
	runner: Runner,
	input: {token: string; server?: string; knownServer?: string},
	env: NodeJS.ProcessEnv = process.env,
): Promise<TokenLoginResult> {
	const server = input.server ?? input.knownServer ?? RAHTI2.apiServer;
	const directory = await mkdtemp(path.join(tmpdir(), 'rahti-push-login-'));
	try {
		const trial = path.join(directory, 'kubeconfig');
		await writeKubeconfig(trial, withLogin({}, {server, user: 'rahti-push', token: input.token}));
		const whoami = await runner.run({
			file: 'oc',
			args: ['whoami'],
			purpose: 'Check the token with the cluster (from a private kubeconfig, not the command line).',
			env: {KUBECONFIG: trial},
			secrets: [input.token],
		});
		if (!whoami.ok) {
			const kind = classifyOcError(whoami.stderr);
			if (kind === 'unauthorized') {
				return {
					ok: false,
					message: 'The cluster did not accept that token: it may be expired or mistyped. Get a new one.',
				};
			}
			if (kind === 'unreachable')
				return {ok: false, message: `Cannot reach ${server}: ${firstLine(whoami.stderr)}`};
			return {ok: false, message: firstLine(whoami.stderr) || 'oc whoami failed'};
		}
		const user = whoami.stdout.trim();
		const file = kubeconfigPath(env);
		await writeKubeconfig(file, withLogin(await readKubeconfig(file), {server, user, token: input.token}));
		return {ok: true, user, server};
	} finally {
		await rm(directory, {recursive: true, force: true});
	}
}
