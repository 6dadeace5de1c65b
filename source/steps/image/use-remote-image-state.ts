// The remote-image form's state: the typed reference, then skopeo's answer.

import {useReducer} from 'react';
import type {RemoteProblem} from '../../engine/remote-errors.js';
import type {RemoteImage} from '../../engine/remote-image.js';
import {parseRemoteReference} from '../../engine/remote-reference.js';

export type RemoteState =
	| {phase: 'typing'; text: string}
	| {phase: 'inspecting'; text: string}
	| {phase: 'found'; text: string; image: RemoteImage}
	| {phase: 'failed'; text: string; problem: RemoteProblem};

export type RemoteAction =
	| {type: 'typed'; text: string}
	/** The last character, or with `all` the whole field (Ctrl+U). */
	| {type: 'erased'; all?: boolean}
	| {type: 'inspect'}
	| {type: 'found'; image: RemoteImage}
	| {type: 'failed'; problem: RemoteProblem}
	| {type: 'edit'};

export function remoteReducer(state: RemoteState, action: RemoteAction): RemoteState {
	switch (action.type) {
		case 'typed':
			return state.phase === 'typing' ? {phase: 'typing', text: state.text + action.text} : state;
		case 'erased':
			return state.phase === 'typing'
				? {phase: 'typing', text: action.all ? '' : state.text.slice(0, -1)}
				: state;
		case 'inspect':
			return parseRemoteReference(state.text).ok ? {phase: 'inspecting', text: state.text} : state;
		case 'found':
			return state.phase === 'inspecting' ? {phase: 'found', text: state.text, image: action.image} : state;
		case 'failed':
			return state.phase === 'inspecting'
				? {phase: 'failed', text: state.text, problem: action.problem}
				: state;
		case 'edit':
			return {phase: 'typing', text: state.text};
	}
}

export const useRemoteImageState = (initial = '') =>
	useReducer(remoteReducer, {phase: 'typing', text: initial} as RemoteState);
