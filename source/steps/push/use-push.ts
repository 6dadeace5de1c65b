// Step 4's work and keys: check the target (does the tag exist already? which registry?), push,
// cancel, retry, and go back to log in when the token expired.

import {useKeys} from '../../ui/use-keys.js';
import {useCallback, useEffect, useRef} from 'react';
import {pushImageToRahti} from '../../actions/push-image.js';
import type {LocalImage, Transport} from '../../engine/types.js';
import {initialTarget} from '../../rahti/image-names.js';
import {getImageStream} from '../../rahti/imagestreams.js';
import {resolveRegistry} from '../../rahti/registry-host.js';
import {useServices} from '../../services.js';
import {actionFor, typedText, type KeyContext} from '../../ui/keymap.js';
import type {PushedImage} from '../../wizard/reducer.js';
import {fieldProblems, usePushState, type PushState} from './use-push-state.js';
import {usePushProgress} from './use-push-progress.js';

export type UsePushOptions = {
	isActive: boolean;
	server: string;
	project: string;
	engine: Transport;
	image: LocalImage;
	onPushed: (pushed: PushedImage) => void;
	onBack: () => void;
	onRelogin: (resumePush: {name: string; tag: string}) => void;
	/** After a fresh login: this target, pushed at once. */
	resume?: {name: string; tag: string};
};

export function contextsFor(state: PushState): KeyContext[] {
	switch (state.phase.kind) {
		case 'form':
			return ['text', 'form'];
		case 'pushing':
		case 'checking':
			return ['running'];
		case 'failed':
			return state.phase.problem.kind === 'unauthorized' ? ['panel', 'login', 'expired'] : ['panel', 'login'];
		default:
			return ['panel'];
	}
}

export function usePush({
	isActive,
	server,
	project,
	engine,
	image,
	onPushed,
	onBack,
	onRelogin,
	resume,
}: UsePushOptions) {
	const {runner, settings, env, options} = useServices();
	const [state, dispatch] = usePushState(
		resume ?? {
			...initialTarget(image, settings.cluster(server).projects?.[project]),
			...(options.choices?.name ? {name: options.choices.name} : {}),
			...(options.choices?.tag ? {tag: options.choices.tag} : {}),
		},
	);
	const progress = usePushProgress(state.phase.kind === 'pushing');
	const controller = useRef<AbortController | undefined>(undefined);
	const alive = useRef(true);
	useEffect(() => {
		alive.current = true;
		return () => {
			alive.current = false;
			controller.current?.abort();
		};
	}, []);

	const push = useCallback(
		async (registry: string) => {
			const abort = new AbortController();
			controller.current = abort;
			progress.reset();
			dispatch({type: 'push-phase', step: 'imagestream'});
			const outcome = await pushImageToRahti(
				runner,
				{
					engine,
					source: image.ref,
					target: {registry, project, name: state.name, tag: state.tag},
					signal: abort.signal,
					onPhase: (step) => alive.current && dispatch({type: 'push-phase', step}),
					onProgress: progress.report,
				},
				env,
			);
			if (!alive.current) return;
			if (!outcome.ok) return dispatch({type: 'failed', at: outcome.phase, problem: outcome.problem});
			settings.rememberProject(server, project, {imageStream: state.name, tag: state.tag});
			if (options.registry) settings.rememberRegistry(server, options.registry);
			dispatch({type: 'done', outcome});
		},
		[
			runner,
			env,
			engine,
			image.ref,
			project,
			server,
			settings,
			options.registry,
			state.name,
			state.tag,
			dispatch,
			progress,
		],
	);

	const check = useCallback(async () => {
		dispatch({type: 'checking'});
		const stream = await getImageStream(runner, project, state.name);
		if (!alive.current) return;
		if (!stream.ok) {
			const kind =
				stream.kind === 'unauthorized' ? 'unauthorized' : stream.kind === 'forbidden' ? 'denied' : 'unknown';
			return dispatch({
				type: 'failed',
				at: 'check',
				problem: {
					kind,
					message: stream.message,
					fix: kind === 'unauthorized' ? 'Log in again.' : 'Retry, or choose another project.',
				},
			});
		}
		const remembered = settings.cluster(server).registry;
		const {host} = await resolveRegistry(runner, {
			flag: options.registry,
			remembered,
			publicRepository: stream.stream?.publicRepository,
		});
		if (!alive.current) return;
		const existingDigest = stream.stream?.tags.find((t) => t.tag === state.tag)?.digest;
		dispatch({type: 'checked', registry: host, existingDigest});
		if (!existingDigest) await push(host);
	}, [runner, project, server, settings, options.registry, state.name, state.tag, dispatch, push]);

	const resumed = useRef(false);
	useEffect(() => {
		if (resume && !resumed.current) {
			resumed.current = true;
			void check();
		}
	}, [resume, check]);

	const contexts = contextsFor(state);
	useKeys(
		(input, key) => {
			const phase = state.phase;
			if (phase.kind === 'form') {
				const text = typedText(input, key, contexts);
				if (text !== undefined) return dispatch({type: 'typed', text: text.replace(/\s/g, '')});
			}
			const action = actionFor(input, key, contexts);
			switch (phase.kind) {
				case 'form': {
					const problems = fieldProblems(state);
					if (action === 'forward' && !problems.name && !problems.tag) void check();
					else if (action === 'nextField') dispatch({type: 'next-field'});
					else if (action === 'clearField') dispatch({type: 'erased', all: true});
					else if (action === 'erase') {
						if (state[state.focus] === '') onBack();
						else dispatch({type: 'erased'});
					} else if (action === 'back') onBack();
					return;
				}
				case 'confirm-overwrite':
					if (action === 'forward' && state.registry) void push(state.registry);
					else if (action === 'back' || action === 'erase') dispatch({type: 'edit'});
					return;
				case 'pushing':
				case 'checking':
					if (action === 'cancel') controller.current?.abort();
					return;
				case 'failed':
					if (action === 'relogin') onRelogin({name: state.name, tag: state.tag});
					else if (action === 'recheck' || action === 'forward')
						void (phase.at === 'check' || !state.registry ? check() : push(state.registry));
					else if (action === 'back' || action === 'erase') dispatch({type: 'edit'});
					return;
				case 'done':
					if (action === 'forward')
						onPushed({
							digest: phase.outcome.digest,
							pullSpecs: phase.outcome.pullSpecs,
							target: {registry: state.registry!, name: state.name, tag: state.tag},
						});
					else if (action === 'back') dispatch({type: 'edit'});
			}
		},
		{isActive},
	);

	return {state, contexts, progress: progress.view};
}
