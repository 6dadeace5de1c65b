// Step 6's work and keys.

import {useCallback, useEffect, useRef} from 'react';
import {
	listDeployments,
	recentEvents,
	rollBack,
	setImageTrigger,
	watchRollout,
} from '../../rahti/deploy-commands.js';
import {preferredContainer, type Deployment} from '../../rahti/deployments.js';
import {useServices} from '../../services.js';
import {actionFor, type KeyContext} from '../../ui/keymap.js';
import {useKeys} from '../../ui/use-keys.js';
import type {DeployOutcome} from '../../wizard/reducer.js';
import {useDeployState, type DeployState} from './use-deploy-state.js';

export function contextsFor(state: DeployState): KeyContext[] {
	switch (state.phase) {
		case 'choosing':
			return state.deployments.length > 0 ? ['list'] : ['panel'];
		case 'container':
		case 'failed':
			return ['panel'];
		case 'rolling':
		case 'setting':
		case 'rolling-back':
		case 'loading':
			return ['running'];
		case 'load-failed':
			return state.expired ? ['panel', 'login', 'expired'] : ['panel', 'login'];
		case 'step-failed':
			return ['panel', 'login'];
		default:
			return ['panel'];
	}
}

type Options = {
	isActive: boolean;
	server: string;
	project: string;
	imageStream: string;
	tag: string;
	onDone: (outcome: DeployOutcome) => void;
	onBack: () => void;
	onRelogin: () => void;
};

export function useDeploy({isActive, server, project, imageStream, tag, onDone, onBack, onRelogin}: Options) {
	const {runner, settings, options} = useServices();
	const [state, dispatch] = useDeployState();
	const alive = useRef(true);
	const watching = useRef<AbortController | undefined>(undefined);
	// --deployment / --container answer first, then what was chosen here last time.
	const saved = settings.cluster(server).projects?.[project];
	const remembered = {
		deployment: saved?.deployment,
		container: options.choices?.container ?? saved?.container,
	};
	const flagged = options.choices?.noDeploy ? ('skip' as const) : options.choices?.deployment;

	const load = useCallback(async () => {
		dispatch({type: 'load'});
		const result = await listDeployments(runner, project);
		if (!alive.current) return;
		if (!result.ok)
			return dispatch({
				type: 'load-failed',
				message: result.message,
				expired: result.kind === 'unauthorized',
			});
		dispatch({type: 'loaded', deployments: result.deployments});
	}, [runner, project, dispatch]);

	useEffect(() => {
		alive.current = true;
		void load();
		return () => {
			alive.current = false;
			watching.current?.abort();
		};
	}, [load]);

	const pick = useCallback(
		(deployment: Deployment) =>
			dispatch({
				type: 'pick',
				deployment,
				container: preferredContainer(deployment, imageStream, remembered.container),
			}),
		[dispatch, imageStream, remembered.container],
	);

	const finish = useCallback(
		(
			result: Extract<DeployOutcome, {kind: 'done'}>['result'],
			deployment: string,
			container: string,
			message?: string,
		) => onDone({kind: 'done', deployment, container, result, message}),
		[onDone],
	);

	const run = useCallback(async () => {
		if (state.phase !== 'preview' && state.phase !== 'step-failed') return;
		const {deployment, container} = state;
		dispatch({type: 'setting'});
		const set = await setImageTrigger(runner, project, deployment.name, container, `${imageStream}:${tag}`);
		if (!alive.current) return;
		if (!set.ok) return dispatch({type: 'set-failed', message: set.message});
		settings.rememberProject(server, project, {deployment: deployment.name, container});
		const controller = new AbortController();
		watching.current = controller;
		const rollout = await watchRollout(
			runner,
			project,
			deployment.name,
			(progress) => alive.current && dispatch({type: 'rollout', rollout: progress}),
			controller.signal,
		);
		if (!alive.current) return;
		if (rollout.state === 'failed') {
			const events = controller.signal.aborted ? [] : await recentEvents(runner, project, deployment.name);
			if (alive.current) dispatch({type: 'rollout-failed', rollout, events});
		}
	}, [state, runner, project, imageStream, tag, server, settings, dispatch]);

	const undo = useCallback(async () => {
		if (state.phase !== 'failed') return;
		const {deployment, container, rollout} = state;
		dispatch({type: 'rolling-back'});
		const result = await rollBack(runner, project, deployment.name);
		if (!alive.current) return;
		finish(
			result.ok ? 'rolled-back' : 'left-failing',
			deployment.name,
			container,
			result.ok ? rollout.message : `rollback failed: ${result.message}`,
		);
	}, [state, runner, project, dispatch, finish]);

	const contexts = contextsFor(state);
	useKeys(
		(input, key) => {
			const action = actionFor(input, key, contexts);
			switch (state.phase) {
				case 'choosing':
					if (state.deployments.length === 0) {
						if (action === 'forward') onDone({kind: 'skipped'});
						else if (action === 'back' || action === 'erase') onBack();
					}
					return;
				case 'container':
					if (action === 'back' || action === 'erase') dispatch({type: 'unpick'});
					return;
				case 'preview':
					if (action === 'forward') void run();
					else if (action === 'back' || action === 'erase') dispatch({type: 'unpick'});
					return;
				case 'rolling':
					if (action === 'cancel') watching.current?.abort();
					return;
				case 'succeeded':
					if (action === 'forward')
						finish('rolled-out', state.deployment.name, state.container, state.rollout.message);
					return;
				case 'load-failed':
					if (action === 'relogin') onRelogin();
					else if (action === 'recheck') void load();
					else if (action === 'back') onBack();
					return;
				case 'step-failed':
					if (action === 'recheck' || action === 'forward') void run();
					else if (action === 'back') dispatch({type: 'unpick'});
			}
		},
		{isActive},
	);

	return {state, contexts, pick, undo, finish, dispatch, remembered, flagged};
}
