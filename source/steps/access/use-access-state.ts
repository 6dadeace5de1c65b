// Step 5's state: the project's current access, the chosen level and its plan, applying it.

import {useReducer} from 'react';
import type {AccessLevel, Leftover, PlannedCommand, RoleBinding} from '../../rahti/access.js';

export type AccessChoice = AccessLevel | 'skip';

export type AccessState =
	| {phase: 'loading'}
	| {phase: 'load-failed'; message: string; expired: boolean}
	| {phase: 'choosing'; bindings: RoleBinding[]; current: AccessLevel; exact: boolean; leftovers: Leftover[]}
	| {
			phase: 'preview' | 'confirm-public' | 'applying';
			bindings: RoleBinding[];
			level: AccessLevel;
			plan: PlannedCommand[];
	  }
	| {
			phase: 'apply-failed';
			bindings: RoleBinding[];
			level: AccessLevel;
			plan: PlannedCommand[];
			message: string;
	  };

export type AccessAction =
	| {type: 'load'}
	| {type: 'loaded'; bindings: RoleBinding[]; current: AccessLevel; exact: boolean; leftovers: Leftover[]}
	| {type: 'load-failed'; message: string; expired: boolean}
	| {type: 'planned'; level: AccessLevel; plan: PlannedCommand[]}
	| {type: 'confirm-public'}
	| {type: 'applying'}
	| {type: 'apply-failed'; message: string};

export function accessReducer(state: AccessState, action: AccessAction): AccessState {
	switch (action.type) {
		case 'load':
			return {phase: 'loading'};
		case 'loaded':
			return {
				phase: 'choosing',
				bindings: action.bindings,
				current: action.current,
				exact: action.exact,
				leftovers: action.leftovers,
			};
		case 'load-failed':
			return {phase: 'load-failed', message: action.message, expired: action.expired};
		case 'planned':
			return 'bindings' in state
				? {phase: 'preview', bindings: state.bindings, level: action.level, plan: action.plan}
				: state;
		case 'confirm-public':
			return state.phase === 'preview' ? {...state, phase: 'confirm-public'} : state;
		case 'applying':
			return 'plan' in state ? {...state, phase: 'applying'} : state;
		case 'apply-failed':
			return 'plan' in state ? {...state, phase: 'apply-failed', message: action.message} : state;
	}
}

export const useAccessState = () => useReducer(accessReducer, {phase: 'loading'} as AccessState);
