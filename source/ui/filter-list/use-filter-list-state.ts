// The filter list's state (after @inkjs/ui's use-select-state): the typed filter and the cursor.

import {useCallback, useEffect, useMemo, useReducer, useRef} from 'react';
import {filterItems} from './filter.js';

export type FilterListState = {filter: string; cursor: number};

export type FilterListAction =
	| {type: 'type'; text: string}
	| {type: 'erase'}
	| {type: 'move'; by: number; total: number}
	| {type: 'jump'; to: 'first' | 'last'; total: number}
	| {type: 'point'; index: number};

export function filterListReducer(state: FilterListState, action: FilterListAction): FilterListState {
	switch (action.type) {
		case 'type':
			return {filter: state.filter + action.text, cursor: 0};
		case 'erase':
			return {filter: state.filter.slice(0, -1), cursor: 0};
		case 'move':
			return {
				...state,
				cursor: Math.min(Math.max(0, state.cursor + action.by), Math.max(0, action.total - 1)),
			};
		case 'jump':
			return {...state, cursor: action.to === 'first' ? 0 : Math.max(0, action.total - 1)};
		case 'point':
			return {...state, cursor: Math.max(0, action.index)};
	}
}

/** `preselect` puts the cursor on a known item when the items arrive (the last choice, say). */
export function useFilterListState<T>(
	items: readonly T[],
	textOf: (item: T) => string,
	preselect?: (item: T) => boolean,
) {
	const [state, dispatch] = useReducer(filterListReducer, {filter: '', cursor: 0});
	const preselectRef = useRef(preselect);
	preselectRef.current = preselect;
	// Only when the items themselves change (pass a memoized array), never on a mere re-render.
	useEffect(() => {
		const index = preselectRef.current ? items.findIndex(preselectRef.current) : -1;
		if (index !== -1) dispatch({type: 'point', index});
	}, [items]);
	const visible = useMemo(() => filterItems(items, state.filter, textOf), [items, state.filter, textOf]);
	const cursor = Math.min(state.cursor, Math.max(0, visible.length - 1));
	const total = visible.length;
	return {
		filter: state.filter,
		cursor,
		visible,
		selected: visible[cursor],
		type: useCallback((text: string) => dispatch({type: 'type', text}), []),
		erase: useCallback(() => dispatch({type: 'erase'}), []),
		move: useCallback((by: number) => dispatch({type: 'move', by, total}), [total]),
		jump: useCallback((to: 'first' | 'last') => dispatch({type: 'jump', to, total}), [total]),
	};
}

export type FilterListModel<T> = ReturnType<typeof useFilterListState<T>>;
