// Step 1's work and keys: run the checks (cancelled if the view goes away), log in with a pasted token.

import {useKeys} from '../../ui/use-keys.js';
import {useCallback, useEffect, useRef} from 'react';
import {checkLogin} from '../../rahti/login-status.js';
import {parseLoginInput} from '../../rahti/login-input.js';
import {loginWithToken} from '../../rahti/token-login.js';
import {useServices} from '../../services.js';
import {actionFor, typedText, type KeyContext} from '../../ui/keymap.js';
import type {Session} from '../../wizard/reducer.js';
import {useLoginState, wantsToken} from './use-login-state.js';

export function useLogin({
	onLoggedIn,
	isActive,
}: {
	onLoggedIn: (session: Session) => void;
	isActive: boolean;
}) {
	const {runner, env} = useServices();
	const [state, dispatch] = useLoginState();
	const alive = useRef(true);

	const check = useCallback(async () => {
		dispatch({type: 'check-started'});
		const status = await checkLogin(runner);
		if (!alive.current) return;
		dispatch({type: 'checked', status});
		if (status.kind === 'logged-in') onLoggedIn({user: status.user, server: status.server});
	}, [runner, dispatch, onLoggedIn]);

	useEffect(() => {
		alive.current = true;
		void check();
		return () => {
			alive.current = false;
		};
	}, [check]);

	const submit = useCallback(async () => {
		const parsed = parseLoginInput(state.token);
		if (!parsed.ok) {
			dispatch({type: 'login-failed', message: parsed.reason});
			return;
		}
		dispatch({type: 'login-started'});
		const knownServer = state.status && 'server' in state.status ? state.status.server : undefined;
		const result = await loginWithToken(runner, {...parsed.value, knownServer}, env);
		if (!alive.current) return;
		if (!result.ok) dispatch({type: 'login-failed', message: result.message});
		else await check();
	}, [state.token, state.status, runner, env, dispatch, check]);

	const contexts: KeyContext[] = wantsToken(state) ? ['text'] : ['login'];

	useKeys(
		(input, key) => {
			if (state.phase !== 'result') return;
			const text = typedText(input, key, contexts);
			if (text !== undefined) return dispatch({type: 'typed', text});
			const action = actionFor(input, key, contexts);
			if (action === 'erase') dispatch({type: 'erased'});
			else if (action === 'clearField') dispatch({type: 'erased', all: true});
			else if (action === 'forward' && wantsToken(state) && state.token.trim() !== '') void submit();
			else if (action === 'recheck' || (action === 'forward' && !wantsToken(state))) void check();
		},
		{isActive},
	);

	return {state, contexts};
}
