import {afterEach, describe, expect, it} from 'vitest';
import {App} from '../../source/app.js';
import {KEYS, renderWith, testServices} from '../helpers/render.js';
import {scriptedRunner} from '../helpers/scripted-runner.js';

const PODMAN_IMAGES = JSON.stringify(
	Array.from({length: 5000}, (_, i) => ({
		Id: `sha256:${String(i).padStart(12, '0')}`,
		Names: [`localhost/app-${i}:v${i % 3}`],
		Size: 1000 * i,
		Created: 1_790_000_000 + i,
	})),
);

const loggedIn = {
	'oc version': {stdout: '{"releaseClientVersion":"4.17.0"}'},
	'oc whoami --show-server': {stdout: 'https://api.2.rahti.csc.fi:6443\n'},
	'oc whoami': {stdout: 'alice\n'},
	'podman version': {stdout: '4.3.1\n'},
	'docker version': {
		ok: false,
		stderr:
			'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?',
	},
	'podman images': {stdout: PODMAN_IMAGES},
	'oc get projects': {
		stdout: JSON.stringify({
			kind: 'List',
			items: [{metadata: {name: 'alice-web'}, status: {phase: 'Active'}}],
		}),
	},
};

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function start(answers: Parameters<typeof scriptedRunner>[0], size?: {columns: number; rows: number}) {
	const view = renderWith(testServices(scriptedRunner(answers)), <App />, size);
	cleanup = view.unmount;
	return view;
}

describe('the frame', () => {
	it('shows header, step rail and key hints, and never more rows than the terminal minus one', async () => {
		const view = start(loggedIn);
		const frame = await view.waitFor('alice @ https://api.2.rahti.csc.fi:6443');
		expect(frame).toContain('✔ Check login');
		expect(frame).toContain('▸ Image');
		expect(frame).toMatch(/Enter select/);
		await view.waitFor('localhost/app-4999');
		expect(view.frame().split('\n').length).toBeLessThanOrEqual(23);
	});

	it('says when the terminal is too small', async () => {
		const view = start(loggedIn, {columns: 40, rows: 10});
		await view.waitFor('Terminal too small');
		expect(view.frame()).toContain('40×10');
	});

	it('? shows the help drawn from the keymap, and Esc closes it', async () => {
		const view = start(loggedIn);
		await view.waitFor('localhost/app-');
		await view.press('?');
		await view.waitFor('Switch between docker and podman');
		// 80×24 is too short for every key at once: the rest scrolls into view, and the frame never
		// grows past the terminal.
		expect(view.frame()).toMatch(/↑↓ more \(1–\d+ of \d+\)/);
		expect(view.frame()).not.toContain('Quit (asks first');
		await view.press(...Array.from({length: 8}, () => KEYS.down));
		await view.waitFor('Quit (asks first');
		expect(view.frame().split('\n').length).toBeLessThanOrEqual(23);
		await view.press(KEYS.escape);
		await view.waitFor('filter›');
	});
});

