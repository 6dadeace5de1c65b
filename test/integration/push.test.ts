// Step 4 against the real registry, real podman and the real docker CLI (through podman's API service),
// with the fake oc keeping image streams that follow the registry.

import {existsSync, readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {pushImageToRahti, type PushPhase} from '../../source/actions/push-image.js';
import {pushTotals, type PushProgress} from '../../source/engine/push-progress.js';
import {createRunner} from '../../source/exec/runner.js';
import {BIG_IMAGE, SLOW_IMAGE, TINY_IMAGE} from '../helpers/images.js';
import {ocCallsContaining, sampleProcessList} from '../helpers/no-secrets.js';
import {createTestBed, type TestBed} from '../helpers/test-bed.js';

let bed: TestBed;
beforeAll(async () => {
	bed = await createTestBed({registry: true, podmanService: true});
});
afterAll(async () => bed.cleanup());

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function processesMentioning(text: string): string[] {
	const found: string[] = [];
	for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
		try {
			const line = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
			if (line.includes(text)) found.push(`${pid}: ${line}`);
		} catch {
			// Ended while reading.
		}
	}
	return found;
}

describe.each(['podman', 'docker'] as const)('push with %s', (engine) => {
	it('creates the image stream, pushes the multi-layer image with byte progress, and verifies the digest', async () => {
		const runner = createRunner(bed.env());
		const target = {registry: bed.registry!.host, project: 'alice-web', name: `big-${engine}`, tag: '2.0'};
		const phases: PushPhase[] = [];
		const snapshots: PushProgress[] = [];
		const sampler = sampleProcessList(bed.token);
		const outcome = await pushImageToRahti(
			runner,
			{
				engine,
				source: BIG_IMAGE,
				target,
				onPhase: (p) => phases.push(p),
				onProgress: (p) => snapshots.push(p),
			},
			bed.env(),
		);
		const {leaks} = sampler.stop();
		if (!outcome.ok) throw new Error(`${outcome.phase}: ${outcome.problem.message}`);

		expect(phases).toEqual(['imagestream', 'credentials', 'upload', 'verify']);
		expect(outcome.createdImageStream).toBe(true);
		expect(bed.oc.read().projects['alice-web']!.imagestreams).toHaveProperty(`big-${engine}`);

		// The registry's own answer is the digest the wizard reported.
		const head = await bed.registry!.api('HEAD', `/v2/alice-web/big-${engine}/manifests/2.0`);
		expect(head.status).toBe(200);
		expect(head.headers['docker-content-digest']).toBe(outcome.digest);
		expect(outcome.pullSpecs).toEqual({
			public: `${bed.registry!.host}/alice-web/big-${engine}:2.0`,
			internal: `image-registry.openshift-image-registry.svc:5000/alice-web/big-${engine}:2.0`,
		});

		if (engine === 'podman') {
			// Byte progress from podman's terminal output: ~50 MB in five layers.
			const last = snapshots.at(-1)!;
			expect(last.layers.length).toBeGreaterThanOrEqual(5);
			expect(pushTotals(last).total).toBeGreaterThan(50_000_000);
			expect(
				snapshots.some((s) => s.layers.some((l) => l.state === 'pushing' && l.current !== undefined)),
			).toBe(true);
			expect(last.layers.every((l) => l.state === 'done' || l.state === 'exists')).toBe(true);
		} else {
			// podman's Docker-compatible API sends the docker CLI no layer progress at all (a real Docker
			// daemon does; that format is covered by the parser's unit tests). The digest line still comes.
			expect(snapshots.some((s) => s.digest === outcome.digest)).toBe(true);
		}

		// Nothing is left behind in the local image list: the source image keeps its name, and the
		// registry name was never added (podman) or was removed again (docker).
		const images = (
			await runner.run({file: 'podman', args: ['images', '--format', '{{.Repository}}:{{.Tag}}']})
		).stdout;
		expect(images).toContain(BIG_IMAGE);
		expect(images).not.toContain(`${target.registry}/alice-web/big-${engine}:2.0`);

		expect(leaks).toEqual([]);
		expect(ocCallsContaining(bed.oc.calls(), bed.token)).toEqual([]);
		// The private auth file oc wrote is gone with its directory.
		const login = runner.records().find((r) => r.display.startsWith('oc registry login'))!;
		const authFile = login.display.split(' --to ')[1]!;
		expect(authFile).toMatch(/rahti-push-auth-\w+\/config\.json$/);
		expect(existsSync(path.dirname(authFile))).toBe(false);
	});
});

