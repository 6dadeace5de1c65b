// Step 4's state: the target form, the overwrite warning, the push with its progress, the outcome.

import {useReducer} from 'react';
import type {PushOutcome, PushPhase} from '../../actions/push-image.js';
import type {PushProblem} from '../../engine/push-errors.js';
import {imageStreamNameProblem, tagProblem} from '../../rahti/image-names.js';

export type Field = 'name' | 'tag';

export type PushState = {
	name: string;
	tag: string;
	focus: Field;
	registry?: string;
	phase:
		| {kind: 'form'}
		| {kind: 'checking'}
		| {kind: 'confirm-overwrite'; digest: string}
		| {kind: 'pushing'; step: PushPhase}
		| {kind: 'failed'; at: PushPhase | 'check'; problem: PushProblem}
		| {kind: 'done'; outcome: Extract<PushOutcome, {ok: true}>};
};

export type PushAction =
	| {type: 'typed'; text: string}
	/** The last character, or with `all` the whole field (Ctrl+U). */
	| {type: 'erased'; all?: boolean}
	| {type: 'next-field'}
	| {type: 'checking'}
	| {type: 'checked'; registry: string; existingDigest?: string}
	| {type: 'push-phase'; step: PushPhase}
	| {type: 'failed'; at: PushPhase | 'check'; problem: PushProblem}
	| {type: 'done'; outcome: Extract<PushOutcome, {ok: true}>}
	| {type: 'edit'};

export function fieldProblems(state: Pick<PushState, 'name' | 'tag'>): Record<Field, string | undefined> {
	return {name: imageStreamNameProblem(state.name), tag: tagProblem(state.tag)};
}

export function pushReducer(state: PushState, action: PushAction): PushState {
	switch (action.type) {
		case 'typed':
			return {...state, [state.focus]: state[state.focus] + action.text};
		case 'erased':
			return {...state, [state.focus]: action.all ? '' : state[state.focus].slice(0, -1)};
		case 'next-field':
			return {...state, focus: state.focus === 'name' ? 'tag' : 'name'};
		case 'checking':
			return {...state, phase: {kind: 'checking'}};
		case 'checked':
			return {
				...state,
				registry: action.registry,
				phase: action.existingDigest
					? {kind: 'confirm-overwrite', digest: action.existingDigest}
					: {kind: 'pushing', step: 'imagestream'},
			};
		case 'push-phase':
			return {...state, phase: {kind: 'pushing', step: action.step}};
		case 'failed':
			return {...state, phase: {kind: 'failed', at: action.at, problem: action.problem}};
		case 'done':
			return {...state, phase: {kind: 'done', outcome: action.outcome}};
		case 'edit':
			return {...state, phase: {kind: 'form'}};
	}
}

export const usePushState = (initial: {name: string; tag: string}) =>
	useReducer(pushReducer, {...initial, focus: 'name', phase: {kind: 'form'}} as PushState);
