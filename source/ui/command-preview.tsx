import {Box, Text} from 'ink';
import {fitCommands, type PreviewCommand} from './fit-commands.js';
import {useTheme} from './theme.js';

/**
 * The commands about to run, each with the line on what it does; in a short terminal one line each,
 * so the question below them stays on screen.
 */
export function CommandPreview({
	commands,
	title,
	width,
	maxRows,
}: {
	commands: readonly PreviewCommand[];
	title: string;
	width: number;
	maxRows: number;
}) {
	const theme = useTheme();
	const fitted = fitCommands(commands, width, maxRows);
	return (
		<Box flexDirection="column">
			<Text bold wrap="truncate">
				{title}
			</Text>
			{fitted.shown.map((command) => (
				<Box key={command.display} flexDirection="column">
					<Text color={theme.accent} wrap={fitted.mode === 'full' ? 'wrap' : 'truncate'}>
						$ {command.display}
					</Text>
					{fitted.mode === 'full' ? (
						<Text color={theme.muted} wrap="truncate">
							{'  '}# {command.purpose}
						</Text>
					) : null}
				</Box>
			))}
			{fitted.hidden > 0 ? (
				<Text color={theme.muted}>
					… and {fitted.hidden} more (a taller terminal shows them all; the summary lists them)
				</Text>
			) : null}
		</Box>
	);
}
