// Control of the fake oc (fake-oc/oc.mjs): its state file, its argv log, and logins written into the
// kubeconfig the way oc writes them.

import {randomBytes} from 'node:crypto';
import {mkdirSync, readFileSync, symlinkSync, writeFileSync, existsSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import YAML from 'yaml';
import {withLogin} from '../../source/rahti/kubeconfig.js';

export const FAKE_OC_SCRIPT = fileURLToPath(new URL('fake-oc/oc.mjs', import.meta.url));
export const FAKE_SERVER = 'https://api.2.rahti.csc.fi:6443';

export type FakeRoleBinding = {name: string; role: string; subjects: Array<{kind: string; name: string}>};

export type FakeDeployment = {
	containers: Array<{name: string; image: string}>;
	replicas?: number;
	annotations?: Record<string, string>;
	/** How `oc rollout status` goes: quickly, slowly (stepMs apart), or past its progress deadline. */
	rollout?: {mode: 'succeed' | 'slow' | 'fail'; stepMs?: number};
	revision?: number;
	history?: Array<Array<{name: string; image: string}>>;
	rolledBack?: boolean;
};

export type FakeProject = {
	displayName?: string;
	description?: string;
	members: string[];
	/** Members who may change role bindings (all members when unset). */
	admins?: string[];
	imagestreams?: Record<string, {created?: string}>;
	rolebindings?: FakeRoleBinding[];
	deployments?: Record<string, FakeDeployment>;
	events?: Array<{
		object: string;
		reason: string;
		message: string;
		type?: string;
		kind?: string;
		at?: string;
	}>;
};

export type FakeOcState = {
	server: string;
	tokens: Record<string, string>;
	expiredTokens?: string[];
	unreachable?: boolean;
	ocVersion?: string;
	registry?: {url: string; public: string; caFile: string};
	projects: Record<string, FakeProject>;
};

export type OcCall = {argv: string[]; kubeconfig: string | null};

export function newToken(): string {
	return `sha256~${randomBytes(32).toString('base64url')}`;
}

export type FakeOc = {
	readonly binDir: string;
	readonly statePath: string;
	readonly logPath: string;
	readonly kubeconfigPath: string;
	read(): FakeOcState;
	write(state: FakeOcState): void;
	update(change: (state: FakeOcState) => void): void;
	calls(): OcCall[];
	/** Writes a kubeconfig login for this token, as `oc login` would. */
	writeLogin(user: string, token: string, server?: string): void;
	removeLogin(): void;
};

export function createFakeOc(directory: string, kubeconfigPath: string, initial: FakeOcState): FakeOc {
	const binDir = path.join(directory, 'bin');
	mkdirSync(binDir, {recursive: true});
	symlinkSync(FAKE_OC_SCRIPT, path.join(binDir, 'oc'));
	const statePath = path.join(directory, 'fake-oc-state.json');
	const logPath = path.join(directory, 'fake-oc-calls.jsonl');
	writeFileSync(logPath, '');
	const read = () => JSON.parse(readFileSync(statePath, 'utf8')) as FakeOcState;
	const write = (state: FakeOcState) => writeFileSync(statePath, JSON.stringify(state, null, 2));
	write(initial);
	return {
		binDir,
		statePath,
		logPath,
		kubeconfigPath,
		read,
		write,
		update(change) {
			const state = read();
			change(state);
			write(state);
		},
		calls: () =>
			readFileSync(logPath, 'utf8')
				.split('\n')
				.filter(Boolean)
				.map((line) => JSON.parse(line) as OcCall),
		writeLogin(user, token, server = FAKE_SERVER) {
			mkdirSync(path.dirname(kubeconfigPath), {recursive: true});
			const existing = existsSync(kubeconfigPath)
				? (YAML.parse(readFileSync(kubeconfigPath, 'utf8')) ?? {})
				: {};
			writeFileSync(kubeconfigPath, YAML.stringify(withLogin(existing, {server, user, token})), {
				mode: 0o600,
			});
		},
		removeLogin() {
			writeFileSync(kubeconfigPath, '');
		},
	};
}
