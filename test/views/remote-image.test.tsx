import {afterEach, describe, expect, it} from 'vitest';
import {ImageStep} from '../../source/steps/image/image-step.js';
import type {LocalImage, Transport} from '../../source/engine/types.js';
import {KEYS, renderWith, testServices} from '../helpers/render.js';
import {scriptedRunner, type Answer} from '../helpers/scripted-runner.js';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

const CTRL_R = '\x12';
const DIGEST = `sha256:${'c'.repeat(64)}`;
const noEngines: Record<string, Answer> = {
	'podman version': {ok: false, notFound: true},
	'docker version': {ok: false, notFound: true},
};

function show(answers: Record<string, Answer>) {
	let chosen: {engine: Transport; image: LocalImage} | undefined;
	const runner = scriptedRunner({...noEngines, ...answers});
	const view = renderWith(
		testServices(runner),
		<ImageStep
			isActive
			height={18}
			width={80}
			onChosen={(engine, image) => (chosen = {engine, image})}
			onBack={() => {}}
		/>,
	);
	cleanup = view.unmount;
	return {view, runner, chosen: () => chosen};
}

describe('step 2: a remote image', () => {
	it('with no engine at all: Ctrl+R, type, look it up, take it', async () => {
		const {view, runner, chosen} = show({
			'skopeo inspect': {
				stdout: JSON.stringify({Digest: DIGEST, Created: '2026-11-01T00:00:00Z', Layers: ['a', 'b']}),
			},
		});
		await view.waitFor('No working container engine');
		expect(view.frame()).toContain('Ctrl+R to copy a remote image');
		await view.press(CTRL_R);
		await view.waitFor('Copy a remote image straight to Rahti');
		await view.press('ghcr.io/Org');
		await view.waitFor('names are lowercase');
		await view.press(KEYS.enter);
		expect(runner.calls.some((c) => c.file === 'skopeo')).toBe(false);
		await view.press(KEYS.backspace, KEYS.backspace, KEYS.backspace, 'org/tool');
		await view.waitFor('= ghcr.io/org/tool:latest');
		await view.press(KEYS.enter);
		await view.waitFor('✔ ghcr.io/org/tool:latest');
		expect(view.frame()).toContain('sha256:cccccccccccc · 2 layers');
		expect(runner.calls.find((c) => c.file === 'skopeo')?.args).toEqual([
			'inspect',
			'--no-tags',
			'docker://ghcr.io/org/tool:latest',
		]);
		await view.press(KEYS.enter);
		expect(chosen()).toMatchObject({
			engine: 'skopeo',
			image: {ref: 'ghcr.io/org/tool:latest', tag: 'latest'},
		});
	});

	it('a name pasted with its newline is looked up as pasted (the Enter sees the whole name)', async () => {
		const {view, runner} = show({
			'skopeo inspect': {stdout: JSON.stringify({Digest: DIGEST, Layers: ['a']})},
		});
		await view.waitFor('No working container engine');
		await view.press(CTRL_R);
		await view.waitFor('Copy a remote image straight to Rahti');
		await view.press('ghcr.io/org/tool:1.0\r');
		await view.waitFor('✔ ghcr.io/org/tool:1.0');
		expect(runner.calls.find((c) => c.file === 'skopeo')?.args.at(-1)).toBe('docker://ghcr.io/org/tool:1.0');
	});

	it('a failure says what to do; ← edits the name, and going back to the list keeps what was typed', async () => {
		const {view} = show({
			'skopeo inspect': {
				ok: false,
				stderr: 'time="x" level=fatal msg="Error reading manifest 9 in ghcr.io/org/tool: manifest unknown"',
			},
		});
		await view.waitFor('No working container engine');
		await view.press(CTRL_R, 'ghcr.io/org/tool:9', KEYS.enter);
		await view.waitFor('ghcr.io/org/tool:9 is not in ghcr.io.');
		expect(view.frame()).toContain('Check the name and tag');
		await view.press(KEYS.left);
		await view.waitFor('Enter: look it up');
		await view.press(KEYS.escape);
		await view.waitFor('No working container engine');
		await view.press(CTRL_R);
		await view.waitFor('ghcr.io/org/tool:9');
	});
});
