import {Box, Text} from 'ink';
import {useTheme} from './theme.js';

/** The commands about to run, each with the line on what it does. */
export function CommandPreview({
	commands,
	title,
}: {
	commands: ReadonlyArray<{display: string; purpose: string}>;
	title: string;
}) {
	const theme = useTheme();
	return (
		<Box flexDirection="column">
			<Text bold>{title}</Text>
			{commands.map((command) => (
				<Box key={command.display} flexDirection="column">
					<Text color={theme.accent} wrap="wrap">
						$ {command.display}
					</Text>
					<Text color={theme.muted} wrap="truncate">
						{'  '}# {command.purpose}
					</Text>
				</Box>
			))}
		</Box>
	);
}
