// One call gives a test the real parts it needs (registry, podman API service) and the fake oc, all in
// a private temp dir; cleanup() stops and removes everything.

import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {createFakeOc, FAKE_SERVER, newToken, type FakeOc, type FakeOcState} from './fake-oc.js';
import {startPodmanService, type PodmanService} from './podman-service.js';
import {startRegistry, type TestRegistry} from './registry.js';

export const TEST_USER = 'alice';

export type TestBed = {
	readonly dir: string;
	readonly home: string;
	readonly token: string;
	readonly oc: FakeOc;
	readonly registry?: TestRegistry;
	readonly podman?: PodmanService;
	/** The environment to run the product (or podman/docker) in. */
	env(options?: {ocOnPath?: boolean}): NodeJS.ProcessEnv;
	cleanup(): Promise<void>;
};

export type TestBedOptions = {
	registry?: boolean;
	podmanService?: boolean;
	loggedIn?: boolean;
	state?: (base: FakeOcState) => void;
};

export async function createTestBed(options: TestBedOptions = {}): Promise<TestBed> {
	const dir = mkdtempSync(path.join(tmpdir(), 'rahti-test-'));
	const home = path.join(dir, 'home');
	const token = newToken();
	const cleanups: Array<() => Promise<void>> = [];
	try {
		const registry = options.registry
			? await startRegistry(path.join(dir, 'registry'), ['unused', TEST_USER], token)
			: undefined;
		if (registry) {
			cleanups.push(() => registry.stop());
			registry.trustFor(home);
		}
		const podman = options.podmanService ? await startPodmanService(dir, home) : undefined;
		if (podman) cleanups.push(() => podman.stop());

		const state: FakeOcState = {
			server: FAKE_SERVER,
			tokens: {[token]: TEST_USER},
			registry: registry ? {url: registry.url, public: registry.host, caFile: registry.caFile} : undefined,
			projects: {
				'alice-web': {
					displayName: 'Web demo',
					description: 'csc_project: 2001234',
					members: [TEST_USER],
					rolebindings: [{name: 'admin', role: 'admin', subjects: [{kind: 'User', name: TEST_USER}]}],
					deployments: {web: {containers: [{name: 'web', image: 'docker.io/library/nginx:1.27'}]}},
				},
				'alice-ml': {
					displayName: 'ML service',
					description: 'csc_project: 2001234',
					members: [TEST_USER],
					deployments: {
						api: {
							containers: [
								{name: 'api', image: 'docker.io/library/python:3.12'},
								{name: 'proxy', image: 'docker.io/library/nginx:1.27'},
							],
						},
					},
				},
				'someone-else': {displayName: 'Not yours', members: ['bob']},
			},
		};
		options.state?.(state);
		const oc = createFakeOc(dir, path.join(home, '.kube', 'config'), state);
		if (options.loggedIn ?? true) oc.writeLogin(TEST_USER, token);

		return {
			dir,
			home,
			token,
			oc,
			registry,
			podman,
			env({ocOnPath = true} = {}) {
				const env: NodeJS.ProcessEnv = {
					...process.env,
					HOME: home,
					PATH: ocOnPath ? `${oc.binDir}${path.delimiter}${process.env.PATH}` : process.env.PATH,
					FAKE_OC_STATE: oc.statePath,
					FAKE_OC_LOG: oc.logPath,
					RAHTI_PUSH_CONFIG_DIR: path.join(home, '.config', 'rahti-push'),
				};
				delete env.KUBECONFIG;
				delete env.XDG_CONFIG_HOME;
				delete env.DOCKER_CONFIG;
				delete env.REGISTRY_AUTH_FILE;
				if (podman) env.DOCKER_HOST = podman.dockerHost;
				else delete env.DOCKER_HOST;
				return env;
			},
			async cleanup() {
				for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
				rmSync(dir, {recursive: true, force: true});
			},
		};
	} catch (error) {
		for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
		rmSync(dir, {recursive: true, force: true});
		throw error;
	}
}
