import {afterEach, describe, expect, it} from 'vitest';
import type {LocalImage} from '../../source/engine/types.js';
import {ProjectStep} from '../../source/steps/project/project-step.js';
import {PushStep} from '../../source/steps/push/push-step.js';
import {KEYS, renderWith, testServices} from '../helpers/render.js';
import {scriptedRunner, type Answer} from '../helpers/scripted-runner.js';

const SERVER = 'https://api.2.rahti.csc.fi:6443';
const image: LocalImage = {
	ref: 'localhost/My_App:1.2',
	repository: 'localhost/My_App',
	tag: '1.2',
	id: 'x',
	sizeBytes: 1,
	createdAt: undefined,
};
const projectsJson = (names: string[]) =>
	JSON.stringify({
		kind: 'List',
		items: names.map((name) => ({
			metadata: {name, annotations: {'openshift.io/display-name': `${name} display`}},
			status: {phase: 'Active'},
		})),
	});

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function show(
	node: React.ReactNode,
	answers: Record<string, Answer>,
	servicesPatch?: (s: ReturnType<typeof testServices>) => void,
) {
	const services = testServices(scriptedRunner(answers));
	servicesPatch?.(services);
	const view = renderWith(services, node);
	cleanup = view.unmount;
	return {view, services};
}

const noop = () => {};

describe('step 3: project', () => {
	it('lists projects, preselects the last one used, filters, chooses', async () => {
		let chosen = '';
		const {view} = show(
			<ProjectStep
				isActive
				height={18}
				width={80}
				server={SERVER}
				imageRef={image.ref}
				onChosen={(p) => (chosen = p)}
				onBack={noop}
				onRelogin={noop}
			/>,
			{'oc get projects': {stdout: projectsJson(['alpha', 'beta', 'gamma'])}},
			(s) => s.settings.rememberProject(SERVER, 'beta', {}),
		);
		await view.waitFor('❯ beta');
		expect(view.frame()).toContain('(last used)');
		await view.press('gam');
		await view.waitFor('❯ gamma');
		await view.press(KEYS.enter);
		expect(chosen).toBe('gamma');
	});

	it('no projects: how to create one, with the csc_project description', async () => {
		const {view} = show(
			<ProjectStep
				isActive
				height={18}
				width={80}
				server={SERVER}
				imageRef={image.ref}
				onChosen={noop}
				onBack={noop}
				onRelogin={noop}
			/>,
			{'oc get projects': {stdout: projectsJson([])}},
		);
		await view.waitFor('You have no projects on Rahti yet');
		expect(view.frame()).toContain('csc_project');
	});

	it('expired login: l goes to log in again', async () => {
		let relogin = false;
		const {view} = show(
			<ProjectStep
				isActive
				height={18}
				width={80}
				server={SERVER}
				imageRef={image.ref}
				onChosen={noop}
				onBack={noop}
				onRelogin={() => (relogin = true)}
			/>,
			{'oc get projects': {ok: false, stderr: 'error: You must be logged in to the server (Unauthorized)'}},
		);
		await view.waitFor('Your login has expired');
		await view.press('l');
		expect(relogin).toBe(true);
	});
});

const pushProps = {
	isActive: true,
	height: 18,
	width: 80,
	server: SERVER,
	project: 'p',
	engine: 'podman' as const,
	image,
	onPushed: noop,
	onBack: noop,
	onRelogin: noop,
};

describe('step 4: name, tag and push', () => {
	it('defaults from the image, validates as you type, with the reason', async () => {
		const {view} = show(<PushStep {...pushProps} />, {});
		await view.waitFor('❯ image stream  my-app');
		expect(view.frame()).toContain('tag           1.2');
		await view.press('X');
		await view.waitFor('Lowercase only.');
		await view.press(KEYS.backspace, KEYS.tab, '!');
		await view.waitFor('Only letters, digits');
	});

	it('warns before overwriting an existing tag, showing its digest', async () => {
		const digest = 'sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef';
		const stream = {
			metadata: {name: 'my-app'},
			status: {
				publicDockerImageRepository: 'reg.example/p/my-app',
				tags: [{tag: '1.2', items: [{image: digest}]}],
			},
		};
		const {view} = show(<PushStep {...pushProps} />, {
			'oc get imagestream my-app': {stdout: JSON.stringify(stream)},
		});
		await view.waitFor('❯ image stream');
		await view.press(KEYS.enter);
		await view.waitFor('my-app:1.2 already exists in p');
		expect(view.frame()).toContain('sha256:0123456789ab');
		await view.press(KEYS.left);
		await view.waitFor('❯ image stream');
	});

	it('a denied push is explained, and r retries', async () => {
		let attempts = 0;
		const {view} = show(<PushStep {...pushProps} />, {
			'oc get imagestream': {
				ok: false,
				stderr: 'Error from server (NotFound): imagestreams.image.openshift.io "my-app" not found',
			},
			'oc create imagestream': {stdout: 'imagestream.image.openshift.io/my-app created'},
			'oc registry info': {stdout: 'reg.example\n'},
			'oc registry login': {stdout: 'Saved credentials'},
			'podman tag': {},
			'podman push': () => {
				attempts++;
				return {
					ok: false,
					stdout: 'Error: writing blob: denied: requested access to the resource is denied\r\n',
				};
			},
		});
		await view.waitFor('❯ image stream');
		await view.press(KEYS.enter);
		await view.waitFor('You may not push to project "p"');
		expect(view.frame()).toContain('→ reg.example/p/my-app:1.2');
		await view.press('r');
		await view.waitFor(() => attempts === 2);
	});

	it('expired during the check: l logs in again and keeps the target', async () => {
		let resumed: unknown;
		const {view} = show(<PushStep {...pushProps} onRelogin={(target) => (resumed = target)} />, {
			'oc get imagestream': {ok: false, stderr: 'error: You must be logged in to the server (Unauthorized)'},
		});
		await view.waitFor('❯ image stream');
		await view.press(KEYS.enter);
		await view.waitFor('log in again');
		await view.press('l');
		expect(resumed).toEqual({name: 'my-app', tag: '1.2'});
	});
});
