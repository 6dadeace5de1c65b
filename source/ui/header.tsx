import {Box, Text} from 'ink';
import type {Session} from '../wizard/reducer.js';
import {useTheme} from './theme.js';

export function Header({session, columns, marker}: {session?: Session; columns: number; marker?: string}) {
	const theme = useTheme();
	const who = session ? `${session.user} @ ${session.server || 'unknown server'}` : 'not logged in yet';
	return (
		<Box width={columns} justifyContent="space-between">
			<Text wrap="truncate">
				<Text bold color={theme.accent}>
					rahti-push
				</Text>
				{marker ? (
					<Text bold inverse color={theme.warn}>
						{` ${marker} `}
					</Text>
				) : null}
			</Text>
			<Text color={theme.muted} wrap="truncate">
				{who}
			</Text>
		</Box>
	);
}
