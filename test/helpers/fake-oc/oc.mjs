#!/usr/bin/env node
// A stateful fake `oc` for tests: no OpenShift cluster can run here, so this is the one simulated part.
// It speaks oc's real output formats and error texts (../../../../shared/RAHTI.md), keeps its state in
// the JSON file named by FAKE_OC_STATE, appends every call's argv to FAKE_OC_LOG (so tests can prove no
// secret was passed on a command line), and reads the login from the kubeconfig exactly like oc does.
// Image stream tags follow the real test registry: their digests come from its HTTP API.

import {appendFileSync, readFileSync, writeFileSync, existsSync, mkdirSync} from 'node:fs';
import {homedir} from 'node:os';
import path from 'node:path';
import https from 'node:https';
import YAML from 'yaml';

const argv = process.argv.slice(2);
const statePath = process.env.FAKE_OC_STATE;
if (!statePath) fail('fake oc: FAKE_OC_STATE is not set', 2);
if (process.env.FAKE_OC_LOG) {
	appendFileSync(
		process.env.FAKE_OC_LOG,
		JSON.stringify({argv, kubeconfig: process.env.KUBECONFIG ?? null}) + '\n',
	);
}

const state = JSON.parse(readFileSync(statePath, 'utf8'));
const save = () => writeFileSync(statePath, JSON.stringify(state, null, 2));

function out(text) {
	process.stdout.write(text.endsWith('\n') ? text : text + '\n');
}

function fail(text, code = 1) {
	process.stderr.write(text.endsWith('\n') ? text : text + '\n');
	process.exit(code);
}

// ---- flags -------------------------------------------------------------------------------------
function takeFlag(names, {boolean = false} = {}) {
	for (let i = 0; i < argv.length; i++) {
		const word = argv[i];
		for (const name of names) {
			if (word === name) {
				if (boolean) {
					argv.splice(i, 1);
					return true;
				}
				const value = argv[i + 1];
				argv.splice(i, 2);
				return value;
			}
			if (!boolean && word.startsWith(name + '=')) {
				argv.splice(i, 1);
				return word.slice(name.length + 1);
			}
		}
	}
	return boolean ? false : undefined;
}

// ---- the login, from the kubeconfig ----------------------------------------------------------
const NO_CONFIG = `error: Missing or incomplete configuration info.  Please point to an existing, complete config file:

  1. Via the command-line flag --kubeconfig
  2. Via the KUBECONFIG environment variable
  3. In your home directory as ~/.kube/config

To view or setup config directly use the 'config' command.`;
const UNAUTHORIZED = 'error: You must be logged in to the server (Unauthorized)';

function kubeconfig() {
	const file =
		process.env.KUBECONFIG?.split(':').find(Boolean) ??
		path.join(process.env.HOME ?? homedir(), '.kube', 'config');
	if (!existsSync(file)) return undefined;
	const config = YAML.parse(readFileSync(file, 'utf8')) ?? {};
	const context = (config.contexts ?? []).find((c) => c.name === config['current-context'])?.context;
	if (!context) return undefined;
	const server = (config.clusters ?? []).find((c) => c.name === context.cluster)?.cluster?.server;
	const token = (config.users ?? []).find((u) => u.name === context.user)?.user?.token;
	return {server, token, namespace: context.namespace};
}

function unreachable(server) {
	const host = server ? new URL(server).hostname : 'localhost';
	fail(`Unable to connect to the server: dial tcp: lookup ${host} on 127.0.0.53:53: no such host`);
}

/** The logged-in user, or exit the way oc does. */
function requireUser() {
	const login = kubeconfig();
	if (!login?.server) fail(NO_CONFIG);
	if (state.unreachable || login.server !== state.server) unreachable(login.server);
	const user = login.token ? state.tokens?.[login.token] : undefined;
	if (!user || (state.expiredTokens ?? []).includes(login.token)) fail(UNAUTHORIZED);
	return {user, token: login.token, namespace: login.namespace};
}

