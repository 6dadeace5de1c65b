// Step 1's state: checking, a result, or a token being typed and tried.

import {useReducer} from 'react';
import type {LoginStatus} from '../../rahti/login-status.js';

export type LoginState = {
	phase: 'checking' | 'result' | 'logging-in';
	status?: LoginStatus;
	token: string;
	error?: string;
};

export type LoginAction =
	| {type: 'check-started'}
	| {type: 'checked'; status: LoginStatus}
	| {type: 'typed'; text: string}
	/** The last character, or with `all` the whole field (Ctrl+U). */
	| {type: 'erased'; all?: boolean}
	| {type: 'login-started'}
	| {type: 'login-failed'; message: string};

export const initialLoginState: LoginState = {phase: 'checking', token: ''};

export function loginReducer(state: LoginState, action: LoginAction): LoginState {
	switch (action.type) {
		case 'check-started':
			return {...state, phase: 'checking'};
		case 'checked':
			return {...state, phase: 'result', status: action.status};
		case 'typed':
			return {...state, token: state.token + action.text.replace(/[\r\n]/g, ''), error: undefined};
		case 'erased':
			return {...state, token: action.all ? '' : state.token.slice(0, -1), error: undefined};
		case 'login-started':
			return {...state, phase: 'logging-in', error: undefined};
		case 'login-failed':
			// The field keeps what was typed, so one wrong character does not mean pasting again.
			return {...state, phase: 'result', error: action.message};
	}
}

/** Whether the token field is showing (and so takes every key as text). */
export function wantsToken(state: LoginState): boolean {
	return state.phase !== 'checking' && state.status?.kind === 'not-logged-in';
}

export const useLoginState = () => useReducer(loginReducer, initialLoginState);
