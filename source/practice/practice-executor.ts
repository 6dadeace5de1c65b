// --practice: an Executor that answers oc, podman and skopeo from a simulated Rahti instead of starting
// processes, in their real output formats, so every step of the wizard runs unchanged (and shows the
// real commands) on a machine with no account, cluster, docker or podman. docker is "not installed".

import {createHash} from 'node:crypto';
import {writeFile} from 'node:fs/promises';
import type {Executor, RawOutcome} from '../exec/process-executor.js';
import type {CommandSpec} from '../exec/runner.js';
import {newPracticeWorld, type PracticeWorld} from './practice-world.js';

const INTERNAL = 'image-registry.openshift-image-registry.svc:5000';
const ok = (stdout: string): RawOutcome => ({
	ok: true,
	exitCode: 0,
	stdout: stdout.endsWith('\n') ? stdout : `${stdout}\n`,
	stderr: '',
	notFound: false,
	timedOut: false,
});
const error = (stderr: string): RawOutcome => ({
	ok: false,
	exitCode: 1,
	stdout: '',
	stderr: `${stderr}\n`,
	notFound: false,
	timedOut: false,
});
const notFound: RawOutcome = {
	ok: false,
	exitCode: undefined,
	stdout: '',
	stderr: 'command not found',
	notFound: true,
	timedOut: false,
};
const list = (items: unknown[]) => ok(JSON.stringify({apiVersion: 'v1', kind: 'List', items}));

function flag(args: readonly string[], ...names: string[]): string | undefined {
	for (let i = 0; i < args.length; i++) {
		for (const name of names) {
			if (args[i] === name) return args[i + 1];
			if (args[i]!.startsWith(`${name}=`)) return args[i]!.slice(name.length + 1);
		}
	}
	return undefined;
}

const digestOf = (text: string) => `sha256:${createHash('sha256').update(text).digest('hex')}`;

