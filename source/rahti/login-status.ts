// Step 1's check: is oc there, and is the user logged in? The three oc calls run in parallel;
// `oc whoami` is the real check (it asks the server), `--show-server` only reads the kubeconfig.

import type {Runner} from '../exec/runner.js';
import {classifyOcError, firstLine} from './oc-errors.js';
import {parseOcVersion} from './oc-version.js';

export type LoginStatus =
	| {kind: 'oc-missing'}
	| {kind: 'logged-in'; user: string; server: string; ocVersion?: string}
	| {kind: 'not-logged-in'; reason: 'expired' | 'no-config'; server?: string; ocVersion?: string}
	| {kind: 'unreachable'; server?: string; message: string; ocVersion?: string}
	| {kind: 'error'; message: string; ocVersion?: string};

export async function checkLogin(runner: Runner, signal?: AbortSignal): Promise<LoginStatus> {
	const [version, whoami, server] = await Promise.all([
		runner.run({
			file: 'oc',
			args: ['version', '--client', '-o', 'json'],
			purpose: 'Is the OpenShift command-line tool installed?',
			signal,
		}),
		runner.run({file: 'oc', args: ['whoami'], purpose: 'Ask the cluster who you are logged in as.', signal}),
		runner.run({
			file: 'oc',
			args: ['whoami', '--show-server'],
			purpose: 'Which cluster your login points at.',
			signal,
		}),
	]);
	if (version.notFound || whoami.notFound) return {kind: 'oc-missing'};

	const ocVersion = parseOcVersion(version.stdout);
	const serverUrl = server.ok ? server.stdout.trim() || undefined : undefined;
	if (whoami.ok) {
		return {kind: 'logged-in', user: whoami.stdout.trim(), server: serverUrl ?? '', ocVersion};
	}

	switch (classifyOcError(whoami.stderr)) {
		case 'unauthorized':
			return {kind: 'not-logged-in', reason: 'expired', server: serverUrl, ocVersion};
		case 'no-config':
			return {kind: 'not-logged-in', reason: 'no-config', server: serverUrl, ocVersion};
		case 'unreachable':
			return {kind: 'unreachable', server: serverUrl, message: firstLine(whoami.stderr), ocVersion};
		default:
			return {kind: 'error', message: firstLine(whoami.stderr) || 'oc whoami failed', ocVersion};
	}
}
