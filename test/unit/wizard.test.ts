import {describe, expect, it} from 'vitest';
import type {LocalImage} from '../../source/engine/types.js';
import {imageReducer, otherReadyEngine} from '../../source/steps/image/use-image-state.js';
import {initialLoginState, loginReducer, wantsToken} from '../../source/steps/login/use-login-state.js';
import {initialWizardState, stepMarks, wizardReducer} from '../../source/wizard/reducer.js';

const image: LocalImage = {
	ref: 'localhost/app:1.0',
	repository: 'localhost/app',
	tag: '1.0',
	id: 'x',
	sizeBytes: 1,
	createdAt: undefined,
};

describe('wizard reducer', () => {
	it('walks login → image → project and back', () => {
		let state = wizardReducer(initialWizardState, {type: 'logged-in', session: {user: 'alice', server: 's'}});
		expect(state.step).toBe('image');
		state = wizardReducer(state, {type: 'image-chosen', engine: 'podman', image});
		expect(state).toMatchObject({step: 'project', engine: 'podman', image});
		state = wizardReducer(state, {type: 'back'});
		expect(state.step).toBe('image');
		expect(wizardReducer(state, {type: 'back'}).step).toBe('image');
	});
	it('marks steps done, current, failed and pending', () => {
		const state = wizardReducer(
			wizardReducer(initialWizardState, {type: 'logged-in', session: {user: 'a', server: 's'}}),
			{type: 'step-failed', step: 'image'},
		);
		expect(stepMarks(state)).toEqual({
			login: 'done',
			image: 'failed',
			project: 'pending',
			push: 'pending',
			access: 'pending',
			deploy: 'pending',
		});
		expect(stepMarks(wizardReducer(state, {type: 'step-recovered'})).image).toBe('current');
	});
});

describe('login state', () => {
	it('shows the token field only when not logged in, and keeps the typed token after a failure', () => {
		let state = loginReducer(initialLoginState, {
			type: 'checked',
			status: {kind: 'not-logged-in', reason: 'expired'},
		});
		expect(wantsToken(state)).toBe(true);
		state = loginReducer(state, {type: 'typed', text: 'abc\r'});
		state = loginReducer(state, {type: 'erased'});
		state = loginReducer(state, {type: 'login-failed', message: 'nope'});
		expect(state).toMatchObject({token: 'ab', error: 'nope', phase: 'result'});
		expect(wantsToken(loginReducer(state, {type: 'checked', status: {kind: 'oc-missing'}}))).toBe(false);
	});
});

describe('image state', () => {
	const statuses = [
		{engine: 'podman' as const, state: 'ready' as const, version: '4.3.1'},
		{engine: 'docker' as const, state: 'ready' as const, version: '4.3.1'},
	];
	it('lists the chosen engine and drops a late answer from the other one', () => {
		let state = imageReducer({phase: 'detecting'}, {type: 'detected', statuses, engine: 'podman'});
		expect(otherReadyEngine(state)).toBe('docker');
		state = imageReducer(state, {type: 'list', engine: 'docker'});
		state = imageReducer(state, {type: 'listed', engine: 'podman', images: [image]});
		expect(state.phase).toBe('listing');
		state = imageReducer(state, {type: 'listed', engine: 'docker', images: [image]});
		expect(state).toMatchObject({phase: 'ready', engine: 'docker', images: [image]});
	});
	it('no working engine is its own phase', () => {
		expect(
			imageReducer({phase: 'detecting'}, {type: 'detected', statuses: [{engine: 'docker', state: 'missing'}]})
				.phase,
		).toBe('no-engine');
	});
});