describe('the teaching view', () => {
	it('first-time users see the commands run, with what each is for; Ctrl+T hides it, remembered', async () => {
		const services = testServices(scriptedRunner(loggedIn));
		const view = renderWith(services, <App />);
		cleanup = view.unmount;
		await view.waitFor('5000 images');
		await view.waitFor(/commands run \(\d+\)/);
		expect(view.frame()).toMatch(/✔ podman images --format json # List the images/);
		expect(view.frame().split('\n').length).toBeLessThanOrEqual(23);
		await view.press('\x14');
		await view.waitFor(() => !view.frame().includes('commands run'));
		expect(services.settings.read().showCommands).toBe(false);
		// In a list, "c" is filter text, not the toggle.
		await view.press('c');
		await view.waitFor('match "c"');
		expect(view.frame()).not.toContain('commands run');
		await view.press('\x14');
		await view.waitFor('commands run');
		expect(services.settings.read().showCommands).toBe(true);
	});

	it('is off by default once something was pushed before', async () => {
		const services = testServices(scriptedRunner(loggedIn));
		services.settings.rememberProject('https://api.2.rahti.csc.fi:6443', 'alice-web', {imageStream: 'app'});
		const view = renderWith(services, <App />);
		cleanup = view.unmount;
		await view.waitFor('5000 images');
		expect(view.frame()).not.toContain('commands run');
	});
});

describe('step 2: images', () => {
	it('lists 5,000 images windowed, filters as you type, and selects', async () => {
		const view = start(loggedIn);
		await view.waitFor('5000 images');
		expect(view.frame().match(/localhost\/app-/g)!.length).toBeLessThan(20);
		expect(view.frame()).toContain('docker: The Docker daemon is not running.');
		await view.press('app-4321');
		await view.waitFor('match "app-4321"');
		expect(view.frame()).toContain('❯ localhost/app-4321:v1');
		await view.press(KEYS.enter);
		await view.waitFor('Push localhost/app-4321:v1 to which project?');
		expect(view.frame()).toContain('▸ Project');
		await view.press(KEYS.left);
		await view.waitFor('❯ localhost/app-4321:v1');
	});

	it('flags given to the full-screen wizard are preselected: --image, then --project', async () => {
		const services = testServices(
			scriptedRunner(loggedIn),
			{},
			{choices: {image: 'app-4321:v1', project: 'alice-web'}},
		);
		const view = renderWith(services, <App />);
		cleanup = view.unmount;
		await view.waitFor('❯ localhost/app-4321:v1');
		await view.press(KEYS.enter);
		await view.waitFor('❯ alice-web');
	});

	it('the second run starts on the image chosen last time', async () => {
		const services = testServices(scriptedRunner(loggedIn));
		const first = renderWith(services, <App />);
		await first.waitFor('5000 images');
		await first.press('app-1234');
		await first.waitFor('❯ localhost/app-1234:v1');
		await first.press(KEYS.enter);
		await first.waitFor('to which project?');
		first.unmount();
		const again = renderWith(services, <App />);
		cleanup = again.unmount;
		await again.waitFor('❯ localhost/app-1234:v1');
		expect(again.frame()).not.toContain('match "');
	});

	it('Backspace edits the filter and, when it is empty, goes back no further than the first step', async () => {
		const view = start(loggedIn);
		await view.waitFor('5000 images');
		await view.press('zz', KEYS.backspace);
		await view.waitFor('filter› z ');
		await view.press(KEYS.backspace, KEYS.backspace);
		await view.waitFor('5000 images');
		expect(view.frame()).toContain('▸ Image');
	});

	it('no images: says how to build or pull one', async () => {
		const view = start({...loggedIn, 'podman images': {stdout: '[]'}});
		await view.waitFor('No images in podman yet');
		expect(view.frame()).toContain('podman build -t myapp:1.0 .');
	});

	it('no engine: names both problems and the fix', async () => {
		const view = start({...loggedIn, 'podman version': {ok: false, notFound: true}});
		await view.waitFor('No working container engine');
		expect(view.frame()).toContain('podman: not installed.');
		expect(view.frame()).toContain('sudo apt install podman');
	});

	it('Tab switches engines when both work, and the choice is remembered', async () => {
		const services = testServices(
			scriptedRunner({
				...loggedIn,
				'docker version': {stdout: '28.2.2\n'},
				'docker images': {
					stdout:
						'{"Repository":"dockerapp","Tag":"1.0","ID":"abc","Size":"1MB","CreatedAt":"2026-12-01 10:00:00 +0000 UTC"}\n',
				},
			}),
		);
		const view = renderWith(services, <App />);
		cleanup = view.unmount;
		await view.waitFor('5000 images');
		await view.press(KEYS.tab);
		await view.waitFor('dockerapp:1.0');
		expect(view.frame()).toContain('▸ docker 28.2.2');
		expect(services.settings.read().engine).toBe('docker');
	});
});

describe('step 1: login', () => {
	it('oc missing: how to install it, and r checks again', async () => {
		let installed = false;
		const missing = {ok: false, notFound: true};
		const runner = scriptedRunner({
			...loggedIn,
			'oc version': () => (installed ? loggedIn['oc version'] : missing),
			'oc whoami --show-server': () => (installed ? loggedIn['oc whoami --show-server'] : missing),
			'oc whoami': () => (installed ? loggedIn['oc whoami'] : missing),
		});
		const view = renderWith(testServices(runner), <App />);
		cleanup = view.unmount;
		await view.waitFor('oc) is not installed');
		expect(view.frame()).toContain('command-line-tools');
		installed = true;
		await view.press('r');
		await view.waitFor('alice @');
	});

	it('expired: shows the token page and a masked field; the token is never on screen', async () => {
		const secret = 'sha256~SeCrEtToKeN1234567890abcdef';
		const view = start({
			...loggedIn,
			'oc whoami': {ok: false, stderr: 'error: You must be logged in to the server (Unauthorized)\n'},
		});
		await view.waitFor('Your login has expired');
		expect(view.frame()).toContain('https://oauth-openshift.apps.2.rahti.csc.fi/oauth/token/request');
		await view.press(`oc login --token=${secret} --server=https://api.2.rahti.csc.fi:6443`);
		await view.waitFor('•••');
		expect(view.frame()).not.toContain('SeCrEt');
		// q is text in the field: it must not quit.
		await view.press('q');
		await view.waitFor('characters)');
	});

	it('a bad paste is explained and kept for editing', async () => {
		const view = start({
			...loggedIn,
			'oc whoami': {ok: false, stderr: 'error: Missing or incomplete configuration info.'},
		});
		await view.waitFor('not logged in to Rahti yet');
		await view.press('kubectl nonsense', KEYS.enter);
		await view.waitFor('Paste either the token alone');
		expect(view.frame()).toContain(`token› ${'•'.repeat(16)}`);
		// Ctrl+U clears the whole field, for a fresh paste.
		await view.press('\x15');
		await view.waitFor(() => !view.frame().includes('token› •'));
		await view.press('abc');
		await view.waitFor(/token› •••\s/);
	});

	it('unreachable: the message and a retry', async () => {
		const view = start({
			...loggedIn,
			'oc whoami': {
				ok: false,
				stderr: 'Unable to connect to the server: dial tcp: lookup api.2.rahti.csc.fi: no such host',
			},
		});
		await view.waitFor('Cannot reach the cluster at https://api.2.rahti.csc.fi:6443');
		expect(view.frame()).toContain('Press r to try again');
	});
});
