// Step 2's state: which engines work, which one is chosen, and its images.

import {useReducer} from 'react';
import type {EngineProblem} from '../../engine/engine-errors.js';
import type {EngineName, EngineStatus, LocalImage} from '../../engine/types.js';

export type ImageState =
	| {phase: 'detecting'}
	| {phase: 'no-engine'; statuses: EngineStatus[]}
	| {phase: 'listing'; statuses: EngineStatus[]; engine: EngineName}
	| {phase: 'ready'; statuses: EngineStatus[]; engine: EngineName; images: LocalImage[]}
	| {phase: 'list-failed'; statuses: EngineStatus[]; engine: EngineName; problem: EngineProblem};

export type ImageAction =
	| {type: 'detect'}
	| {type: 'detected'; statuses: EngineStatus[]; engine?: EngineName}
	| {type: 'list'; engine: EngineName}
	| {type: 'listed'; engine: EngineName; images: LocalImage[]}
	| {type: 'list-failed'; engine: EngineName; problem: EngineProblem};

const statusesOf = (state: ImageState) => ('statuses' in state ? state.statuses : []);

export function imageReducer(state: ImageState, action: ImageAction): ImageState {
	switch (action.type) {
		case 'detect':
			return {phase: 'detecting'};
		case 'detected':
			return action.engine
				? {phase: 'listing', statuses: action.statuses, engine: action.engine}
				: {phase: 'no-engine', statuses: action.statuses};
		case 'list':
			return {phase: 'listing', statuses: statusesOf(state), engine: action.engine};
		case 'listed':
			// A late answer for an engine the user already switched away from is dropped.
			if (!('engine' in state) || state.engine !== action.engine) return state;
			return {phase: 'ready', statuses: statusesOf(state), engine: action.engine, images: action.images};
		case 'list-failed':
			if (!('engine' in state) || state.engine !== action.engine) return state;
			return {
				phase: 'list-failed',
				statuses: statusesOf(state),
				engine: action.engine,
				problem: action.problem,
			};
	}
}

/** The other engine that works, for Tab. */
export function otherReadyEngine(state: ImageState): EngineName | undefined {
	if (!('engine' in state)) return undefined;
	return statusesOf(state).find((s) => s.state === 'ready' && s.engine !== state.engine)?.engine;
}

export const useImageState = () => useReducer(imageReducer, {phase: 'detecting'} as ImageState);
