// The wizard as a pure state machine: which step is current, what each finished step produced, and
// which step failed. Views dispatch; nothing here touches a process or the screen.

import type {LocalImage, Transport} from '../engine/types.js';
import type {AccessLevel} from '../rahti/access.js';
import type {PullSpecs} from '../rahti/image-names.js';
import {STEPS, type StepId, type StepMark} from './steps.js';

export type Session = {user: string; server: string};

export type PushTargetChoice = {registry: string; name: string; tag: string};

export type PushedImage = {digest: string; pullSpecs: PullSpecs; target: PushTargetChoice};

export type AccessOutcome = {kind: 'skipped'} | {kind: 'set'; level: AccessLevel; commands: string[]};

export type DeployOutcome =
	| {kind: 'skipped'}
	| {
			kind: 'done';
			deployment: string;
			container: string;
			result: 'rolled-out' | 'failed' | 'rolled-back' | 'left-failing';
			message?: string;
	  };

export type WizardState = {
	step: StepId;
	failed?: StepId;
	session?: Session;
	engine?: Transport;
	image?: LocalImage;
	project?: string;
	pushed?: PushedImage;
	access?: AccessOutcome;
	deploy?: DeployOutcome;
	finished?: boolean;
	/** A step sent back to log in again continues here afterwards. */
	resume?: StepId;
	/** The push to start again after a fresh login. */
	resumePush?: {name: string; tag: string};
};

export type WizardAction =
	| {type: 'logged-in'; session: Session}
	| {type: 'image-chosen'; engine: Transport; image: LocalImage}
	| {type: 'project-chosen'; project: string}
	| {type: 'pushed'; pushed: PushedImage}
	| {type: 'access-done'; access: AccessOutcome}
	| {type: 'deploy-done'; deploy: DeployOutcome}
	| {type: 'relogin'; resumePush?: {name: string; tag: string}}
	| {type: 'step-failed'; step: StepId}
	| {type: 'step-recovered'}
	| {type: 'back'};

export const initialWizardState: WizardState = {step: 'login'};

const order = STEPS.map((step) => step.id);

export function previousStep(step: StepId): StepId | undefined {
	const index = order.indexOf(step);
	return index > 0 ? order[index - 1] : undefined;
}

export function wizardReducer(state: WizardState, action: WizardAction): WizardState {
	switch (action.type) {
		case 'logged-in':
			return {
				...state,
				session: action.session,
				step: state.resume ?? 'image',
				resume: undefined,
				failed: undefined,
			};
		case 'image-chosen':
			return {
				...state,
				engine: action.engine,
				image: action.image,
				step: 'project',
				pushed: undefined,
				failed: undefined,
			};
		case 'project-chosen':
			return {...state, project: action.project, step: 'push', pushed: undefined, failed: undefined};
		case 'pushed':
			return {...state, pushed: action.pushed, resumePush: undefined, step: 'access', failed: undefined};
		case 'access-done':
			return {...state, access: action.access, step: 'deploy', failed: undefined};
		case 'deploy-done':
			return {
				...state,
				deploy: action.deploy,
				finished: true,
				failed:
					action.deploy.kind === 'done' &&
					action.deploy.result !== 'rolled-out' &&
					action.deploy.result !== 'rolled-back'
						? 'deploy'
						: undefined,
			};
		case 'relogin':
			return {...state, resume: state.step, resumePush: action.resumePush, step: 'login', failed: undefined};
		case 'step-failed':
			return {...state, failed: action.step};
		case 'step-recovered':
			return {...state, failed: undefined};
		case 'back': {
			if (state.finished) return {...state, finished: false, deploy: undefined, failed: undefined};
			// Login is checked, not chosen: going back from the image step leaves the wizard where it is.
			const previous = previousStep(state.step);
			if (!previous || previous === 'login') return state;
			return {...state, step: previous, failed: undefined};
		}
	}
}

export function stepMarks(state: WizardState): Record<StepId, StepMark> {
	const current = state.finished ? order.length : order.indexOf(state.step);
	return Object.fromEntries(
		order.map((id, index) => {
			if (state.failed === id) return [id, 'failed'];
			if (index < current) return [id, 'done'];
			return [id, index === current ? 'current' : 'pending'];
		}),
	) as Record<StepId, StepMark>;
}
