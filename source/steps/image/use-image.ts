// Step 2's work: detect engines (in parallel), list the chosen engine's images, switch on Tab.

import {useKeys} from '../../ui/use-keys.js';
import {useCallback, useEffect, useRef} from 'react';
import {detectEngines, preferredEngine} from '../../engine/detect.js';
import {listImages} from '../../engine/list-images.js';
import type {EngineName} from '../../engine/types.js';
import {useServices} from '../../services.js';
import {actionFor} from '../../ui/keymap.js';
import {otherReadyEngine, useImageState} from './use-image-state.js';

export function useImage({
	isActive,
	onBack,
	onRemote,
}: {
	isActive: boolean;
	onBack: () => void;
	onRemote: () => void;
}) {
	const {runner, settings, options} = useServices();
	const [state, dispatch] = useImageState();
	const alive = useRef(true);

	const list = useCallback(
		async (engine: EngineName) => {
			dispatch({type: 'list', engine});
			const result = await listImages(runner, engine);
			if (!alive.current) return;
			if (result.ok) dispatch({type: 'listed', engine, images: result.images});
			else dispatch({type: 'list-failed', engine, problem: result});
		},
		[runner, dispatch],
	);

	const detect = useCallback(async () => {
		dispatch({type: 'detect'});
		const statuses = await detectEngines(runner);
		if (!alive.current) return;
		const engine = preferredEngine(statuses, options.choices?.engine ?? settings.read().engine);
		dispatch({type: 'detected', statuses, engine});
		if (engine) await list(engine);
	}, [runner, settings, options.choices?.engine, dispatch, list]);

	useEffect(() => {
		alive.current = true;
		void detect();
		return () => {
			alive.current = false;
		};
	}, [detect]);

	const switchEngine = useCallback(() => {
		const other = otherReadyEngine(state);
		if (!other) return;
		settings.setEngine(other);
		void list(other);
	}, [state, settings, list]);

	// Tab always; the other keys only while there is no list to take them (detecting, errors, empty).
	const hasList = state.phase === 'ready' && state.images.length > 0;
	useKeys(
		(input, key) => {
			const action = actionFor(
				input,
				key,
				hasList ? ['list', 'image', 'source'] : ['image', 'source', 'login'],
			);
			if (action === 'switchEngine') switchEngine();
			else if (action === 'remoteImage') onRemote();
			else if (hasList) return;
			else if (action === 'recheck') void detect();
			else if (action === 'back' || action === 'erase') onBack();
		},
		{isActive},
	);

	return {state, hasList};
}