function project(name, user) {
	const found = state.projects?.[name];
	if (!found || !(found.members ?? []).includes(user)) return undefined;
	return found;
}

function namespaceOf(login) {
	return takeFlag(['-n', '--namespace']) ?? login.namespace ?? 'default';
}

function forbidden(user, verb, resource, group, namespace) {
	fail(
		`Error from server (Forbidden): ${resource}${group ? '.' + group : ''} is forbidden: User "${user}" cannot ${verb} resource "${resource}" in API group "${group}" in the namespace "${namespace}"`,
	);
}

// ---- the registry, for image stream tags ------------------------------------------------------
function registryRequest(method, urlPath, token, accept) {
	const registry = state.registry;
	return new Promise((resolve, reject) => {
		const url = new URL(urlPath, registry.url);
		const request = https.request(
			url,
			{
				method,
				ca: registry.caFile ? readFileSync(registry.caFile) : undefined,
				headers: {
					authorization: 'Basic ' + Buffer.from(`unused:${token}`).toString('base64'),
					accept:
						accept ??
						'application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json, application/vnd.oci.image.index.v1+json, application/vnd.docker.distribution.manifest.list.v2+json',
				},
			},
			(response) => {
				let body = '';
				response.on('data', (chunk) => (body += chunk));
				response.on('end', () => resolve({status: response.statusCode, headers: response.headers, body}));
			},
		);
		request.on('error', reject);
		request.end();
	});
}

async function registryTags(namespace, name, token) {
	if (!state.registry) return [];
	const list = await registryRequest('GET', `/v2/${namespace}/${name}/tags/list`, token, 'application/json');
	if (list.status !== 200) return [];
	const tags = JSON.parse(list.body).tags ?? [];
	const result = [];
	for (const tag of tags.sort()) {
		const head = await registryRequest('HEAD', `/v2/${namespace}/${name}/manifests/${tag}`, token);
		if (head.status === 200) result.push({tag, digest: head.headers['docker-content-digest']});
	}
	return result;
}

const INTERNAL = 'image-registry.openshift-image-registry.svc:5000';

async function imageStreamJson(namespace, name, stream, token) {
	const tags = await registryTags(namespace, name, token);
	const publicHost = state.registry?.public ?? '';
	return {
		kind: 'ImageStream',
		apiVersion: 'image.openshift.io/v1',
		metadata: {name, namespace, creationTimestamp: stream.created ?? '2026-01-01T00:00:00Z'},
		spec: {lookupPolicy: {local: false}},
		status: {
			dockerImageRepository: `${INTERNAL}/${namespace}/${name}`,
			publicDockerImageRepository: publicHost ? `${publicHost}/${namespace}/${name}` : '',
			tags: tags.map(({tag, digest}) => ({
				tag,
				items: [
					{
						created: '2026-01-01T00:00:00Z',
						dockerImageReference: `${INTERNAL}/${namespace}/${name}@${digest}`,
						image: digest,
						generation: 1,
					},
				],
			})),
		},
	};
}

// ---- role bindings and deployments ------------------------------------------------------------
function roleBindingJson(binding, namespace) {
	return {
		kind: 'RoleBinding',
		apiVersion: 'rbac.authorization.k8s.io/v1',
		metadata: {name: binding.name, namespace},
		roleRef: {apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: binding.role},
		subjects: binding.subjects.map((s) => ({
			kind: s.kind,
			apiGroup: 'rbac.authorization.k8s.io',
			name: s.name,
		})),
	};
}

function readTriggers(deployment) {
	try {
		return JSON.parse(deployment.annotations?.['image.openshift.io/triggers'] ?? '[]');
	} catch {
		return [];
	}
}

