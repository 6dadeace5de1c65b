// Keys reach the views through one router, not through a useInput per view. Ink's useInput subscribes
// in a passive effect, after the frame is drawn: a key arriving in between (fast typing, a paste of
// "web⏎", a test) would meet no handler at all, or the previous render's handler and its stale state.
// Here the router subscribes once, at start, and views register their newest handler during the commit
// (layout effect), which always runs before the next key is read; keys that came in one chunk wait for
// that commit one by one (key-queue.ts).

import {useInput, type Key} from 'ink';
import {createKeyQueue} from './key-queue.js';
import {splitKeys} from './split-keys.js';
import {
	createContext,
	createElement,
	useCallback,
	useContext,
	useLayoutEffect,
	useMemo,
	useRef,
	type ReactNode,
} from 'react';

type Handler = (input: string, key: Key) => void;
type Entry = {handler: Handler; isActive: boolean};
type Router = {register(entry: {current: Entry}): () => void; committed(): void};

const RouterContext = createContext<Router | undefined>(undefined);

export function KeyRouter({children}: {children: ReactNode}) {
	const entries = useRef(new Set<{current: Entry}>());
	const queue = useMemo(
		() =>
			createKeyQueue<{input: string; key: Key}>((one) => {
				for (const entry of [...entries.current])
					if (entry.current.isActive) entry.current.handler(one.input, one.key);
			}),
		[],
	);
	useInput((input, key) => queue.push(splitKeys(input, key)));
	const register = useCallback((entry: {current: Entry}) => {
		entries.current.add(entry);
		return () => {
			entries.current.delete(entry);
		};
	}, []);
	const value = useMemo(() => ({register, committed: queue.committed}), [register, queue]);
	return createElement(RouterContext.Provider, {value}, children);
}

export function useKeys(handler: Handler, options: {isActive?: boolean} = {}) {
	const router = useContext(RouterContext);
	if (!router) throw new Error('useKeys needs a <KeyRouter> above it');
	const entry = useRef<Entry>({handler, isActive: options.isActive ?? true});
	useLayoutEffect(() => {
		entry.current = {handler, isActive: options.isActive ?? true};
		router.committed();
	});
	useLayoutEffect(() => router.register(entry), [router]);
}
