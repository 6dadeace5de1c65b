import type {ComponentProps} from 'react';
import {afterEach, describe, expect, it} from 'vitest';
import {AccessStep} from '../../source/steps/access/access-step.js';
import {DeployStep} from '../../source/steps/deploy/deploy-step.js';
import type {AccessOutcome, DeployOutcome} from '../../source/wizard/reducer.js';
import {KEYS, renderWith, testServices} from '../helpers/render.js';
import {scriptedRunner, type Answer} from '../helpers/scripted-runner.js';

const SERVER = 'https://api.2.rahti.csc.fi:6443';
let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function show(node: React.ReactNode, answers: Record<string, Answer>, options = {}) {
	const runner = scriptedRunner(answers);
	const view = renderWith(testServices(runner, {}, options), node, {columns: 100, rows: 30});
	cleanup = view.unmount;
	return {view, runner};
}

const bindings = (items: unknown[]) => ({stdout: JSON.stringify({kind: 'List', items})});
const noop = () => {};
/** Step 5 as the app shows it, with what a test changes. */
const accessStep = (props: Partial<ComponentProps<typeof AccessStep>> = {}) => (
	<AccessStep
		isActive
		height={24}
		width={100}
		server={SERVER}
		project="p"
		onDone={noop}
		onBack={noop}
		onRelogin={noop}
		{...props}
	/>
);
/** What the old docs had people run: a registry-viewer binding to a *user* named system:unauthenticated. */
const OLD_DOCS_LEFTOVER = bindings([
	{
		metadata: {name: 'registry-viewer'},
		roleRef: {name: 'registry-viewer'},
		subjects: [{kind: 'User', name: 'system:unauthenticated'}],
	},
]);

describe('step 5: access', () => {
	it('making images public asks for a confirmation that names the project; n does nothing', async () => {
		let outcome: AccessOutcome | undefined;
		const {view, runner} = show(accessStep({onDone: (o) => (outcome = o)}), {
			'oc get rolebindings': bindings([]),
			'oc policy': {stdout: 'ok'},
		});
		await view.waitFor('Now: Private');
		await view.press(KEYS.down, KEYS.down, KEYS.enter);
		await view.waitFor('These commands will run');
		await view.press(KEYS.enter);
		await view.waitFor('Make every image in project p public to anyone on the internet?');
		await view.press('n');
		await view.waitFor('Now: Private');
		expect(runner.calls.some((c) => c.args[0] === 'policy')).toBe(false);
		await view.press(KEYS.down, KEYS.down, KEYS.enter);
		await view.waitFor('These commands will run');
		await view.press(KEYS.enter);
		await view.waitFor('public to anyone');
		await view.press('y');
		await view.waitFor(() => outcome !== undefined);
		expect(outcome).toMatchObject({kind: 'set', level: 'public'});
		expect(runner.calls.filter((c) => c.args[0] === 'policy')).toHaveLength(3);
	});

	it('in a short terminal the commands shrink to one line each and the question stays on screen', async () => {
		const {view} = show(accessStep({height: 10, width: 80, project: 'a-long-project-name'}), {
			'oc get rolebindings': bindings([]),
		});
		await view.waitFor('Now: Private');
		await view.press(KEYS.down, KEYS.down, KEYS.enter);
		await view.waitFor('These commands will run');
		expect(view.frame()).not.toContain('# Let');
		expect(view.frame()).toContain('Enter: run them');
		await view.press(KEYS.enter);
		await view.waitFor('public to anyone on the internet? y: yes');
		expect(view.frame().split('\n').length).toBeLessThanOrEqual(10);
	});

	it('--access given to the full-screen wizard is preselected, even over a leftover’s meaning', async () => {
		const {view} = show(
			accessStep(),
			{
				'oc get rolebindings': OLD_DOCS_LEFTOVER,
			},
			{choices: {access: 'authenticated'}},
		);
		await view.waitFor('Old-docs leftover');
		expect(view.frame()).toMatch(/❯ All logged-in Rahti users/);
	});

	it('in a short terminal the levels scroll, so every choice can still be reached and seen', async () => {
		const {view} = show(accessStep({height: 11, width: 60}), {'oc get rolebindings': OLD_DOCS_LEFTOVER});
		await view.waitFor(/❯ Anyone on the internet/);
		expect(view.frame().split('\n').length).toBeLessThanOrEqual(11);
		expect(view.frame()).not.toContain('Skip: leave access');
		await view.press(KEYS.down);
		await view.waitFor(/❯ Skip: leave access as it is/);
		expect(view.frame().split('\n').length).toBeLessThanOrEqual(11);
	});

	it('shows an old-docs leftover and preselects what it meant', async () => {
		const {view} = show(accessStep(), {
			'oc get rolebindings': OLD_DOCS_LEFTOVER,
		});
		await view.waitFor('Old-docs leftover');
		expect(view.frame()).toMatch(/which\s+matches nobody/);
		expect(view.frame()).toMatch(/❯ Anyone on the internet/);
	});

	it('already at the chosen level: nothing to change', async () => {
		let outcome: AccessOutcome | undefined;
		const {view, runner} = show(accessStep({onDone: (o) => (outcome = o)}), {
			'oc get rolebindings': bindings([
				{
					metadata: {name: 'x'},
					roleRef: {name: 'system:image-puller'},
					subjects: [{kind: 'Group', name: 'system:authenticated'}],
				},
			]),
		});
		await view.waitFor('Now: All logged-in Rahti users');
		await view.press(KEYS.enter);
		await view.waitFor('Already so: nothing to change');
		await view.press(KEYS.enter);
		expect(outcome).toEqual({kind: 'set', level: 'authenticated', commands: []});
		expect(runner.calls.some((c) => c.args[0] === 'policy')).toBe(false);
	});
});

