// The remote-image form's work and keys: type a reference, Enter looks it up with skopeo inspect, Enter
// again takes it; ← goes back (to editing, or to the local images).

import {useCallback, useEffect, useRef} from 'react';
import {inspectRemote, type RemoteImage} from '../../engine/remote-image.js';
import {parseRemoteReference} from '../../engine/remote-reference.js';
import {useServices} from '../../services.js';
import {actionFor, typedText, type KeyContext} from '../../ui/keymap.js';
import {useKeys} from '../../ui/use-keys.js';
import {useRemoteImageState, type RemoteState} from './use-remote-image-state.js';

export function contextsFor(state: RemoteState): KeyContext[] {
	if (state.phase === 'typing') return ['text'];
	if (state.phase === 'inspecting') return ['running'];
	if (state.phase === 'failed') return ['panel', 'login'];
	return ['panel'];
}

type Options = {
	isActive: boolean;
	initial?: string;
	onChosen: (image: RemoteImage) => void;
	onCancel: (typed: string) => void;
};

export function useRemoteImage({isActive, initial, onChosen, onCancel}: Options) {
	const {runner} = useServices();
	const [state, dispatch] = useRemoteImageState(initial);
	const controller = useRef<AbortController | undefined>(undefined);
	useEffect(() => () => controller.current?.abort(), []);

	const inspect = useCallback(async () => {
		const parsed = parseRemoteReference(state.text);
		if (!parsed.ok) return;
		dispatch({type: 'inspect'});
		controller.current = new AbortController();
		const result = await inspectRemote(runner, parsed.reference, controller.current.signal);
		if (controller.current.signal.aborted) return;
		dispatch(result.ok ? {type: 'found', image: result.image} : {type: 'failed', problem: result.problem});
	}, [runner, state.text, dispatch]);

	const contexts = contextsFor(state);
	useKeys(
		(input, key) => {
			if (state.phase === 'typing') {
				const text = typedText(input, key, contexts);
				if (text !== undefined) return dispatch({type: 'typed', text: text.replace(/\s/g, '')});
			}
			const action = actionFor(input, key, contexts);
			switch (state.phase) {
				case 'typing':
					if (action === 'forward') void inspect();
					else if (action === 'clearField') dispatch({type: 'erased', all: true});
					else if (action === 'erase') {
						if (state.text === '') onCancel('');
						else dispatch({type: 'erased'});
					} else if (action === 'back') onCancel(state.text);
					return;
				case 'inspecting':
					if (action === 'cancel') {
						controller.current?.abort();
						dispatch({type: 'edit'});
					}
					return;
				case 'found':
					if (action === 'forward') onChosen(state.image);
					else if (action === 'back' || action === 'erase') dispatch({type: 'edit'});
					return;
				case 'failed':
					if (action === 'recheck' || action === 'forward') void inspect();
					else if (action === 'back' || action === 'erase') dispatch({type: 'edit'});
			}
		},
		{isActive},
	);

	return {state, contexts};
}
