// Ink's useInput re-subscribes the handler in a passive effect, after the frame is drawn: a key that
// arrives in between (fast typing, a paste of "web⏎", a test) meets the previous render's handler and
// its stale state — Enter then chooses what the cursor was on before the filter changed. This keeps one
// stable subscription and points it at the newest handler as part of the commit.

import {useInput, type Key} from 'ink';
import {useCallback, useLayoutEffect, useRef} from 'react';

export function useKeys(handler: (input: string, key: Key) => void, options: {isActive?: boolean} = {}) {
	const latest = useRef(handler);
	useLayoutEffect(() => {
		latest.current = handler;
	});
	const stable = useCallback((input: string, key: Key) => latest.current(input, key), []);
	useInput(stable, options);
}
