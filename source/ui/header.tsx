import {Box, Text} from 'ink';
import type {Session} from '../wizard/reducer.js';
import {useTheme} from './theme.js';

export function Header({session, columns, marker}: {session?: Session; columns: number; marker?: string}) {
	const theme = useTheme();
	const who = session ? `${session.user} @ ${session.server || 'unknown server'}` : 'not logged in yet';
	return (
		<Box width={columns} justifyContent="space-between">
			{/* The name and PRACTICE / DRY RUN never give way; the user and server do. */}
			<Box flexShrink={0} marginRight={1}>
				<Text bold color={theme.accent}>
					rahti-push
				</Text>
				{marker ? (
					<Text bold inverse color={theme.warn}>
						{` ${marker} `}
					</Text>
				) : null}
			</Box>
			<Text color={theme.muted} wrap="truncate">
				{who}
			</Text>
		</Box>
	);
}
