// Step 6's state: choose a deployment (and container), point it at the tag, watch the rollout.

import {useReducer} from 'react';
import type {Deployment} from '../../rahti/deployments.js';
import type {Event, RolloutProgress} from '../../rahti/rollout.js';

export type DeployState =
	| {phase: 'loading'}
	| {phase: 'load-failed'; message: string; expired: boolean}
	| {phase: 'choosing'; deployments: Deployment[]}
	| {phase: 'container'; deployments: Deployment[]; deployment: Deployment}
	| {phase: 'preview' | 'setting'; deployments: Deployment[]; deployment: Deployment; container: string}
	| {phase: 'rolling'; deployment: Deployment; container: string; rollout: RolloutProgress}
	| {phase: 'succeeded'; deployment: Deployment; container: string; rollout: RolloutProgress}
	| {phase: 'failed'; deployment: Deployment; container: string; rollout: RolloutProgress; events: Event[]}
	| {phase: 'rolling-back'; deployment: Deployment; container: string}
	| {
			phase: 'step-failed';
			deployments: Deployment[];
			deployment: Deployment;
			container: string;
			message: string;
	  };

export type DeployAction =
	| {type: 'load'}
	| {type: 'loaded'; deployments: Deployment[]}
	| {type: 'load-failed'; message: string; expired: boolean}
	| {type: 'pick'; deployment: Deployment; container?: string}
	| {type: 'container'; container: string}
	| {type: 'setting'}
	| {type: 'set-failed'; message: string}
	| {type: 'rollout'; rollout: RolloutProgress}
	| {type: 'rollout-failed'; rollout: RolloutProgress; events: Event[]}
	| {type: 'rolling-back'}
	| {type: 'unpick'};

const deploymentsOf = (state: DeployState) => ('deployments' in state ? state.deployments : []);

export function deployReducer(state: DeployState, action: DeployAction): DeployState {
	switch (action.type) {
		case 'load':
			return {phase: 'loading'};
		case 'loaded':
			return {phase: 'choosing', deployments: action.deployments};
		case 'load-failed':
			return {phase: 'load-failed', message: action.message, expired: action.expired};
		case 'pick':
			return action.container
				? {
						phase: 'preview',
						deployments: deploymentsOf(state),
						deployment: action.deployment,
						container: action.container,
					}
				: {phase: 'container', deployments: deploymentsOf(state), deployment: action.deployment};
		case 'container':
			return state.phase === 'container' ? {...state, phase: 'preview', container: action.container} : state;
		case 'setting':
			return state.phase === 'preview' || state.phase === 'step-failed'
				? {
						phase: 'setting',
						deployments: state.deployments,
						deployment: state.deployment,
						container: state.container,
					}
				: state;
		case 'set-failed':
			return state.phase === 'setting' ? {...state, phase: 'step-failed', message: action.message} : state;
		case 'rollout':
			if (!('container' in state)) return state;
			return {
				phase: action.rollout.state === 'succeeded' ? 'succeeded' : 'rolling',
				deployment: state.deployment,
				container: state.container,
				rollout: action.rollout,
			};
		case 'rollout-failed':
			return 'container' in state
				? {
						phase: 'failed',
						deployment: state.deployment,
						container: state.container,
						rollout: action.rollout,
						events: action.events,
					}
				: state;
		case 'rolling-back':
			return 'container' in state
				? {phase: 'rolling-back', deployment: state.deployment, container: state.container}
				: state;
		case 'unpick':
			return {phase: 'choosing', deployments: deploymentsOf(state)};
	}
}

export const useDeployState = () => useReducer(deployReducer, {phase: 'loading'} as DeployState);