export function practiceExecutor(world: PracticeWorld = newPracticeWorld(), speed = 1): Executor {
	const wait = (ms: number, signal?: AbortSignal) =>
		new Promise<boolean>((resolve) => {
			const timer = setTimeout(() => resolve(true), ms / speed);
			signal?.addEventListener('abort', () => (clearTimeout(timer), resolve(false)), {once: true});
		});
	const project = (name: string | undefined) => (name ? world.projects[name] : undefined);

	async function oc(spec: CommandSpec, onOutput?: (chunk: string) => void): Promise<RawOutcome> {
		const args = spec.args;
		const namespace = flag(args, '-n', '--namespace') ?? 'default';
		const [verb, kind, name] = args;
		const p = project(namespace);
		if (verb === 'version')
			return ok(
				JSON.stringify({
					releaseClientVersion: '4.17.0-practice',
					clientVersion: {gitVersion: 'v4.17.0-practice'},
				}),
			);
		if (verb === 'whoami') return ok(args.includes('--show-server') ? world.server : world.user);
		if (verb === 'registry' && kind === 'info') return ok(world.registry);
		if (verb === 'registry' && kind === 'login') {
			const to = flag(args, '--to');
			if (to)
				await writeFile(
					to,
					JSON.stringify({
						auths: {
							[flag(args, '--registry') ?? world.registry]: {
								auth: Buffer.from(`${world.user}:practice`).toString('base64'),
							},
						},
					}),
					{mode: 0o600},
				);
			return ok(`Saved credentials for ${flag(args, '--registry')}`);
		}
		if (verb === 'get' && kind === 'projects') {
			return list(
				Object.entries(world.projects).map(([n, q]) => ({
					kind: 'Project',
					metadata: {name: n, annotations: {'openshift.io/display-name': q.displayName}},
					status: {phase: 'Active'},
				})),
			);
		}
		if (!p)
			return error(
				`Error from server (Forbidden): User "${world.user}" cannot get resources in the namespace "${namespace}"`,
			);
		if (verb === 'get' && kind === 'imagestream') {
			const stream = p.imagestreams[name ?? ''];
			if (!stream)
				return error(`Error from server (NotFound): imagestreams.image.openshift.io "${name}" not found`);
			return ok(
				JSON.stringify({
					metadata: {name, namespace},
					status: {
						dockerImageRepository: `${INTERNAL}/${namespace}/${name}`,
						publicDockerImageRepository: `${world.registry}/${namespace}/${name}`,
						tags: Object.entries(stream).map(([tag, digest]) => ({
							tag,
							items: [{image: digest, dockerImageReference: `${INTERNAL}/${namespace}/${name}@${digest}`}],
						})),
					},
				}),
			);
		}
		if (verb === 'create' && kind === 'imagestream') {
			p.imagestreams[name!] ??= {};
			return ok(`imagestream.image.openshift.io/${name} created`);
		}
		if (verb === 'get' && kind === 'istag') {
			const [stream, tag] = (name ?? '').split(':');
			const digest = p.imagestreams[stream!]?.[tag!];
			if (!digest)
				return error(`Error from server (NotFound): imagestreamtags.image.openshift.io "${name}" not found`);
			return ok(JSON.stringify({metadata: {name}, image: {metadata: {name: digest}}}));
		}
		if (verb === 'get' && kind === 'rolebindings') {
			return list(
				p.rolebindings.map((b) => ({
					metadata: {name: b.name},
					roleRef: {kind: 'ClusterRole', name: b.role},
					subjects: b.subjects,
				})),
			);
		}
		if (verb === 'policy') {
			const [, command, role, subject] = args as [string, string, string, string];
			const subjectKind = command.endsWith('group') ? 'Group' : 'User';
			if (command.startsWith('add')) {
				let binding = p.rolebindings.find((b) => b.role === role);
				if (!binding) p.rolebindings.push((binding = {name: role, role, subjects: []}));
				binding.subjects.push({kind: subjectKind, name: subject});
				return ok(`clusterrole.rbac.authorization.k8s.io/${role} added: "${subject}"`);
			}
			for (const b of p.rolebindings)
				if (b.role === role)
					b.subjects = b.subjects.filter((s) => !(s.kind === subjectKind && s.name === subject));
			p.rolebindings = p.rolebindings.filter((b) => b.subjects.length > 0);
			return ok(`clusterrole.rbac.authorization.k8s.io/${role} removed: "${subject}"`);
		}
		if (verb === 'get' && kind === 'deployments') {
			return list(
				Object.entries(p.deployments).map(([n, d]) => ({
					metadata: {name: n, annotations: d.triggers ? {'image.openshift.io/triggers': d.triggers} : {}},
					spec: {replicas: 1, template: {spec: {containers: d.containers}}},
				})),
			);
		}
		if (verb === 'set' && kind === 'triggers') {
			const deployment = p.deployments[(name ?? '').replace('deployment/', '')];
			const from = flag(args, '--from-image') ?? '';
			const container = flag(args, '-c') ?? '';
			if (!deployment) return error(`Error from server (NotFound): deployments.apps "${name}" not found`);
			deployment.triggers = JSON.stringify([
				{
					from: {kind: 'ImageStreamTag', name: from},
					fieldPath: `spec.template.spec.containers[?(@.name=="${container}")].image`,
				},
			]);
			const [stream, tag] = from.split(':');
			deployment.history.push(deployment.containers.map((c) => c.image));
			for (const c of deployment.containers)
				if (c.name === container)
					c.image = `${INTERNAL}/${namespace}/${stream}@${p.imagestreams[stream!]?.[tag!] ?? ''}`;
			return ok(`deployment.apps/${name?.replace('deployment/', '')} triggers updated`);
		}
		if (verb === 'rollout' && kind === 'status') {
			const short = (name ?? '').replace('deployment/', '');
			const deployment = p.deployments[short];
			if (!deployment) return error(`Error from server (NotFound): deployments.apps "${short}" not found`);
			let out = '';
			const emit = (line: string) => {
				out += `${line}\n`;
				onOutput?.(`${line}\n`);
			};
			emit(
				`Waiting for deployment "${short}" rollout to finish: 0 out of 1 new replicas have been updated...`,
			);
			if (!(await wait(900, spec.signal))) return error('interrupted');
			emit(`Waiting for deployment "${short}" rollout to finish: 0 of 1 updated replicas are available...`);
			if (!(await wait(1200, spec.signal))) return error('interrupted');
			if (deployment.fails)
				return {...error(`error: deployment "${short}" exceeded its progress deadline`), stdout: out};
			emit(`deployment "${short}" successfully rolled out`);
			return ok(out);
		}
		if (verb === 'get' && kind === 'events') {
			const failing = Object.entries(p.deployments).filter(([, d]) => d.fails);
			return list(
				failing.map(([n], i) => ({
					involvedObject: {name: `${n}-5c9d7b-x2k4p`},
					reason: 'BackOff',
					message:
						'Back-off restarting failed container (practice: this one always fails, so you can try the rollback)',
					type: 'Warning',
					lastTimestamp: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(),
				})),
			);
		}
		if (verb === 'rollout' && kind === 'undo') {
			const short = (name ?? '').replace('deployment/', '');
			const deployment = p.deployments[short];
			const previous = deployment?.history.pop();
			if (!deployment || !previous) return error(`error: no rollout history found for deployment "${short}"`);
			deployment.containers.forEach((c, i) => (c.image = previous[i] ?? c.image));
			return ok(`deployment.apps/${short} rolled back`);
		}
		return error(`practice: "oc ${args.join(' ')}" is not part of the practice cluster`);
	}

	async function podman(spec: CommandSpec, onOutput?: (chunk: string) => void): Promise<RawOutcome> {
		const [verb, first, second] = spec.args;
		if (verb === 'version') return ok('4.9.4 (practice)');
		if (verb === 'images') {
			return ok(
				JSON.stringify(
					world.images.map((i) => ({
						Id: `sha256:${i.id}${'0'.repeat(52)}`,
						Names: [i.ref],
						Size: i.size,
						Created: i.created,
					})),
				),
			);
		}
		if (verb === 'tag') {
			const source = world.images.find((i) => i.ref === first);
			if (!source) return error(`Error: ${first}: image not known`);
			if (!world.images.some((i) => i.ref === second)) world.images.push({...source, ref: second!});
			return ok('');
		}
		if (verb === 'push') {
			// podman push [SOURCE] DESTINATION
			const destination = spec.args.at(-1)!;
			const image =
				world.images.find((i) => i.ref === spec.args.at(-2)) ??
				world.images.find((i) => i.ref === destination);
			if (!image) return error(`Error: ${destination}: image not known`);
			return upload(image, destination, spec, onOutput);
		}
		return error(`practice: "podman ${spec.args.join(' ')}" is not part of the practice machine`);
	}

	/** What podman push and skopeo copy print in a terminal, layer by layer; the registry remembers it. */
	async function upload(
		image: {id: string; layers: number[]},
		destination: string,
		spec: CommandSpec,
		onOutput?: (chunk: string) => void,
	): Promise<RawOutcome> {
		const ids = image.layers.map((_size, i) => digestOf(`${image.id}/${i}`).slice(7, 19));
		const done = image.layers.map(() => 0);
		const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)}MiB`;
		onOutput?.('Getting image source signatures\r\n');
		for (let tick = 1; tick <= 10; tick++) {
			if (!(await wait(250, spec.signal))) return error('Error: copying image: context canceled');
			let frame = '';
			image.layers.forEach((size, i) => {
				done[i] = Math.min(size, Math.round((size * tick) / 10));
				frame +=
					done[i] === size
						? `Copying blob ${ids[i]} done  \r\n`
						: `Copying blob ${ids[i]} [====>-------] ${mib(done[i]!)} / ${mib(size)}\r\n`;
			});
			onOutput?.(frame);
		}
		onOutput?.('Writing manifest to image destination\r\n');
		const [, namespace, rest] = destination.split('/') as [string, string, string];
		const [stream, tag] = rest.split(':') as [string, string];
		const digest = digestOf(`${image.id}:${destination}`);
		const p = project(namespace);
		if (!p?.imagestreams[stream])
			return error(
				`Error: writing manifest: unknown: unexpected status from HEAD request to https://${world.registry}/v2/${namespace}/${stream}/manifests/${digest}: 500`,
			);
		p.imagestreams[stream]![tag] = digest;
		const digestFile = flag(spec.args, '--digestfile');
		if (digestFile) await writeFile(digestFile, digest);
		return ok('');
	}

	/** Remote images: any name is "found" (its layers made up from the name), except on Rahti 1, which is gone. */
	const remote = (ref: string) => ({
		id: digestOf(ref).slice(7, 19),
		layers: [18_000_000, 9_500_000, 2_100_000],
	});
	async function skopeo(spec: CommandSpec, onOutput?: (chunk: string) => void): Promise<RawOutcome> {
		const [verb] = spec.args;
		const refs = spec.args.filter((a) => a.startsWith('docker://')).map((a) => a.slice('docker://'.length));
		const source = refs[0] ?? '';
		if (source.startsWith('docker-registry.rahti.csc.fi/'))
			return error(
				`time="2026-01-01T00:00:00Z" level=fatal msg="Error parsing image name \\"docker://${source}\\": pinging container registry docker-registry.rahti.csc.fi: Get \\"https://docker-registry.rahti.csc.fi/v2/\\": dial tcp: lookup docker-registry.rahti.csc.fi: no such host"`,
			);
		if (verb === 'inspect') {
			const image = remote(source);
			return ok(
				JSON.stringify({
					Name: source.replace(/[:@][^/]*$/, ''),
					Digest: digestOf(source),
					Created: new Date(Date.now() - 3 * 86_400_000).toISOString(),
					Layers: image.layers.map((_s, i) => digestOf(`${source}/${i}`)),
					LayersData: image.layers.map((size, i) => ({Digest: digestOf(`${source}/${i}`), Size: size})),
				}),
			);
		}
		if (verb === 'copy' && refs.length === 2) return upload(remote(source), refs[1]!, spec, onOutput);
		return error(`practice: "skopeo ${spec.args.join(' ')}" is not part of the practice machine`);
	}

	return {
		stopAll() {},
		async execute(spec, _env, onOutput) {
			if (spec.file === 'oc') return oc(spec, onOutput);
			if (spec.file === 'podman') return podman(spec, onOutput);
			if (spec.file === 'skopeo') return skopeo(spec, onOutput);
			return notFound;
		},
	};
}