const deployments = (items: unknown[]) => ({stdout: JSON.stringify({items})});
const api = {
	metadata: {name: 'api'},
	spec: {
		template: {
			spec: {
				containers: [
					{name: 'api', image: 'python'},
					{name: 'proxy', image: 'nginx'},
				],
			},
		},
	},
};
const props = {
	isActive: true,
	height: 22,
	width: 100,
	server: SERVER,
	project: 'p',
	imageStream: 'app',
	tag: '1.0',
	onBack: noop,
	onRelogin: noop,
};

describe('step 6: deploy', () => {
	it('several containers are listed; the chosen one gets the trigger', async () => {
		let outcome: DeployOutcome | undefined;
		const {view, runner} = show(<DeployStep {...props} onDone={(o) => (outcome = o)} />, {
			'oc get deployments': deployments([api]),
			'oc set triggers': {stdout: 'deployment.apps/api triggers updated'},
			'oc rollout status': {stdout: 'deployment "api" successfully rolled out\n'},
		});
		await view.waitFor('❯ api');
		await view.press(KEYS.enter);
		await view.waitFor('has 2 containers');
		await view.press(KEYS.down, KEYS.enter);
		await view.waitFor('oc set triggers deployment/api --from-image=app:1.0 -c proxy -n p');
		await view.press(KEYS.enter);
		await view.waitFor('Rolled out');
		await view.press(KEYS.enter);
		expect(outcome).toEqual({
			kind: 'done',
			deployment: 'api',
			container: 'proxy',
			result: 'rolled-out',
			message: 'deployment "api" successfully rolled out',
		});
		expect(runner.calls.find((c) => c.args[0] === 'set')?.args).toEqual([
			'set',
			'triggers',
			'deployment/api',
			'--from-image=app:1.0',
			'-c',
			'proxy',
			'-n',
			'p',
		]);
	});

	it('a failed rollout shows the events and rolls back on request', async () => {
		let outcome: DeployOutcome | undefined;
		const web = {
			metadata: {name: 'web'},
			spec: {template: {spec: {containers: [{name: 'web', image: 'nginx'}]}}},
		};
		const {view, runner} = show(<DeployStep {...props} onDone={(o) => (outcome = o)} />, {
			'oc get deployments': deployments([web]),
			'oc set triggers': {},
			'oc rollout status': {
				ok: false,
				stdout: 'Waiting for deployment "web" rollout to finish: 0 of 1 updated replicas are available...\n',
				stderr: 'error: deployment "web" exceeded its progress deadline\n',
			},
			'oc get events': {
				stdout: JSON.stringify({
					items: [
						{
							involvedObject: {name: 'web-abc'},
							reason: 'BackOff',
							message: 'Back-off restarting failed container',
							type: 'Warning',
							lastTimestamp: '2026-12-03T12:00:00Z',
						},
					],
				}),
			},
			'oc rollout undo': {stdout: 'deployment.apps/web rolled back'},
		});
		await view.waitFor('❯ web');
		await view.press(KEYS.enter);
		await view.waitFor('Enter: run');
		await view.press(KEYS.enter);
		await view.waitFor('did not finish');
		expect(view.frame()).toContain('BackOff: Back-off restarting failed container (web-abc)');
		await view.press(KEYS.enter);
		await view.waitFor(() => outcome !== undefined);
		expect(outcome).toMatchObject({kind: 'done', result: 'rolled-back'});
		expect(runner.calls.some((c) => c.args.join(' ') === 'rollout undo deployment/web -n p')).toBe(true);
	});

	it('the deployment already following the image stream is preselected; Skip is always there', async () => {
		let outcome: DeployOutcome | undefined;
		const following = {
			metadata: {
				name: 'zeta',
				annotations: {
					'image.openshift.io/triggers':
						'[{"from":{"kind":"ImageStreamTag","name":"app:0.9"},"fieldPath":"spec.template.spec.containers[?(@.name==\\"z\\")].image"}]',
				},
			},
			spec: {template: {spec: {containers: [{name: 'z', image: 'x'}]}}},
		};
		const {view} = show(<DeployStep {...props} onDone={(o) => (outcome = o)} />, {
			'oc get deployments': deployments([api, following]),
		});
		await view.waitFor('❯ zeta');
		expect(view.frame()).toContain('z ← app:0.9');
		await view.press(KEYS.end);
		await view.waitFor('❯ Skip');
		await view.press(KEYS.enter);
		expect(outcome).toEqual({kind: 'skipped'});
	});
});
