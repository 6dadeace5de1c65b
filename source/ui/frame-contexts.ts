// The focused view tells the frame which keys apply now (for the footer, and so `q` is text in fields).

import {createContext, useContext, useEffect} from 'react';
import type {KeyContext} from './keymap.js';

export const FrameContextsContext = createContext<(contexts: readonly KeyContext[]) => void>(() => {});

export function useFrameContexts(contexts: readonly KeyContext[]) {
	const set = useContext(FrameContextsContext);
	const key = contexts.join(',');
	useEffect(() => {
		set(key.split(',') as KeyContext[]);
	}, [set, key]);
}
