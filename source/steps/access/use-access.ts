// Step 5's work and keys: read the role bindings, plan the difference to the chosen level, confirm
// before making images public, apply.

import {useCallback, useEffect, useRef} from 'react';
import {accessPlan, currentAccess, findLeftovers, type AccessLevel} from '../../rahti/access.js';
import {readRoleBindings, runPlan} from '../../rahti/access-commands.js';
import {useServices} from '../../services.js';
import {actionFor, type KeyContext} from '../../ui/keymap.js';
import {useKeys} from '../../ui/use-keys.js';
import type {AccessOutcome} from '../../wizard/reducer.js';
import {useAccessState, type AccessChoice, type AccessState} from './use-access-state.js';

export const commandLine = (args: readonly string[]) => ['oc', ...args].join(' ');

export function contextsFor(state: AccessState): KeyContext[] {
	if (state.phase === 'choosing') return ['panel'];
	if (state.phase === 'load-failed')
		return state.expired ? ['panel', 'login', 'expired'] : ['panel', 'login'];
	if (state.phase === 'apply-failed') return ['panel', 'login'];
	if (state.phase === 'applying' || state.phase === 'loading') return ['running'];
	return ['panel'];
}

type Options = {
	isActive: boolean;
	server: string;
	project: string;
	onDone: (outcome: AccessOutcome) => void;
	onBack: () => void;
	onRelogin: () => void;
};

export function useAccess({isActive, server, project, onDone, onBack, onRelogin}: Options) {
	const {runner, settings, options} = useServices();
	const [state, dispatch] = useAccessState();
	const alive = useRef(true);

	const load = useCallback(async () => {
		dispatch({type: 'load'});
		const result = await readRoleBindings(runner, project);
		if (!alive.current) return;
		if (!result.ok)
			return dispatch({
				type: 'load-failed',
				message: result.message,
				expired: result.kind === 'unauthorized',
			});
		const {level, exact} = currentAccess(result.bindings);
		dispatch({
			type: 'loaded',
			bindings: result.bindings,
			current: level,
			exact,
			leftovers: findLeftovers(result.bindings),
		});
	}, [runner, project, dispatch]);

	useEffect(() => {
		alive.current = true;
		void load();
		return () => {
			alive.current = false;
		};
	}, [load]);

	const choose = useCallback(
		(choice: AccessChoice) => {
			if (choice === 'skip') return onDone({kind: 'skipped'});
			if (!('bindings' in state)) return;
			dispatch({type: 'planned', level: choice, plan: accessPlan(state.bindings, choice, project)});
		},
		[state, project, dispatch, onDone],
	);

	const apply = useCallback(async () => {
		if (!('plan' in state)) return;
		const {plan, level} = state;
		dispatch({type: 'applying'});
		const result = await runPlan(runner, plan);
		if (!alive.current) return;
		if (!result.ok)
			return dispatch({
				type: 'apply-failed',
				message: `${commandLine(result.failed.args)}: ${result.message}`,
			});
		settings.rememberProject(server, project, {access: level});
		onDone({kind: 'set', level, commands: plan.map((c) => commandLine(c.args))});
	}, [state, runner, settings, server, project, dispatch, onDone]);

	const contexts = contextsFor(state);
	useKeys(
		(input, key) => {
			const action = actionFor(input, key, contexts);
			switch (state.phase) {
				case 'choosing':
					if (action === 'back' || action === 'erase') onBack();
					return;
				case 'preview':
					if (action === 'forward') {
						if (state.level === 'public' && state.plan.length > 0) dispatch({type: 'confirm-public'});
						else void apply();
					} else if (action === 'back' || action === 'erase') void load();
					return;
				case 'confirm-public':
					if (input === 'y') void apply();
					else if (input === 'n' || action === 'back' || action === 'erase') void load();
					return;
				case 'load-failed':
					if (action === 'relogin') onRelogin();
					else if (action === 'recheck') void load();
					else if (action === 'back') onBack();
					return;
				case 'apply-failed':
					if (action === 'recheck' || action === 'forward') void apply();
					else if (action === 'back') void load();
			}
		},
		{isActive},
	);

	// --access (or --no-access) answers first, then what was chosen here last time.
	const flagged: AccessChoice | undefined = options.choices?.noAccess ? 'skip' : options.choices?.access;
	const remembered = settings.cluster(server).projects?.[project]?.access as AccessLevel | undefined;
	return {state, contexts, choose, flagged, remembered};
}
