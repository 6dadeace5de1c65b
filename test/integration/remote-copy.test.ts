// A remote image copied registry to registry with the real skopeo (no local engine involved): a second
// real registry (helpers/source-registry.ts) plays Docker Hub / GHCR / Rahti 1, read with the
// credentials a `podman login` saved; the Rahti side (the test bed's registry) gets the wizard's private
// auth file.

import {writeFileSync} from 'node:fs';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {pushImageToRahti, type PushPhase} from '../../source/actions/push-image.js';
import {pushTotals, type PushProgress} from '../../source/engine/push-progress.js';
import {inspectRemote} from '../../source/engine/remote-image.js';
import {parseRemoteReference, type RemoteReference} from '../../source/engine/remote-reference.js';
import {createRunner} from '../../source/exec/runner.js';
import {BIG_IMAGE} from '../helpers/images.js';
import {ocCallsContaining, sampleProcessList} from '../helpers/no-secrets.js';
import {freePort} from '../helpers/ports.js';
import {startSourceRegistry, type SourceRegistry} from '../helpers/source-registry.js';
import {createTestBed, type TestBed} from '../helpers/test-bed.js';

let bed: TestBed;
let env: NodeJS.ProcessEnv;
let upstream: string;
let source: SourceRegistry;

const reference = (text: string): RemoteReference => {
	const parsed = parseRemoteReference(text);
	if (!parsed.ok) throw new Error(parsed.problem);
	return parsed.reference;
};

beforeAll(async () => {
	bed = await createTestBed({registry: true});
	source = await startSourceRegistry(bed);
	env = source.env;
	upstream = source.push(BIG_IMAGE, 'upstream/big:2.0');
});
afterAll(async () => {
	await source?.registry.stop();
	await bed.cleanup();
});

describe('a remote image', () => {
	it('is inspected without downloading it: digest, size, created', async () => {
		const result = await inspectRemote(createRunner(env), reference(upstream));
		if (!result.ok) throw new Error(result.problem.message);
		const head = await source.registry.api('HEAD', '/v2/upstream/big/manifests/2.0');
		expect(result.image.digest).toBe(head.headers['docker-content-digest']);
		expect(result.image.layers).toBe(5);
		expect(result.image.createdAt).toBeInstanceOf(Date);
		expect(result.image).toMatchObject({ref: upstream, tag: '2.0', remote: true});
	});

	it('is copied straight to the project with skopeo: image stream first, progress, digest verified', async () => {
		const runner = createRunner(env);
		const phases: PushPhase[] = [];
		const snapshots: PushProgress[] = [];
		const sampler = sampleProcessList(bed.token);
		const outcome = await pushImageToRahti(
			runner,
			{
				engine: 'skopeo',
				source: upstream,
				target: {registry: bed.registry!.host, project: 'alice-web', name: 'copied', tag: '2.0'},
				onPhase: (p) => phases.push(p),
				onProgress: (p) => snapshots.push(p),
			},
			env,
		);
		const {leaks} = sampler.stop();
		if (!outcome.ok) throw new Error(`${outcome.phase}: ${outcome.problem.message}`);
		expect(phases).toEqual(['imagestream', 'credentials', 'upload', 'verify']);
		expect(outcome.createdImageStream).toBe(true);
		const head = await bed.registry!.api('HEAD', '/v2/alice-web/copied/manifests/2.0');
		expect(head.status).toBe(200);
		expect(head.headers['docker-content-digest']).toBe(outcome.digest);
		// Byte progress from skopeo's terminal output, as with podman: ~50 MB in five layers.
		expect(pushTotals(snapshots.at(-1)!).total).toBeGreaterThan(50_000_000);
		expect(
			snapshots.some((s) => s.layers.some((l) => l.state === 'pushing' && l.current !== undefined)),
		).toBe(true);
		const copy = runner.records().find((r) => r.display.startsWith('skopeo copy'))!;
		expect(copy.display).toContain(`--dest-authfile `);
		expect(copy.display).toContain(
			`docker://${upstream} docker://${bed.registry!.host}/alice-web/copied:2.0`,
		);
		expect(copy.display).not.toContain('--format');
		expect(leaks).toEqual([]);
		expect(ocCallsContaining(bed.oc.calls(), bed.token)).toEqual([]);
	});

	it('that is not there: not found, with what to check', async () => {
		const result = await inspectRemote(
			createRunner(env),
			reference(`${source.registry.host}/upstream/big:9.9`),
		);
		expect(result).toMatchObject({ok: false, problem: {kind: 'not-found'}});
	});

	it('behind a login the user has not made: unauthorized, and how to log in', async () => {
		const empty = path.join(bed.dir, 'empty-auth.json');
		writeFileSync(empty, '{"auths":{}}');
		const result = await inspectRemote(
			createRunner({...env, REGISTRY_AUTH_FILE: empty}),
			reference(upstream),
		);
		expect(result).toMatchObject({ok: false, problem: {kind: 'unauthorized'}});
		if (!result.ok) expect(result.problem.fix).toContain(`skopeo login ${source.registry.host}`);
	});

	it('on a registry that does not answer: unreachable', async () => {
		const port = await freePort();
		const result = await inspectRemote(createRunner(env), reference(`127.0.0.1:${port}/p/app:1`));
		expect(result).toMatchObject({ok: false, problem: {kind: 'unreachable'}});
	});

	it('that disappears during the copy: the source is named as the problem', async () => {
		const outcome = await pushImageToRahti(
			createRunner(env),
			{
				engine: 'skopeo',
				source: `${source.registry.host}/upstream/gone:1`,
				target: {registry: bed.registry!.host, project: 'alice-web', name: 'gone', tag: '1'},
			},
			env,
		);
		expect(outcome).toMatchObject({ok: false, phase: 'upload', problem: {kind: 'source'}});
	});
});