describe('push failures', () => {
	it('wrong registry password: unauthorized, explained', async () => {
		bed.oc.update((state) => {
			state.tokens['sha256~not-the-registry-password'] = 'alice';
		});
		bed.oc.writeLogin('alice', 'sha256~not-the-registry-password');
		try {
			const outcome = await pushImageToRahti(
				createRunner(bed.env()),
				{
					engine: 'podman',
					source: TINY_IMAGE,
					target: {registry: bed.registry!.host, project: 'alice-web', name: 'tiny', tag: '1'},
				},
				bed.env(),
			);
			expect(outcome).toMatchObject({ok: false, phase: 'upload', problem: {kind: 'unauthorized'}});
		} finally {
			bed.oc.writeLogin('alice', bed.token);
		}
	});

	it('registry stopped mid-push: unreachable, explained; restarted: the retry succeeds', async () => {
		const target = {registry: bed.registry!.host, project: 'alice-web', name: 'retry', tag: '1'};
		let stopping: Promise<void> | undefined;
		const failed = await pushImageToRahti(
			createRunner(bed.env()),
			{
				engine: 'podman',
				source: BIG_IMAGE,
				target,
				onPhase: (phase) => phase === 'upload' && (stopping = delay(120).then(() => bed.registry!.stop())),
			},
			bed.env(),
		);
		await stopping;
		expect(failed).toMatchObject({ok: false, phase: 'upload', problem: {kind: 'unreachable'}});
		await bed.registry!.start();
		const retried = await pushImageToRahti(
			createRunner(bed.env()),
			{engine: 'podman', source: BIG_IMAGE, target},
			bed.env(),
		);
		expect(retried.ok).toBe(true);
	});

	it('a registry certificate this machine does not trust: a TLS error with the fix', async () => {
		// Another HOME: podman no longer finds the test CA in ~/.config/containers/certs.d.
		const env = {...bed.env(), HOME: `${bed.dir}/untrusting-home`, KUBECONFIG: bed.oc.kubeconfigPath};
		const outcome = await pushImageToRahti(
			createRunner(env),
			{
				engine: 'podman',
				source: TINY_IMAGE,
				target: {registry: bed.registry!.host, project: 'alice-web', name: 'tls', tag: '1'},
			},
			env,
		);
		expect(outcome).toMatchObject({
			ok: false,
			phase: 'upload',
			problem: {kind: 'tls', fix: expect.stringContaining('certs.d')},
		});
	});

	it('docker engine gone: says so, with the fix', async () => {
		const env = {...bed.env(), DOCKER_HOST: `unix://${bed.dir}/no-daemon.sock`};
		const outcome = await pushImageToRahti(
			createRunner(env),
			{
				engine: 'docker',
				source: TINY_IMAGE,
				target: {registry: bed.registry!.host, project: 'alice-web', name: 'down', tag: '1'},
			},
			env,
		);
		expect(outcome).toMatchObject({ok: false, problem: {kind: 'engine-down'}});
	});

	it('a project you are not a member of: denied before anything is pushed', async () => {
		const outcome = await pushImageToRahti(
			createRunner(bed.env()),
			{
				engine: 'podman',
				source: TINY_IMAGE,
				target: {registry: bed.registry!.host, project: 'someone-else', name: 'x', tag: '1'},
			},
			bed.env(),
		);
		expect(outcome).toMatchObject({ok: false, phase: 'imagestream', problem: {kind: 'denied'}});
	});

	it('cancel mid-push: the push and its children are gone, the result says cancelled', async () => {
		const controller = new AbortController();
		const runner = createRunner(bed.env());
		const outcome = pushImageToRahti(
			runner,
			{
				engine: 'podman',
				source: SLOW_IMAGE,
				target: {registry: bed.registry!.host, project: 'alice-web', name: 'cancelled', tag: '1'},
				signal: controller.signal,
				onPhase: (phase) => phase === 'upload' && setTimeout(() => controller.abort(), 150),
			},
			bed.env(),
		);
		const result = await outcome;
		expect(result).toMatchObject({ok: false, problem: {kind: 'canceled'}});
		expect(runner.records().some((r) => r.state === 'running')).toBe(false);
		expect(processesMentioning('alice-web/cancelled')).toEqual([]);
		// The same check sees a running push (so it can fail):
		const running = pushImageToRahti(createRunner(bed.env()), {
			engine: 'podman',
			source: BIG_IMAGE,
			target: {registry: bed.registry!.host, project: 'alice-web', name: 'seen', tag: '1'},
			onPhase: (phase) =>
				phase === 'upload' && setTimeout(() => seen.push(...processesMentioning('alice-web/seen')), 100),
		});
		const seen: string[] = [];
		await running;
		expect(seen.length).toBeGreaterThan(0);
	});
});