function deploymentJson(name, d, namespace) {
	const replicas = d.replicas ?? 1;
	const failing = d.rollout?.mode === 'fail' && !d.rolledBack;
	return {
		kind: 'Deployment',
		apiVersion: 'apps/v1',
		metadata: {
			name,
			namespace,
			annotations: {'deployment.kubernetes.io/revision': String(d.revision ?? 1), ...d.annotations},
			generation: d.revision ?? 1,
		},
		spec: {
			replicas,
			selector: {matchLabels: {app: name}},
			template: {
				metadata: {labels: {app: name}},
				spec: {containers: d.containers.map((c) => ({name: c.name, image: c.image}))},
			},
		},
		status: {
			observedGeneration: d.revision ?? 1,
			replicas,
			updatedReplicas: replicas,
			readyReplicas: failing ? 0 : replicas,
			availableReplicas: failing ? 0 : replicas,
		},
	};
}

// ---- commands ---------------------------------------------------------------------------------
const commands = {
	version() {
		const json = takeFlag(['-o', '--output']) === 'json';
		takeFlag(['--client'], {boolean: true});
		const info = {
			clientVersion: {
				major: '',
				minor: '',
				gitVersion: 'v4.2.0-alpha.0-2425-g6bb3b67',
				gitTreeState: 'clean',
				goVersion: 'go1.22.7',
				compiler: 'gc',
				platform: 'linux/amd64',
			},
			releaseClientVersion: state.ocVersion ?? '4.17.0-okd-scos.0',
			kustomizeVersion: 'v5.0.4-0.20230601165947-6ce0bf390ce3',
		};
		if (json) out(JSON.stringify(info, null, 2));
		else out(`Client Version: ${info.releaseClientVersion}\nKustomize Version: ${info.kustomizeVersion}`);
	},

	whoami() {
		if (takeFlag(['--show-server'], {boolean: true})) {
			const login = kubeconfig();
			if (!login?.server) fail(NO_CONFIG);
			return out(login.server);
		}
		if (takeFlag(['-t', '--show-token'], {boolean: true})) {
			const login = kubeconfig();
			if (!login?.token) fail('error: no token is currently in use for this session');
			return out(login.token);
		}
		out(requireUser().user);
	},

	projects() {
		const login = requireUser();
		const names = Object.keys(state.projects ?? {}).filter((name) => project(name, login.user));
		if (takeFlag(['-q', '--short'], {boolean: true})) return out(names.join('\n'));
		if (names.length === 0)
			return out(
				"You don't have any projects. You can try to create a new project, by running\n\n    oc new-project <projectname>\n",
			);
		out(
			`You have access to the following projects and can switch between them with 'oc project <projectname>':\n\n${names.map((n) => `    ${n}`).join('\n')}\n`,
		);
	},

	async get() {
		const login = requireUser();
		const output = takeFlag(['-o', '--output']);
		const namespace = namespaceOf(login);
		const [kind, name] = argv.slice(1);
		if (kind === 'projects' || kind === 'project') {
			const items = Object.entries(state.projects ?? {})
				.filter(([n]) => project(n, login.user))
				.map(([n, p]) => ({
					kind: 'Project',
					apiVersion: 'project.openshift.io/v1',
					metadata: {
						name: n,
						annotations: {
							'openshift.io/display-name': p.displayName ?? '',
							'openshift.io/description': p.description ?? '',
							'openshift.io/requester': p.requester ?? login.user,
						},
					},
					status: {phase: 'Active'},
				}));
			if (output === 'json')
				return out(
					JSON.stringify({apiVersion: 'v1', kind: 'List', items, metadata: {resourceVersion: ''}}, null, 2),
				);
			return out(
				[
					'NAME   DISPLAY NAME   STATUS',
					...items.map(
						(i) => `${i.metadata.name}   ${i.metadata.annotations['openshift.io/display-name']}   Active`,
					),
				].join('\n'),
			);
		}
		const proj = project(namespace, login.user);
		if (kind === 'is' || kind === 'imagestream' || kind === 'imagestreams') {
			if (!proj) forbidden(login.user, 'list', 'imagestreams', 'image.openshift.io', namespace);
			const streams = proj.imagestreams ?? {};
			if (name) {
				if (!streams[name])
					fail(`Error from server (NotFound): imagestreams.image.openshift.io "${name}" not found`);
				return out(
					JSON.stringify(await imageStreamJson(namespace, name, streams[name], login.token), null, 2),
				);
			}
			const items = [];
			for (const [n, s] of Object.entries(streams))
				items.push(await imageStreamJson(namespace, n, s, login.token));
			return out(
				JSON.stringify({apiVersion: 'v1', kind: 'List', items, metadata: {resourceVersion: ''}}, null, 2),
			);
		}
		if (kind === 'istag' || kind === 'imagestreamtag') {
			if (!proj) forbidden(login.user, 'get', 'imagestreamtags', 'image.openshift.io', namespace);
			const [isName, tag = 'latest'] = (name ?? '').split(':');
			const notFound = () =>
				fail(`Error from server (NotFound): imagestreamtags.image.openshift.io "${isName}:${tag}" not found`);
			if (!proj.imagestreams?.[isName]) notFound();
			const found = (await registryTags(namespace, isName, login.token)).find((t) => t.tag === tag);
			if (!found) notFound();
			const ref = `${INTERNAL}/${namespace}/${isName}@${found.digest}`;
			return out(
				JSON.stringify(
					{
						kind: 'ImageStreamTag',
						apiVersion: 'image.openshift.io/v1',
						metadata: {name: `${isName}:${tag}`, namespace},
						tag: {name: tag},
						image: {metadata: {name: found.digest}, dockerImageReference: ref},
					},
					null,
					2,
				),
			);
		}
		if (kind === 'rolebindings' || kind === 'rolebinding') {
			if (!proj) forbidden(login.user, 'list', 'rolebindings', 'rbac.authorization.k8s.io', namespace);
			const items = (proj.rolebindings ?? []).map((b) => roleBindingJson(b, namespace));
			return out(
				JSON.stringify({apiVersion: 'v1', kind: 'List', items, metadata: {resourceVersion: ''}}, null, 2),
			);
		}
		if (kind === 'deployments' || kind === 'deployment' || kind === 'deploy') {
			if (!proj) forbidden(login.user, 'list', 'deployments', 'apps', namespace);
			const entries = Object.entries(proj.deployments ?? {});
			if (name) {
				const found = proj.deployments?.[name];
				if (!found) fail(`Error from server (NotFound): deployments.apps "${name}" not found`);
				return out(JSON.stringify(deploymentJson(name, found, namespace), null, 2));
			}
			const items = entries.map(([n, d]) => deploymentJson(n, d, namespace));
			return out(
				JSON.stringify({apiVersion: 'v1', kind: 'List', items, metadata: {resourceVersion: ''}}, null, 2),
			);
		}
		if (kind === 'events' || kind === 'event') {
			if (!proj) forbidden(login.user, 'list', 'events', '', namespace);
			const items = (proj.events ?? []).map((e, i) => ({
				kind: 'Event',
				metadata: {name: `event-${i}`, namespace},
				involvedObject: {kind: e.kind ?? 'Pod', name: e.object},
				reason: e.reason,
				message: e.message,
				type: e.type ?? 'Warning',
				lastTimestamp: e.at ?? new Date(Date.UTC(2026, 11, 3, 12, 0, i)).toISOString(),
			}));
			return out(
				JSON.stringify({apiVersion: 'v1', kind: 'List', items, metadata: {resourceVersion: ''}}, null, 2),
			);
		}
		fail(`error: the server doesn't have a resource type "${kind}"`);
	},

	policy() {
		const login = requireUser();
		const namespace = namespaceOf(login);
		const [, verb, role, subject] = argv;
		const kind = {
			'add-role-to-group': 'Group',
			'remove-role-from-group': 'Group',
			'add-role-to-user': 'User',
			'remove-role-from-user': 'User',
		}[verb];
		if (!kind || !role || !subject) fail(`fake oc: policy ${verb} is not simulated`, 2);
		const proj = project(namespace, login.user);
		if (!proj || (proj.admins && !proj.admins.includes(login.user))) {
			forbidden(login.user, 'create', 'rolebindings', 'rbac.authorization.k8s.io', namespace);
		}
		proj.rolebindings ??= [];
		const same = (s) => s.kind === kind && s.name === subject;
		if (verb.startsWith('add')) {
			let binding = proj.rolebindings.find((b) => b.role === role);
			if (!binding) {
				binding = {name: role, role, subjects: []};
				proj.rolebindings.push(binding);
			}
			if (!binding.subjects.some(same)) binding.subjects.push({kind, name: subject});
			save();
			return out(`clusterrole.rbac.authorization.k8s.io/${role} added: "${subject}"`);
		}
		const holding = proj.rolebindings.filter((b) => b.role === role && b.subjects.some(same));
		if (holding.length === 0) fail(`error: unable to find target [${subject}]`);
		for (const binding of holding) binding.subjects = binding.subjects.filter((s) => !same(s));
		proj.rolebindings = proj.rolebindings.filter((b) => b.subjects.length > 0);
		save();
		out(`clusterrole.rbac.authorization.k8s.io/${role} removed: "${subject}"`);
	},

	async set() {
		const login = requireUser();
		const namespace = namespaceOf(login);
		const [, what, target] = argv.slice(0, 3);
		if (what !== 'triggers') fail(`fake oc: set ${what} is not simulated`, 2);
		const from = takeFlag(['--from-image']);
		const container = takeFlag(['-c', '--containers']);
		const name = (target ?? '').replace(/^(deployment|deployments|deploy)(\.apps)?\//, '');
		const proj = project(namespace, login.user);
		if (!proj) forbidden(login.user, 'patch', 'deployments', 'apps', namespace);
		const deployment = proj.deployments?.[name];
		if (!deployment) fail(`Error from server (NotFound): deployments.apps "${name}" not found`);
		if (!from) fail('error: you must specify --from-image when adding an image trigger');
		if (!container)
			fail('error: you must specify one or more containers with -c when adding an image trigger');
		const found = deployment.containers.find((c) => c.name === container);
		if (!found) fail(`error: unable to find container "${container}" in deployment "${name}"`);
		const [isName, tag = 'latest'] = from.split(':');
		const triggers = readTriggers(deployment).filter(
			(t) => !String(t.fieldPath ?? '').includes(`"${container}"`),
		);
		triggers.push({
			from: {kind: 'ImageStreamTag', name: `${isName}:${tag}`},
			fieldPath: `spec.template.spec.containers[?(@.name=="${container}")].image`,
		});
		deployment.annotations = {
			...deployment.annotations,
			'image.openshift.io/triggers': JSON.stringify(triggers),
		};
		// The trigger controller resolves the tag and, when the image differs, starts a rollout.
		const digest = (await registryTags(namespace, isName, login.token)).find((t) => t.tag === tag)?.digest;
		if (digest) {
			const image = `${INTERNAL}/${namespace}/${isName}@${digest}`;
			if (found.image !== image) {
				deployment.history = [...(deployment.history ?? []), deployment.containers.map((c) => ({...c}))];
				found.image = image;
				deployment.revision = (deployment.revision ?? 1) + 1;
				deployment.rolloutStartedAt = Date.now();
			}
		}
		save();
		out(`deployment.apps/${name} triggers updated`);
	},

	async rollout() {
		const login = requireUser();
		const namespace = namespaceOf(login);
		const [, sub, target] = argv;
		const name = (target ?? '').replace(/^(deployment|deployments|deploy)(\.apps)?\//, '');
		const proj = project(namespace, login.user);
		if (!proj) forbidden(login.user, 'get', 'deployments', 'apps', namespace);
		const deployment = proj.deployments?.[name];
		if (!deployment) fail(`Error from server (NotFound): deployments.apps "${name}" not found`);
		if (sub === 'undo') {
			const previous = deployment.history?.pop();
			if (!previous) fail(`error: no rollout history found for deployment "${name}"`);
			deployment.containers = previous;
			deployment.revision = (deployment.revision ?? 1) + 1;
			deployment.rollout = {...deployment.rollout, mode: 'succeed'};
			deployment.rolledBack = true;
			save();
			return out(`deployment.apps/${name} rolled back`);
		}
		if (sub !== 'status') fail(`fake oc: rollout ${sub} is not simulated`, 2);
		const replicas = deployment.replicas ?? 1;
		const mode = deployment.rollout?.mode ?? 'succeed';
		const step = deployment.rollout?.stepMs ?? (mode === 'slow' ? 700 : 60);
		const pause = () => new Promise((resolve) => setTimeout(resolve, step));
		for (let updated = 0; updated < replicas; updated++) {
			out(
				`Waiting for deployment "${name}" rollout to finish: ${updated} out of ${replicas} new replicas have been updated...`,
			);
			await pause();
		}
		if (mode === 'fail') {
			out(
				`Waiting for deployment "${name}" rollout to finish: 0 of ${replicas} updated replicas are available...`,
			);
			await pause();
			fail(`error: deployment "${name}" exceeded its progress deadline`);
		}
		for (let available = 0; available < replicas; available++) {
			out(
				`Waiting for deployment "${name}" rollout to finish: ${available} of ${replicas} updated replicas are available...`,
			);
			await pause();
		}
		out(`deployment "${name}" successfully rolled out`);
	},

	create() {
		const login = requireUser();
		const namespace = namespaceOf(login);
		const [kind, name] = argv.slice(1);
		if (kind !== 'imagestream' && kind !== 'is') fail(`fake oc: create ${kind} is not simulated`, 2);
		const proj = project(namespace, login.user);
		if (!proj) forbidden(login.user, 'create', 'imagestreams', 'image.openshift.io', namespace);
		if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/.test(name ?? '')) {
			fail(
				`The ImageStream "${name}" is invalid: metadata.name: Invalid value: "${name}": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character`,
			);
		}
		proj.imagestreams ??= {};
		if (proj.imagestreams[name])
			fail(`Error from server (AlreadyExists): imagestreams.image.openshift.io "${name}" already exists`);
		proj.imagestreams[name] = {created: new Date().toISOString()};
		save();
		out(`imagestream.image.openshift.io/${name} created`);
	},

	registry() {
		const sub = argv[1];
		if (sub === 'info') {
			requireUser();
			const wantsPublic = takeFlag(['--public'], {boolean: true});
			if (wantsPublic && !state.registry?.public)
				fail('error: registry could not be contacted at ...: no public hostname');
			return out(wantsPublic ? state.registry.public : INTERNAL);
		}
		if (sub === 'login') {
			const login = requireUser();
			const host = takeFlag(['--registry']) ?? state.registry?.public;
			const to = takeFlag(['--to', '-a']);
			if (!to)
				fail(
					'fake oc: registry login without --to is not simulated (it would write the default auth file)',
					2,
				);
			const file = to;
			let data = {};
			if (existsSync(file)) data = JSON.parse(readFileSync(file, 'utf8') || '{}');
			data.auths ??= {};
			data.auths[host] = {auth: Buffer.from(`${login.user}:${login.token}`).toString('base64')};
			mkdirSync(path.dirname(file), {recursive: true});
			writeFileSync(file, JSON.stringify(data, null, '\t'), {mode: 0o600});
			return out(`info: Using registry public hostname ${host}\nSaved credentials for ${host} into ${file}`);
		}
		fail(`fake oc: registry ${sub} is not simulated`, 2);
	},
};

const verb = argv[0];
const handler = commands[verb];
if (!handler) fail(`fake oc: "${argv.join(' ')}" is not simulated`, 2);
await handler();
