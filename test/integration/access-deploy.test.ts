// Steps 5 and 6 against the fake oc through the real runner; effects are checked on the fake's state.

import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {pushImageToRahti} from '../../source/actions/push-image.js';
import {createRunner} from '../../source/exec/runner.js';
import {accessPlan, currentAccess, findLeftovers, type AccessLevel} from '../../source/rahti/access.js';
import {readRoleBindings, runPlan} from '../../source/rahti/access-commands.js';
import {
	listDeployments,
	recentEvents,
	rollBack,
	setImageTrigger,
	watchRollout,
} from '../../source/rahti/deploy-commands.js';
import type {RolloutProgress} from '../../source/rahti/rollout.js';
import {TINY_IMAGE} from '../helpers/images.js';
import {createTestBed, type TestBed} from '../helpers/test-bed.js';

let bed: TestBed;
let digest: string;
beforeAll(async () => {
	bed = await createTestBed({registry: true});
	const pushed = await pushImageToRahti(
		createRunner(bed.env()),
		{
			engine: 'podman',
			source: TINY_IMAGE,
			target: {registry: bed.registry!.host, project: 'alice-web', name: 'app', tag: '1.0'},
		},
		bed.env(),
	);
	if (!pushed.ok) throw new Error(pushed.problem.message);
	digest = pushed.digest;
});
afterAll(async () => bed.cleanup());

async function setLevel(level: AccessLevel) {
	const runner = createRunner(bed.env());
	const read = await readRoleBindings(runner, 'alice-web');
	if (!read.ok) throw new Error(read.message);
	const plan = accessPlan(read.bindings, level, 'alice-web');
	const applied = await runPlan(runner, plan);
	if (!applied.ok) throw new Error(applied.message);
	const after = await readRoleBindings(runner, 'alice-web');
	if (!after.ok) throw new Error(after.message);
	return {plan, after: after.bindings};
}

const pullerSubjects = () =>
	(bed.oc.read().projects['alice-web']!.rolebindings ?? [])
		.filter((b) => b.role === 'system:image-puller')
		.flatMap((b) => b.subjects.map((s) => `${s.kind}:${s.name}`))
		.sort();

describe('access', () => {
	it.each([
		['authenticated', ['Group:system:authenticated']],
		['public', ['Group:system:authenticated', 'Group:system:unauthenticated', 'User:system:anonymous']],
		['authenticated', ['Group:system:authenticated']],
		['private', []],
		['public', ['Group:system:authenticated', 'Group:system:unauthenticated', 'User:system:anonymous']],
		['private', []],
	] as const)(
		'→ %s: the bindings are exactly that, and doing it again runs nothing',
		async (level, subjects) => {
			const {after} = await setLevel(level);
			expect(currentAccess(after)).toEqual({level, exact: true});
			expect(pullerSubjects()).toEqual(subjects);
			const calls = bed.oc.calls().length;
			const again = await setLevel(level);
			expect(again.plan).toEqual([]);
			expect(bed.oc.calls().filter((c) => c.argv[0] === 'policy')).toHaveLength(
				bed.oc
					.calls()
					.slice(0, calls)
					.filter((c) => c.argv[0] === 'policy').length,
			);
			// The project admin's own binding is never touched.
			expect(
				bed.oc.read().projects['alice-web']!.rolebindings!.find((b) => b.role === 'admin')?.subjects,
			).toEqual([{kind: 'User', name: 'alice'}]);
		},
	);

	it('cleans up old-docs leftovers and sets what they meant', async () => {
		bed.oc.update((state) => {
			state.projects['alice-web']!.rolebindings!.push({
				name: 'registry-viewer',
				role: 'registry-viewer',
				subjects: [{kind: 'User', name: 'system:unauthenticated'}],
			});
		});
		const runner = createRunner(bed.env());
		const read = await readRoleBindings(runner, 'alice-web');
		if (!read.ok) throw new Error(read.message);
		expect(findLeftovers(read.bindings)).toHaveLength(1);
		const {after} = await setLevel('public');
		expect(findLeftovers(after)).toEqual([]);
		expect(bed.oc.read().projects['alice-web']!.rolebindings!.some((b) => b.role === 'registry-viewer')).toBe(
			false,
		);
		await setLevel('private');
	});

	it('no rights to change bindings: the plan fails with oc’s forbidden message', async () => {
		bed.oc.update((state) => (state.projects['alice-web']!.admins = ['bob']));
		try {
			const runner = createRunner(bed.env());
			const result = await runPlan(runner, accessPlan([], 'authenticated', 'alice-web'));
			expect(result).toMatchObject({ok: false, kind: 'forbidden'});
		} finally {
			bed.oc.update((state) => delete state.projects['alice-web']!.admins);
		}
	});
});

