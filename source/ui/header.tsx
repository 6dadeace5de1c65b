import {Box, Text} from 'ink';
import type {Session} from '../wizard/reducer.js';
import {useTheme} from './theme.js';

export function Header({session, columns}: {session?: Session; columns: number}) {
	const theme = useTheme();
	const who = session ? `${session.user} @ ${session.server || 'unknown server'}` : 'not logged in yet';
	return (
		<Box width={columns} justifyContent="space-between">
			<Text bold color={theme.accent} wrap="truncate">
				rahti-push
			</Text>
			<Text color={theme.muted} wrap="truncate">
				{who}
			</Text>
		</Box>
	);
}
