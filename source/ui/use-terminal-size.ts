// Ink 6 has no useWindowSize: follow stdout's `resize`. Tests (ink-testing-library has no rows) pass a
// fixed size through SizeContext instead.

import {useStdout} from 'ink';
import {createContext, useContext, useEffect, useState} from 'react';

export type TerminalSize = {columns: number; rows: number};

export const SizeContext = createContext<TerminalSize | undefined>(undefined);

export function useTerminalSize(): TerminalSize {
	const fixed = useContext(SizeContext);
	const {stdout} = useStdout();
	const read = () => ({columns: stdout.columns || 80, rows: stdout.rows || 24});
	const [size, setSize] = useState<TerminalSize>(read);
	useEffect(() => {
		if (fixed) return;
		const onResize = () => setSize(read());
		stdout.on('resize', onResize);
		return () => {
			stdout.off('resize', onResize);
		};
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [stdout, fixed]);
	return fixed ?? size;
}
