// The focused view tells the frame which keys apply now: for the footer, and so that `q` is text in a
// field. Set during the commit (layout effect) and read from a ref by the key handler, so a key that
// arrives right after a step appears is judged by that step's contexts, not the previous one's.

import {createContext, useContext, useLayoutEffect} from 'react';
import type {KeyContext} from './keymap.js';

export const FrameContextsContext = createContext<(contexts: readonly KeyContext[]) => void>(() => {});

export function useFrameContexts(contexts: readonly KeyContext[]) {
	const set = useContext(FrameContextsContext);
	const key = contexts.join(',');
	useLayoutEffect(() => {
		set(key.split(',') as KeyContext[]);
	}, [set, key]);
}
