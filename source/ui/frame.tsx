// The full-screen frame: header, step rail, body, key hints. At most rows - 1 tall (ink#450).

import {Box, Text} from 'ink';
import type {ReactNode} from 'react';
import type {Session} from '../wizard/reducer.js';
import type {StepId, StepMark} from '../wizard/steps.js';
import {Header} from './header.js';
import {KeyHints} from './key-hints.js';
import type {KeyContext} from './keymap.js';
import type {Layout} from './layout.js';
import {StepRail} from './step-rail.js';
import {useTheme} from './theme.js';

type FrameProps = {
	layout: Layout;
	session?: Session;
	marks: Record<StepId, StepMark>;
	contexts: readonly KeyContext[];
	notice?: string;
	/** PRACTICE or DRY RUN, on every screen. */
	marker?: string;
	/** Below the body: the teaching view. */
	bottom?: ReactNode;
	children: ReactNode;
};

export function Frame({layout, session, marks, contexts, notice, marker, bottom, children}: FrameProps) {
	const theme = useTheme();
	return (
		<Box flexDirection="column" width={layout.columns} height={layout.frameRows}>
			<Header session={session} columns={layout.columns} marker={marker} />
			<StepRail marks={marks} columns={layout.columns} />
			<Box flexDirection="column" height={layout.bodyRows + 1} paddingTop={1} overflow="hidden">
				{children}
			</Box>
			{bottom}
			{notice ? (
				<Text color={theme.warn} wrap="truncate">
					{notice}
				</Text>
			) : (
				<Text color={theme.muted} wrap="truncate">
					{'─'.repeat(Math.max(0, layout.columns))}
				</Text>
			)}
			<KeyHints contexts={contexts} columns={layout.columns} />
		</Box>
	);
}