describe('deploy', () => {
	it('one container: the trigger is set in oc’s form, the image resolved, and the rollout watched', async () => {
		const runner = createRunner(bed.env());
		const list = await listDeployments(runner, 'alice-web');
		expect(list).toMatchObject({
			ok: true,
			deployments: [{name: 'web', containers: [{name: 'web', image: 'docker.io/library/nginx:1.27'}]}],
		});
		expect(await setImageTrigger(runner, 'alice-web', 'web', 'web', 'app:1.0')).toEqual({ok: true});
		const seen: RolloutProgress[] = [];
		const result = await watchRollout(runner, 'alice-web', 'web', (p) => seen.push(p));
		expect(result.state).toBe('succeeded');
		expect(seen.some((p) => p.state === 'waiting')).toBe(true);
		const web = bed.oc.read().projects['alice-web']!.deployments!.web!;
		expect(JSON.parse(web.annotations!['image.openshift.io/triggers']!)).toEqual([
			{
				from: {kind: 'ImageStreamTag', name: 'app:1.0'},
				fieldPath: 'spec.template.spec.containers[?(@.name=="web")].image',
			},
		]);
		expect(web.containers[0]!.image).toBe(
			`image-registry.openshift-image-registry.svc:5000/alice-web/app@${digest}`,
		);
		const again = await listDeployments(runner, 'alice-web');
		expect(again.ok && again.deployments[0]!.containers[0]!.trigger).toEqual({
			imageStreamTag: 'app:1.0',
			paused: false,
		});
	});

	it('several containers: only the chosen one changes', async () => {
		bed.oc.update((state) => {
			state.projects['alice-web']!.deployments!.api = {
				containers: [
					{name: 'api', image: 'python:3.12'},
					{name: 'proxy', image: 'nginx:1.27'},
				],
			};
		});
		const runner = createRunner(bed.env());
		expect(await setImageTrigger(runner, 'alice-web', 'api', 'api', 'app:1.0')).toEqual({ok: true});
		const api = bed.oc.read().projects['alice-web']!.deployments!.api!;
		expect(api.containers.map((c) => c.image)).toEqual([
			`image-registry.openshift-image-registry.svc:5000/alice-web/app@${digest}`,
			'nginx:1.27',
		]);
	});

	it('a failing rollout: the deadline, the events, and a rollback to the previous image', async () => {
		bed.oc.update((state) => {
			const project = state.projects['alice-web']!;
			project.deployments!.broken = {
				containers: [{name: 'broken', image: 'nginx:1.27'}],
				rollout: {mode: 'fail'},
			};
			project.events = [
				{object: 'broken-5d8f-x1', reason: 'BackOff', message: 'Back-off restarting failed container broken'},
			];
		});
		const runner = createRunner(bed.env());
		await setImageTrigger(runner, 'alice-web', 'broken', 'broken', 'app:1.0');
		const result = await watchRollout(runner, 'alice-web', 'broken', () => {});
		expect(result).toMatchObject({
			state: 'failed',
			message: 'deployment "broken" exceeded its progress deadline',
		});
		expect((await recentEvents(runner, 'alice-web', 'broken')).map((e) => e.reason)).toEqual(['BackOff']);
		expect(await rollBack(runner, 'alice-web', 'broken')).toEqual({ok: true});
		expect(bed.oc.read().projects['alice-web']!.deployments!.broken!.containers[0]!.image).toBe('nginx:1.27');
	});

	it('a new push to a tag that is already the trigger still rolls out', async () => {
		const runner = createRunner(bed.env());
		const before = bed.oc.read().projects['alice-web']!.deployments!.web!.revision ?? 1;
		const pushed = await pushImageToRahti(
			runner,
			{
				engine: 'podman',
				source: 'localhost/rahti-test-big:2.0',
				target: {registry: bed.registry!.host, project: 'alice-web', name: 'app', tag: '1.0'},
			},
			bed.env(),
		);
		expect(pushed.ok).toBe(true);
		await setImageTrigger(runner, 'alice-web', 'web', 'web', 'app:1.0');
		const web = bed.oc.read().projects['alice-web']!.deployments!.web!;
		expect(web.revision).toBe(before + 1);
		expect(web.containers[0]!.image).toContain(pushed.ok ? pushed.digest : 'x');
		expect((await watchRollout(runner, 'alice-web', 'web', () => {})).state).toBe('succeeded');
	});

	it('a project with no deployments lists none', async () => {
		const list = await listDeployments(createRunner(bed.env()), 'alice-ml');
		expect(list.ok && list.deployments.map((d) => d.name)).toEqual(['api']);
		bed.oc.update((state) => (state.projects['alice-ml']!.deployments = {}));
		expect(await listDeployments(createRunner(bed.env()), 'alice-ml')).toEqual({ok: true, deployments: []});
	});
});
